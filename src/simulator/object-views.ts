// The simulated objects as AIQUM's wire JSON. A list answers its records in the collection
// shape AIQUM's Swagger gives (`slo_lun_get`, `fileshare_get_collection`: no os_type,
// operational_state, type or mountpoint); a GET by key answers the full object.

import type {
  UpstreamReference,
  UpstreamWorkloadServiceLevel,
} from '../aiqum/lookup-wire-types.ts';
import { type Inventory, type ObjectKind, type SimulatedObject, uuidOfKey } from './inventory.ts';

export type ViewShape = 'record' | 'object';

/** The collection of each kind under `/api`, for `_links.self`. */
export const OBJECT_PATHS: Record<ObjectKind, string> = {
  cluster: '/api/datacenter/cluster/clusters',
  svm: '/api/datacenter/svm/svms',
  performanceServiceLevel: '/api/storage-provider/performance-service-levels',
  storageEfficiencyPolicy: '/api/storage-provider/storage-efficiency-policies',
  lun: '/api/storage-provider/luns',
  fileShare: '/api/storage-provider/file-shares',
  accessEndpoint: '/api/storage-provider/access-endpoints',
};

const BYTES_PER_TB = 1024 ** 4;

function links(object: SimulatedObject) {
  return { self: { href: `${OBJECT_PATHS[object.kind]}/${encodeURIComponent(object.key)}` } };
}

function reference(object: SimulatedObject | undefined): UpstreamReference | undefined {
  return (
    object && {
      key: object.key,
      name: object.name,
      uuid: uuidOfKey(object.key),
      _links: links(object),
    }
  );
}

function numberAttribute(object: SimulatedObject, name: string): number {
  const value = object.attributes[name];
  return typeof value === 'number' ? value : 0;
}

/** What a service level promises a workload of this size: IOPS scale with its terabytes. */
function serviceLevelOf(
  level: SimulatedObject | undefined,
  size: number,
): UpstreamWorkloadServiceLevel | undefined {
  if (!level) return undefined;
  const iops = (level.attributes.iops ?? {}) as Record<string, number>;
  const minimum = iops.absolute_min_iops ?? 0;
  const scaled = (perTb: number | undefined) =>
    Math.max(minimum, Math.round(((perTb ?? 0) * size) / BYTES_PER_TB));
  return {
    key: level.key,
    name: level.name,
    expected_iops: scaled(iops.expected_iops_per_tb),
    peak_iops: scaled(iops.peak_iops_per_tb),
  };
}

function svmView(svm: SimulatedObject, inventory: Inventory) {
  const protocols = (svm.attributes.protocols ?? []) as string[];
  const enabled = (protocol: string) => ({ enabled: protocols.includes(protocol) });
  const cluster =
    svm.clusterKey === undefined ? undefined : inventory.get('cluster', svm.clusterKey);
  return {
    uuid: uuidOfKey(svm.key),
    state: svm.attributes.state,
    language: svm.attributes.language,
    subtype: svm.attributes.subtype,
    cluster: reference(cluster),
    aggregates: svm.attributes.aggregates ?? [],
    nfs: enabled('nfs'),
    cifs: { ...enabled('cifs'), name: svm.attributes.cifs_name },
    iscsi: enabled('iscsi'),
    fcp: enabled('fcp'),
    nvme: enabled('nvme'),
  };
}

function workloadView(workload: SimulatedObject, inventory: Inventory, shape: ViewShape) {
  const svm = workload.svmKey === undefined ? undefined : inventory.get('svm', workload.svmKey);
  const cluster =
    svm?.clusterKey === undefined ? undefined : inventory.get('cluster', svm.clusterKey);
  const size = numberAttribute(workload, 'size');
  const level =
    workload.performanceServiceLevelKey === undefined
      ? undefined
      : inventory.get('performanceServiceLevel', workload.performanceServiceLevelKey);
  const policy =
    workload.storageEfficiencyPolicyKey === undefined
      ? undefined
      : inventory.get('storageEfficiencyPolicy', workload.storageEfficiencyPolicyKey);
  const { size: _size, volume, ...detail } = workload.attributes;
  return {
    uuid: uuidOfKey(workload.key),
    space: { size },
    svm: reference(svm),
    cluster: reference(cluster),
    assigned_performance_service_level: serviceLevelOf(level, size),
    recommended_performance_service_level: serviceLevelOf(level, size),
    assigned_storage_efficiency_policy: policy && { key: policy.key, name: policy.name },
    ...(volume === undefined
      ? {}
      : { volume: { ...(volume as object), uuid: uuidOfKey((volume as { key: string }).key) } }),
    ...(shape === 'object' ? detail : {}),
  };
}

function accessEndpointView(endpoint: SimulatedObject, inventory: Inventory) {
  const { ip_address: address, netmask, gateway, ...rest } = endpoint.attributes;
  const svm = endpoint.svmKey === undefined ? undefined : inventory.get('svm', endpoint.svmKey);
  return {
    uuid: uuidOfKey(endpoint.key),
    ...rest,
    ...(address === undefined ? {} : { ip: { address, netmask } }),
    gateways: gateway === undefined ? [] : [gateway],
    svm: reference(svm),
  };
}

function kindView(object: SimulatedObject, inventory: Inventory, shape: ViewShape): object {
  switch (object.kind) {
    case 'cluster':
      return object.attributes;
    case 'performanceServiceLevel': {
      const { space_available: available, ...rest } = object.attributes;
      const workloads = inventory.workloadsOf(object.key);
      const used = workloads.reduce((sum, workload) => sum + numberAttribute(workload, 'size'), 0);
      return { ...rest, space: { used, available }, workload_count: workloads.length };
    }
    case 'storageEfficiencyPolicy':
      return { ...object.attributes, workload_count: inventory.workloadsOf(object.key).length };
    case 'svm':
      return svmView(object, inventory);
    case 'lun':
    case 'fileShare':
      return workloadView(object, inventory, shape);
    case 'accessEndpoint':
      return accessEndpointView(object, inventory);
  }
}

/** An object as AIQUM answers it: a list record, or the object read alone by key. */
export function objectToWire(
  object: SimulatedObject,
  inventory: Inventory,
  shape: ViewShape,
): Record<string, unknown> {
  // A JSON round trip drops what is undefined and shares nothing with the inventory.
  return JSON.parse(
    JSON.stringify({
      key: object.key,
      name: object.name,
      ...kindView(object, inventory, shape),
      _links: links(object),
    }),
  ) as Record<string, unknown>;
}
