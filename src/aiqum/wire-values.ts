// Reads fields of AIQUM's wire JSON by their dotted path (`space.size`), one type each. Absent
// or null is null; a value of another type is an UpstreamProtocolError (UPSTREAM_ERROR on the
// GraphQL field that read it), so a broken upstream never crashes a request.

import { UpstreamProtocolError } from '../errors.ts';
import { aiqumTimeToIso } from './job-mapping.ts';

const INT32_MAX = 2 ** 31 - 1;

/** A JSON object: not null, not an array. */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** What a JSON value is, for messages: `null`, `array`, `string`, ... */
export function kindOf(value: unknown): string {
  if (value === null) return 'null';
  return Array.isArray(value) ? 'array' : typeof value;
}

// The paths are the code's own constants: each is split once.
const pathSteps = new Map<string, readonly string[]>();

function stepsOf(path: string): readonly string[] {
  let steps = pathSteps.get(path);
  if (!steps) {
    steps = path.split('.');
    pathSteps.set(path, steps);
  }
  return steps;
}

/** The value at a dotted path; undefined when any step is missing or not an object. */
export function wireValue(object: unknown, path: string): unknown {
  let value: unknown = object;
  for (const step of stepsOf(path)) {
    if (!isRecord(value)) return undefined;
    value = value[step];
  }
  return value;
}

function wrongType(path: string, expected: string, value: unknown): UpstreamProtocolError {
  return new UpstreamProtocolError(
    `Upstream's '${path}' expects ${expected}, but got ${kindOf(value)}`,
  );
}

function read<T>(
  object: unknown,
  path: string,
  expected: string,
  accept: (value: unknown) => value is T,
): T | null {
  const value = wireValue(object, path);
  if (value === undefined || value === null) return null;
  if (!accept(value)) throw wrongType(path, expected, value);
  return value;
}

const isString = (value: unknown): value is string => typeof value === 'string';
const isBoolean = (value: unknown): value is boolean => typeof value === 'boolean';
const isFiniteNumber = (value: unknown): value is number =>
  typeof value === 'number' && Number.isFinite(value);

export function wireString(object: unknown, path: string): string | null {
  return read(object, path, 'a string', isString);
}

export function wireBoolean(object: unknown, path: string): boolean | null {
  return read(object, path, 'a boolean', isBoolean);
}

export function wireNumber(object: unknown, path: string): number | null {
  return read(object, path, 'a number', isFiniteNumber);
}

/** An integer GraphQL's 32-bit `Int` can carry. */
export function wireInt(object: unknown, path: string): number | null {
  return read(
    object,
    path,
    `an integer up to ${INT32_MAX}`,
    (value): value is number => Number.isInteger(value) && Math.abs(value as number) <= INT32_MAX,
  );
}

/** A size or count beyond 32 bits: a non-negative safe integer (the `Bytes` scalar). */
export function wireBytes(object: unknown, path: string): number | null {
  return read(
    object,
    path,
    'a non-negative integer',
    (value): value is number => Number.isSafeInteger(value) && (value as number) >= 0,
  );
}

/** AIQUM's time (`2019-11-14 17:23:33.205000+05:30`) as ISO 8601 with the same offset. */
export function wireTime(object: unknown, path: string): string | null {
  const text = wireString(object, path);
  return text === null || text === '' ? null : aiqumTimeToIso(text);
}

/** One of AIQUM's enumerated strings; a string it added later reads as null. */
export function wireEnum<const Values extends readonly string[]>(
  object: unknown,
  path: string,
  values: Values,
): Values[number] | null {
  const text = wireString(object, path);
  return values.find((value) => value === text) ?? null;
}

/** An object's key, which every AIQUM object has. */
export function wireKey(object: unknown): string {
  const key = wireString(object, 'key');
  if (key === null) throw wrongType('key', 'a string', key);
  return key;
}

/** A list of strings; absent is empty. */
export function wireStrings(object: unknown, path: string): string[] {
  const list = read(object, path, 'an array', Array.isArray) ?? [];
  return list.map((item, index) => {
    if (typeof item !== 'string') throw wrongType(`${path}[${index}]`, 'a string', item);
    return item;
  });
}

/** A list of objects; absent is empty. */
export function wireObjects(object: unknown, path: string): Record<string, unknown>[] {
  const list = read(object, path, 'an array', Array.isArray) ?? [];
  return list.map((item, index) => {
    if (!isRecord(item)) throw wrongType(`${path}[${index}]`, 'an object', item);
    return item;
  });
}

/** An object; null when absent. */
export function wireObject(object: unknown, path: string): Record<string, unknown> | null {
  return read(object, path, 'an object', isRecord);
}
