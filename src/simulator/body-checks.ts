import { isIP } from 'node:net';
import { badRequest, Refusal } from './refusal.ts';

// Field checks of AIQUM request bodies. Each refusal is a 400 whose `target` names the field
// by its dotted path in the body (`space.size`, `ip.address`), as AIQUM's errors do.

export type Body = Record<string, unknown>;

export function isObject(value: unknown): value is Body {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The value at a dotted path, or undefined when any step is missing. */
export function valueAt(body: Body, path: string): unknown {
  let value: unknown = body;
  for (const step of path.split('.')) {
    if (!isObject(value)) return undefined;
    value = value[step];
  }
  return value;
}

function typeName(value: unknown): string {
  if (value === null) return 'null';
  return Array.isArray(value) ? 'array' : typeof value;
}

function invalid(path: string, expected: string, value: unknown): never {
  throw badRequest(
    `Invalid value for field '${path}': expects ${expected}, but got ${typeName(value)} ${JSON.stringify(value)}`,
    path,
  );
}

export function missing(path: string, why = ''): never {
  throw badRequest(`Field '${path}' is required${why}`, path);
}

export function optionalString(body: Body, path: string): string | undefined {
  const value = valueAt(body, path);
  if (value === undefined) return undefined;
  if (typeof value !== 'string' || value.trim() === '') invalid(path, 'a non-empty string', value);
  return value;
}

export function requireString(body: Body, path: string): string {
  return optionalString(body, path) ?? missing(path);
}

export function optionalInteger(body: Body, path: string, min: number): number | undefined {
  const value = valueAt(body, path);
  if (value === undefined) return undefined;
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < min) {
    invalid(path, `an integer of at least ${min}`, value);
  }
  return value;
}

export function requireInteger(body: Body, path: string, min: number): number {
  return optionalInteger(body, path, min) ?? missing(path);
}

export function optionalBoolean(body: Body, path: string): boolean | undefined {
  const value = valueAt(body, path);
  if (value === undefined) return undefined;
  if (typeof value !== 'boolean') invalid(path, 'true or false', value);
  return value;
}

export function optionalEnum<T extends string>(
  body: Body,
  path: string,
  values: readonly T[],
): T | undefined {
  const value = valueAt(body, path);
  if (value === undefined) return undefined;
  const known = values.find((candidate) => candidate === value);
  if (known === undefined) invalid(path, `one of ${values.join(', ')}`, value);
  return known;
}

export function requireEnum<T extends string>(body: Body, path: string, values: readonly T[]): T {
  return optionalEnum(body, path, values) ?? missing(path);
}

/** A refusal about a field of an array item, re-targeted at the array: `lun_maps.igroup.key`. */
function withinArray(refusal: Refusal, path: string): Refusal {
  if (refusal.target === undefined) return refusal;
  const target = `${path}.${refusal.target}`;
  const message = refusal.message.replace(`'${refusal.target}'`, `'${target}'`);
  return new Refusal(refusal.status, message, refusal.code, target);
}

/** The items of an optional array; `each` checks one item, an object, with its own paths. */
export function optionalArray(
  body: Body,
  path: string,
  each?: (item: Body) => void,
): unknown[] | undefined {
  const value = valueAt(body, path);
  if (value === undefined) return undefined;
  if (!Array.isArray(value)) invalid(path, 'an array', value);
  if (each) {
    for (const item of value) {
      if (!isObject(item)) invalid(path, 'an array of objects', value);
      try {
        each(item);
      } catch (error) {
        throw error instanceof Refusal ? withinArray(error, path) : error;
      }
    }
  }
  return value;
}

export function optionalEnumArray<T extends string>(
  body: Body,
  path: string,
  values: readonly T[],
): T[] | undefined {
  const items = optionalArray(body, path);
  if (items === undefined) return undefined;
  return items.map((item) => {
    const known = values.find((candidate) => candidate === item);
    if (known === undefined) invalid(path, `items among ${values.join(', ')}`, item);
    return known;
  });
}

export function optionalIpAddress(body: Body, path: string): string | undefined {
  const value = optionalString(body, path);
  if (value !== undefined && isIP(value) === 0) invalid(path, 'an IPv4 or IPv6 address', value);
  return value;
}

/** A netmask as AIQUM reads it: a prefix length (`24`) or a dotted mask (`255.255.0.0`). */
export function optionalNetmask(body: Body, path: string): string | undefined {
  const value = optionalString(body, path);
  if (value === undefined) return undefined;
  const isLength = /^\d{1,3}$/.test(value) && Number(value) <= 128;
  if (!isLength && isIP(value) !== 4) invalid(path, 'a prefix length or an IPv4 mask', value);
  return value;
}

/**
 * A PATCH body: only `allowed` attributes, at least one, and at most `max` of them (AIQUM
 * changes one attribute of a LUN or file share per call).
 */
export function patchAttributes(body: Body, allowed: readonly string[], max: number): string[] {
  const given = Object.keys(body);
  const refused = given.find((field) => !allowed.includes(field));
  if (refused !== undefined) {
    throw badRequest(
      `Field '${refused}' cannot be modified; modifiable: ${allowed.join(', ')}`,
      refused,
    );
  }
  if (given.length === 0) {
    throw badRequest(`The request names no attribute to modify (${allowed.join(', ')})`, 'body');
  }
  if (given.length > max) {
    throw badRequest(
      `Only ${max === 1 ? 'one attribute' : `${max} attributes`} can be modified at a time, but got ${given.join(', ')}`,
      given[max] ?? 'body',
    );
  }
  return given;
}
