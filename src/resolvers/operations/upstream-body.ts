import { BadUserInputError } from '../../errors.ts';
import { keyFromReference, type LookupTypeName } from '../global-ids.ts';

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

/** The type of object a `{ key }` reference names, by the input field that holds it. */
const REFERENCE_TYPES: Readonly<Record<string, LookupTypeName>> = {
  svm: 'Svm',
  cluster: 'Cluster',
  performanceServiceLevel: 'PerformanceServiceLevel',
  storageEfficiencyPolicy: 'StorageEfficiencyPolicy',
  lun: 'Lun',
  fileshare: 'FileShare',
};

function toUpstreamValue(value: unknown, path: string, field: string): unknown {
  if (Array.isArray(value)) {
    return value.map((item, index) => toUpstreamValue(item, `${path}[${index}]`, field));
  }
  if (isPlainObject(value)) {
    const body = toUpstreamBody(value, path);
    if (typeof value.key === 'string') {
      const type = Object.hasOwn(REFERENCE_TYPES, field) ? REFERENCE_TYPES[field] : undefined;
      body.key = keyFromReference(value.key, type, `${path}.key`);
    }
    return body;
  }
  return value;
}

/**
 * The upstream body of a GraphQL input. The inputs mirror AIQUM's bodies field by field (same
 * nesting, camelCase names, enum values that are AIQUM's strings), so this renames fields to
 * snake_case, leaves out those the caller did not give (absent or null), and turns the id of
 * a referenced object (`svm: { key: "Svm:..." }`) into its AIQUM key.
 */
export function toUpstreamBody(input: InputObject, path = 'input'): UpstreamBody {
  const body: UpstreamBody = {};
  for (const [field, value] of Object.entries(input)) {
    if (value === undefined || value === null) continue;
    body[snakeCase(field)] = toUpstreamValue(value, `${path}.${field}`, field);
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
