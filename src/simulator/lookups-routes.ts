import {
  type Inventory,
  OBJECT_LABELS,
  type ObjectKind,
  type SimulatedObject,
} from './inventory.ts';
import { applyListQuery, type ListSpec, parseListQuery } from './list-query.ts';
import { listResponse } from './list-response.ts';
import { OBJECT_PATHS, objectToWire } from './object-views.ts';
import { QueryError } from './query-error.ts';
import { ErrorCode, errorResponse, jsonResponse } from './responses.ts';
import type { Resource } from './routes.ts';

// The GET endpoints of the objects AIQUM's operations name: each list with the filters, paging
// and ordering its Swagger declares, and one object by key (404 when there is none).

const reference = (name: string) => [`${name}.key`, `${name}.name`, `${name}.uuid`];
const serviceLevel = (name: string) => [
  `${name}.key`,
  `${name}.name`,
  `${name}.expected_iops`,
  `${name}.peak_iops`,
];
const WORKLOAD_FIELDS = [
  'key',
  'name',
  'uuid',
  'space.size',
  ...reference('cluster'),
  ...reference('svm'),
  ...serviceLevel('assigned_performance_service_level'),
  ...serviceLevel('recommended_performance_service_level'),
  'assigned_storage_efficiency_policy.key',
  'assigned_storage_efficiency_policy.name',
];

const paged = (fields: string[]): ListSpec => ({
  fields,
  paging: true,
  ordering: true,
  defaultOrder: [],
});
const unpaged = (fields: string[]): ListSpec => ({ ...paged(fields), paging: false });

const COLLECTIONS: Partial<Record<Resource, { kind: ObjectKind; spec: ListSpec }>> = {
  clusters: {
    kind: 'cluster',
    spec: paged([
      'key',
      'name',
      'uuid',
      'location',
      'contact',
      'management_ip',
      'version.full',
      'version.generation',
      'version.major',
      'version.minor',
    ]),
  },
  svms: {
    kind: 'svm',
    spec: paged([
      'key',
      'name',
      'uuid',
      'state',
      'subtype',
      'language',
      ...reference('cluster'),
      ...['nfs', 'cifs', 'iscsi', 'fcp', 'nvme', 'ldap', 'nis'].map((p) => `${p}.enabled`),
      'cifs.name',
    ]),
  },
  'performance-service-levels': {
    kind: 'performanceServiceLevel',
    spec: unpaged([
      'key',
      'name',
      'description',
      'iops.absolute_min_iops',
      'iops.expected_iops_per_tb',
      'iops.peak_iops_per_tb',
      'iops.peak_iops_allocation_policy',
      'latency.expected',
      'system_defined',
      'space.used',
      'workload_count',
      'create_time',
      'update_time',
    ]),
  },
  'storage-efficiency-policies': {
    kind: 'storageEfficiencyPolicy',
    spec: unpaged([
      'key',
      'name',
      'system_defined',
      'space_thin_provisioned',
      'workload_count',
      'compression',
      'deduplication',
      'create_time',
      'update_time',
    ]),
  },
  luns: { kind: 'lun', spec: paged([...WORKLOAD_FIELDS, ...reference('volume')]) },
  'file-shares': { kind: 'fileShare', spec: paged(WORKLOAD_FIELDS) },
  'access-endpoints': { kind: 'accessEndpoint', spec: unpaged([]) },
};

const NAS_PROTOCOLS = ['nfs', 'cifs'];
const SAN_PROTOCOLS = ['iscsi', 'fcp'];
const RESOURCE_KEY = 'resource.key';

/** The kind of object a resource's GET serves; undefined for a resource that is only written. */
export function lookupKindOf(resource: Resource): ObjectKind | undefined {
  return COLLECTIONS[resource]?.kind;
}

function notFound(label: string, key: string, target = 'key'): Response {
  return errorResponse(404, `${label} with key '${key}' not found`, ErrorCode.NotFound, target);
}

/**
 * `GET /storage-provider/access-endpoints?resource.key=<key>`: AIQUM lists the endpoints of one
 * SVM (all), file share (NAS protocols) or LUN (SAN protocols) and takes no other parameter.
 */
function listAccessEndpoints(inventory: Inventory, params: URLSearchParams): Response {
  for (const name of new Set(params.keys())) {
    if (name !== RESOURCE_KEY) throw new QueryError(`Unknown query parameter '${name}'`, name);
  }
  const key = params.get(RESOURCE_KEY);
  if (!key) throw new QueryError(`Field '${RESOURCE_KEY}' is required`, RESOURCE_KEY);
  const svm = inventory.get('svm', key);
  const workload = inventory.get('fileShare', key) ?? inventory.get('lun', key);
  const svmKey = svm?.key ?? workload?.svmKey;
  if (!svm && !workload) return notFound('SVM, file share or LUN', key, RESOURCE_KEY);
  const protocols = workload?.kind === 'fileShare' ? NAS_PROTOCOLS : SAN_PROTOCOLS;
  const serves = (endpoint: SimulatedObject) =>
    svm !== undefined ||
    ((endpoint.attributes.data_protocols ?? []) as string[]).some((p) => protocols.includes(p));
  const records = inventory
    .list('accessEndpoint')
    .filter((endpoint) => endpoint.svmKey !== undefined && endpoint.svmKey === svmKey)
    .filter(serves)
    .map((endpoint) => objectToWire(endpoint, inventory, 'record'));
  return jsonResponse({ records, num_records: records.length, total_records: records.length });
}

/** `GET <collection>`: AIQUM's list of objects of a kind. */
export function listCollection(
  inventory: Inventory,
  resource: Resource,
  params: URLSearchParams,
): Response {
  const collection = COLLECTIONS[resource];
  if (!collection) throw new Error(`${resource} has no list to read`);
  if (collection.kind === 'accessEndpoint') return listAccessEndpoints(inventory, params);
  const query = parseListQuery(params, collection.spec);
  const records = inventory
    .list(collection.kind)
    .map((object) => objectToWire(object, inventory, 'record'));
  const page = applyListQuery(records, query);
  return listResponse(OBJECT_PATHS[collection.kind], params, query, page);
}

/** `GET <collection>/{key}`: one object, in full; 404 when there is none. */
export function getCollectionObject(
  inventory: Inventory,
  resource: Resource,
  key: string,
): Response {
  const kind = lookupKindOf(resource);
  const object = kind && inventory.get(kind, key);
  if (!kind || !object) return notFound(kind ? OBJECT_LABELS[kind] : resource, key);
  return jsonResponse(objectToWire(object, inventory, 'object'));
}
