// The objects AIQUM's asynchronous operations name (clusters, SVMs, performance service levels,
// storage efficiency policies, LUNs, file shares, access endpoints) as AIQUM's API v2 Swagger
// describes them on the wire. Every field is optional and may hold a value of another type on a
// broken upstream: `wire-values.ts` reads them safely.

import type { UpstreamLink } from './wire-types.ts';

/** AIQUM's list envelope, the same for every collection. */
export interface UpstreamList<T> {
  records: T[];
  num_records?: number;
  total_records?: number;
  _links?: { self?: UpstreamLink; next?: UpstreamLink };
}

/** `{key, name, uuid}`: how one object names another (`svm`, `cluster`, `volume`, ...). */
export interface UpstreamReference {
  key?: string;
  name?: string;
  uuid?: string;
  _links?: { self?: UpstreamLink };
}

/** What every object has: its key (with `:` and `,` inside) and name. */
export interface UpstreamObject {
  key: string;
  name?: string;
  _links?: { self?: UpstreamLink };
}

export interface UpstreamVersion {
  full?: string;
  generation?: number;
  major?: number;
  minor?: number;
}

export interface UpstreamClusterNode extends UpstreamReference {
  model?: string;
  health?: boolean;
  /** Seconds. */
  uptime?: number;
  serial_number?: string;
  location?: string;
  version?: UpstreamVersion;
}

/** `cluster` of `/datacenter/cluster/clusters`. */
export interface UpstreamCluster extends UpstreamObject {
  uuid?: string;
  management_ip?: string;
  location?: string;
  contact?: string;
  is_san_optimized?: boolean;
  version?: UpstreamVersion;
  storage_capacity?: { total?: number; used?: number; available?: number };
  nodes?: UpstreamClusterNode[];
}

export interface UpstreamServiceToggle {
  enabled?: boolean;
}

/** `svm` of `/datacenter/svm/svms`. */
export interface UpstreamSvm extends UpstreamObject {
  uuid?: string;
  state?: string;
  subtype?: string;
  language?: string;
  cluster?: UpstreamReference;
  aggregates?: UpstreamReference[];
  ipspace?: UpstreamReference;
  snapshot_policy?: UpstreamReference;
  nfs?: UpstreamServiceToggle;
  cifs?: UpstreamServiceToggle & { name?: string };
  iscsi?: UpstreamServiceToggle;
  fcp?: UpstreamServiceToggle;
  nvme?: UpstreamServiceToggle;
  ldap?: UpstreamServiceToggle;
  nis?: UpstreamServiceToggle;
}

/** `performance_service_level` of `/storage-provider/performance-service-levels`. */
export interface UpstreamPerformanceServiceLevel extends UpstreamObject {
  description?: string;
  system_defined?: boolean;
  iops?: {
    absolute_min_iops?: number;
    expected_iops_per_tb?: number;
    peak_iops_per_tb?: number;
    /** `used_space` or `allocated_space`. */
    peak_iops_allocation_policy?: string;
  };
  /** Milliseconds. */
  latency?: { expected?: number };
  space?: { used?: number; available?: number };
  workload_count?: number;
  create_time?: string;
  update_time?: string;
}

/** `storage_efficiency_policy` of `/storage-provider/storage-efficiency-policies`. */
export interface UpstreamStorageEfficiencyPolicy extends UpstreamObject {
  description?: string;
  system_defined?: boolean;
  /** `inline`, `background` or `none`. */
  compression?: string;
  deduplication?: string;
  space_thin_provisioned?: boolean;
  workload_count?: number;
  create_time?: string;
  update_time?: string;
}

/** What a LUN or file share reports of the service level assigned or recommended to it. */
export interface UpstreamWorkloadServiceLevel extends UpstreamReference {
  expected_iops?: number;
  peak_iops?: number;
}

/** What LUNs and file shares share: they are both workloads on an SVM. */
export interface UpstreamWorkload extends UpstreamObject {
  uuid?: string;
  space?: { size?: number };
  svm?: UpstreamReference;
  cluster?: UpstreamReference;
  assigned_performance_service_level?: UpstreamWorkloadServiceLevel;
  recommended_performance_service_level?: UpstreamWorkloadServiceLevel;
  assigned_storage_efficiency_policy?: UpstreamReference;
  /** `online` or `offline`; reported when one object is read, not in lists. */
  operational_state?: string;
}

/** `slo_lun` (one) and `slo_lun_get` (list records) of `/storage-provider/luns`. */
export interface UpstreamLun extends UpstreamWorkload {
  /** Reported when one LUN is read, not in lists. */
  os_type?: string;
  volume?: UpstreamReference;
}

/** `fileshare` (one) and `fileshare_get_collection` (list records) of `/storage-provider/file-shares`. */
export interface UpstreamFileShare extends UpstreamWorkload {
  /** `rw`, `dp`, `ls`, `dc` or `tmp`; reported when one file share is read, not in lists. */
  type?: string;
  /** Reported when one file share is read, not in lists. */
  mountpoint?: string;
}

/** `access_endpoint` of `/storage-provider/access-endpoints`. */
export interface UpstreamAccessEndpoint extends UpstreamObject {
  uuid?: string;
  data_protocols?: string[];
  ip?: { address?: string; netmask?: string };
  gateways?: string[];
  vlan?: number;
  mtu?: number;
  wwpn?: string;
  svm?: UpstreamReference;
}
