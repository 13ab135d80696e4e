// Relay object ids. A job's id is its AIQUM key, unchanged (the contract). Every other object's
// id is `<GraphQL type>:<AIQUM key>`, e.g. `Svm:7d5a...:type=vserver,uuid=0176...`: AIQUM keys
// are not unique across types (a performance service level's key and an efficiency policy's
// key are both bare UUIDs), and AIQUM's keys of these objects start with a hex UUID, never with
// a type name, so an id never passes for a key or another type's id. Readable rather than
// base64: logs and support can read what an id names, and a mutation input can take an id or a
// raw key without guessing. Clients still treat ids as opaque.

import { checkKey } from '../aiqum/keys.ts';
import type { LookupKind } from '../aiqum/lookups.ts';
import { BadUserInputError } from '../errors.ts';

/** The GraphQL object types with typed ids, and the AIQUM collection of each. */
export const LOOKUP_TYPES = {
  Cluster: 'cluster',
  Svm: 'svm',
  PerformanceServiceLevel: 'performanceServiceLevel',
  StorageEfficiencyPolicy: 'storageEfficiencyPolicy',
  Lun: 'lun',
  FileShare: 'fileShare',
  AccessEndpoint: 'accessEndpoint',
} as const satisfies Record<string, LookupKind>;

export type LookupTypeName = keyof typeof LOOKUP_TYPES;
export const JOB_TYPE = 'Job';

// A type name (PascalCase letters), a colon, then the rest. Job keys are hex groups.
const TYPED_ID = /^([A-Z][A-Za-z]*):([\s\S]*)$/;

export function isLookupTypeName(name: string): name is LookupTypeName {
  return Object.hasOwn(LOOKUP_TYPES, name);
}

/** The id of an object: a job's key as it is, `<type>:<key>` for the others. */
export function encodeNodeId(typename: string, key: string): string {
  return typename === JOB_TYPE ? key : `${typename}:${key}`;
}

/** What an id names: a job, an object of a lookup type, or nothing the gateway has. */
export type NodeId =
  | { typename: typeof JOB_TYPE; key: string }
  | { typename: LookupTypeName; key: string }
  | { typename: null };

/**
 * Reads an id: a typed id of a lookup type, a job's key (any id not typed), or a typed id of a
 * type the gateway does not have (`node` answers null). Refuses ids no object can have.
 */
export function decodeNodeId(id: string, argument = 'id'): NodeId {
  const typed = TYPED_ID.exec(id);
  if (!typed) return { typename: JOB_TYPE, key: checkKey(id, argument) };
  const [, typename = '', key = ''] = typed;
  if (!isLookupTypeName(typename)) return { typename: null };
  if (key === '') {
    throw new BadUserInputError(`${argument} expects '${typename}:' followed by an AIQUM key`);
  }
  return { typename, key: checkKey(key, argument) };
}

/**
 * The AIQUM key a mutation input or filter names, given as a raw key or as the id of an object
 * of the expected type (`Svm:...` where an SVM is referenced). An id of another type is refused,
 * naming the field.
 */
export function keyFromReference(
  value: string,
  expected: LookupTypeName | readonly LookupTypeName[] | undefined,
  field: string,
): string {
  const decoded = decodeNodeId(value, field);
  // Not the id of a lookup type: a raw AIQUM key, as decodeNodeId checked it.
  if (decoded.typename === null || decoded.typename === JOB_TYPE) return checkKey(value, field);
  const accepted: readonly LookupTypeName[] =
    expected === undefined ? [] : typeof expected === 'string' ? [expected] : expected;
  if (!accepted.includes(decoded.typename)) {
    const wanted =
      accepted.length > 0 ? `the key or id of a ${accepted.join(', ')}` : 'an AIQUM key';
    throw new BadUserInputError(
      `${field} expects ${wanted}, but got the id of a ${decoded.typename}`,
    );
  }
  return decoded.key;
}
