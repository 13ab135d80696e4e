// The AIQUM collections that hold the objects its operations name, and what each list endpoint
// accepts, as AIQUM's API v2 Swagger declares it.

import type {
  UpstreamAccessEndpoint,
  UpstreamCluster,
  UpstreamFileShare,
  UpstreamLun,
  UpstreamPerformanceServiceLevel,
  UpstreamStorageEfficiencyPolicy,
  UpstreamSvm,
} from './lookup-wire-types.ts';

/** The wire type of each kind of object. */
export interface LookupWireTypes {
  cluster: UpstreamCluster;
  svm: UpstreamSvm;
  performanceServiceLevel: UpstreamPerformanceServiceLevel;
  storageEfficiencyPolicy: UpstreamStorageEfficiencyPolicy;
  lun: UpstreamLun;
  fileShare: UpstreamFileShare;
  accessEndpoint: UpstreamAccessEndpoint;
}

export type LookupKind = keyof LookupWireTypes;

export interface LookupResource {
  /** The collection under `/api`; one object is `<path>/<key>`. */
  path: string;
  /** The list takes `offset` and `max_records`; otherwise it answers every record at once. */
  paged: boolean;
  /** The list takes `key=a|b|c`; otherwise objects are read one GET per key. */
  keyFilter: boolean;
}

export const LOOKUPS: Readonly<Record<LookupKind, LookupResource>> = {
  cluster: { path: 'datacenter/cluster/clusters', paged: true, keyFilter: true },
  svm: { path: 'datacenter/svm/svms', paged: true, keyFilter: true },
  performanceServiceLevel: {
    path: 'storage-provider/performance-service-levels',
    paged: false,
    keyFilter: true,
  },
  storageEfficiencyPolicy: {
    path: 'storage-provider/storage-efficiency-policies',
    paged: false,
    keyFilter: true,
  },
  lun: { path: 'storage-provider/luns', paged: true, keyFilter: true },
  fileShare: { path: 'storage-provider/file-shares', paged: true, keyFilter: true },
  // Lists only the endpoints of one SVM, file share or LUN (`resource.key`, required).
  accessEndpoint: {
    path: 'storage-provider/access-endpoints',
    paged: false,
    keyFilter: false,
  },
};
