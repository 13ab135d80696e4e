// The `filter` argument of each lookup as AIQUM's list filters (`field=value`), from one table.

import {
  aiqumPatternMatcher,
  literalFilterValue,
  MAX_PATTERN_LENGTH,
} from '../aiqum/filter-syntax.ts';
import type { LookupKind } from '../aiqum/lookups.ts';
import { wireString } from '../aiqum/wire-values.ts';
import { BadUserInputError } from '../errors.ts';
import { keyFromReference, type LookupTypeName } from './global-ids.ts';

/** How one GraphQL filter field becomes an upstream filter. */
export type FilterField =
  /** An AIQUM pattern (`*`, `a|b`), sent as it is. */
  | { kind: 'pattern'; upstream: string }
  /** The key (or id) of another object, matched exactly. */
  | { kind: 'reference'; upstream: string; type: LookupTypeName | readonly LookupTypeName[] }
  /** The key (or id) of another object as a plain parameter, which is no filter: not quoted. */
  | { kind: 'keyParameter'; upstream: string; type: LookupTypeName | readonly LookupTypeName[] }
  | { kind: 'boolean'; upstream: string }
  /** Enum values whose internal values are AIQUM's strings; several mean any of them. */
  | { kind: 'enum'; upstream: string }
  /** An AIQUM pattern the gateway matches itself, where the endpoint takes no such filter. */
  | { kind: 'localPattern'; wire: string };

const pattern = (upstream: string): FilterField => ({ kind: 'pattern', upstream });
const reference = (
  upstream: string,
  type: LookupTypeName | readonly LookupTypeName[],
): FilterField => ({ kind: 'reference', upstream, type });
const keyParameter = (
  upstream: string,
  type: LookupTypeName | readonly LookupTypeName[],
): FilterField => ({ kind: 'keyParameter', upstream, type });
const boolean = (upstream: string): FilterField => ({ kind: 'boolean', upstream });
const anyOf = (upstream: string): FilterField => ({ kind: 'enum', upstream });
const localPattern = (wire: string): FilterField => ({ kind: 'localPattern', wire });

const WORKLOAD_FILTER = {
  name: pattern('name'),
  svmKey: reference('svm.key', 'Svm'),
  clusterKey: reference('cluster.key', 'Cluster'),
  performanceServiceLevelKey: reference(
    'assigned_performance_service_level.key',
    'PerformanceServiceLevel',
  ),
  storageEfficiencyPolicyKey: reference(
    'assigned_storage_efficiency_policy.key',
    'StorageEfficiencyPolicy',
  ),
};

/** Per lookup, its GraphQL filter fields and the upstream filter each becomes. */
export const LOOKUP_FILTERS: Readonly<Record<LookupKind, Readonly<Record<string, FilterField>>>> = {
  cluster: { name: pattern('name'), managementIp: pattern('management_ip') },
  svm: {
    name: pattern('name'),
    clusterKey: reference('cluster.key', 'Cluster'),
    state: anyOf('state'),
    nfsEnabled: boolean('nfs.enabled'),
    cifsEnabled: boolean('cifs.enabled'),
    iscsiEnabled: boolean('iscsi.enabled'),
    fcpEnabled: boolean('fcp.enabled'),
    nvmeEnabled: boolean('nvme.enabled'),
  },
  performanceServiceLevel: { name: pattern('name'), systemDefined: boolean('system_defined') },
  storageEfficiencyPolicy: { name: pattern('name'), systemDefined: boolean('system_defined') },
  lun: WORKLOAD_FILTER,
  fileShare: WORKLOAD_FILTER,
  // AIQUM lists the endpoints of one resource only (`resource.key`, a parameter, not a
  // filter); their names are matched by the gateway.
  accessEndpoint: {
    resourceKey: keyParameter('resource.key', ['Svm', 'FileShare', 'Lun']),
    name: localPattern('name'),
  },
};

/** A key as a filter value: quoted when it holds filter syntax (AIQUM keys hold `,`). */
export function exactFilterValue(key: string, field: string): string {
  const value = literalFilterValue(key);
  if (value === undefined) {
    throw new BadUserInputError(`${field} holds '"', which AIQUM's filters cannot carry`);
  }
  return value;
}

function patternOf(value: unknown, path: string): string {
  if (typeof value !== 'string' || value.trim() === '' || value.length > MAX_PATTERN_LENGTH) {
    throw new BadUserInputError(
      `${path} expects a non-empty pattern of at most ${MAX_PATTERN_LENGTH} characters`,
    );
  }
  return value;
}

function upstreamValue(
  field: Exclude<FilterField, { kind: 'localPattern' }>,
  value: unknown,
  path: string,
): string {
  switch (field.kind) {
    case 'pattern':
      return patternOf(value, path);
    case 'reference':
      return exactFilterValue(keyFromReference(String(value), field.type, path), path);
    case 'keyParameter':
      return keyFromReference(String(value), field.type, path);
    case 'boolean':
      return String(Boolean(value));
    case 'enum': {
      const values = Array.isArray(value) ? value.map(String) : [String(value)];
      if (values.length === 0) throw new BadUserInputError(`${path} expects at least one value`);
      return values.join('|');
    }
  }
}

export interface LookupFilters {
  /** Sent to AIQUM as `field=value`. */
  upstream: Record<string, string>;
  /** What the gateway checks of each record itself; null when nothing. */
  matches: ((record: unknown) => boolean) | null;
}

/** A lookup's `filter` as AIQUM's filters; fields absent or null filter nothing. */
export function toLookupFilters(
  kind: LookupKind,
  filter: Readonly<Record<string, unknown>> | null | undefined,
): LookupFilters {
  const fields = LOOKUP_FILTERS[kind];
  const upstream: Record<string, string> = {};
  const local: ((record: unknown) => boolean)[] = [];
  for (const [name, value] of Object.entries(filter ?? {})) {
    const field = fields[name];
    if (value === undefined || value === null || !field) continue;
    const path = `filter.${name}`;
    if (field.kind === 'localPattern') {
      const matcher = aiqumPatternMatcher(patternOf(value, path));
      local.push((record) => matcher(wireString(record, field.wire)));
    } else {
      upstream[field.upstream] = upstreamValue(field, value, path);
    }
  }
  const matches = local.length === 0 ? null : (record: unknown) => local.every((m) => m(record));
  return { upstream, matches };
}
