import { BadUserInputError } from '../../errors.ts';

/** A GraphQL input object as resolvers receive it: camelCase, null for "not given". */
export type InputObject = { readonly [field: string]: unknown };

/** The JSON body of an AIQUM request: snake_case, only the fields given. */
export type UpstreamBody = Record<string, unknown>;

function snakeCase(field: string): string {
  return field.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`);
}

function isPlainObject(value: unknown): value is InputObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function toUpstreamValue(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(toUpstreamValue);
  if (isPlainObject(value)) return toUpstreamBody(value);
  return value;
}

/**
 * The upstream body of a GraphQL input. The inputs mirror AIQUM's bodies field by field (same
 * nesting, camelCase names, enum values that are AIQUM's strings), so this only renames
 * fields to snake_case and leaves out those the caller did not give (absent or null).
 */
export function toUpstreamBody(input: InputObject): UpstreamBody {
  const body: UpstreamBody = {};
  for (const [field, value] of Object.entries(input)) {
    if (value === undefined || value === null) continue;
    body[snakeCase(field)] = toUpstreamValue(value);
  }
  return body;
}

/** An update's body, refused when it changes nothing. */
export function toUpdateBody(input: InputObject): UpstreamBody {
  const body = toUpstreamBody(input);
  if (Object.keys(body).length === 0) {
    throw new BadUserInputError(
      'input expects one attribute to change (AIQUM changes one per call), but got none',
    );
  }
  return body;
}

/** The object at `field` of an input, or undefined when it was not given. */
export function objectAt(input: InputObject, field: string): InputObject | undefined {
  const value = input[field];
  return isPlainObject(value) ? value : undefined;
}

/** The objects of the list at `field` of an input (none when it was not given). */
export function objectsAt(input: InputObject, field: string): InputObject[] {
  const value = input[field];
  return Array.isArray(value) ? value.filter(isPlainObject) : [];
}
