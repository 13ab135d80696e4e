// The objects the simulated AIQUM knows: the clusters, performance service levels and storage
// efficiency policies that operations reference, and the SVMs, LUNs, file shares and access
// endpoints its write endpoints create, change and delete. `object-views.ts` shows them as
// AIQUM's wire JSON.

export type ObjectKind =
  | 'cluster'
  | 'performanceServiceLevel'
  | 'storageEfficiencyPolicy'
  | 'svm'
  | 'lun'
  | 'fileShare'
  | 'accessEndpoint';

/** The kinds AIQUM's write endpoints create. */
export type CreatableKind = 'svm' | 'lun' | 'fileShare' | 'accessEndpoint';

export interface SimulatedObject {
  key: string;
  kind: ObjectKind;
  name: string;
  /** The SVM holding a LUN, file share or access endpoint. */
  svmKey?: string;
  /** The cluster an SVM runs on. */
  clusterKey?: string;
  /** The service level and efficiency policy of a LUN or file share. */
  performanceServiceLevelKey?: string;
  storageEfficiencyPolicyKey?: string;
  /**
   * What else AIQUM reports of it, snake_case: `size`, `operational_state`, `ip_address`, ...
   * for what operations change; for clusters, service levels and policies, their wire fields.
   */
  attributes: Record<string, unknown>;
}

/** How AIQUM's messages name each kind. */
export const OBJECT_LABELS: Record<ObjectKind, string> = {
  cluster: 'Cluster',
  performanceServiceLevel: 'Performance Service Level',
  storageEfficiencyPolicy: 'Storage Efficiency Policy',
  lun: 'LUN',
  fileShare: 'File share',
  accessEndpoint: 'Access endpoint',
  svm: 'SVM',
};

/** AIQUM's key type names: `<cluster uuid>:type=<type>,uuid=<uuid>`. */
const KEY_TYPES: Record<CreatableKind, string> = {
  lun: 'type=lun,uuid',
  fileShare: 'type=volume,uuid',
  accessEndpoint: 'type=network_lif,lif_uuid',
  svm: 'type=vserver,uuid',
};

/** The ONTAP UUID in a key (`...,uuid=<uuid>`), or the key itself when it is a bare UUID. */
export function uuidOfKey(key: string): string {
  return /uuid=([^,]+)$/.exec(key)?.[1] ?? key;
}

/** The cluster UUID an object key starts with (`<cluster uuid>:type=...`). */
export function clusterUuidOfKey(key: string): string {
  return key.split(':')[0] ?? key;
}

export class Inventory {
  readonly #objects = new Map<string, SimulatedObject>();
  #issued = 0;

  constructor(readonly clusterUuid: string) {}

  /** A new, unique, deterministic key for an object of this kind on a cluster. */
  newKey(kind: CreatableKind, clusterUuid = this.clusterUuid): string {
    this.#issued += 1;
    const serial = this.#issued.toString(16).padStart(12, '0');
    return `${clusterUuid}:${KEY_TYPES[kind]}=5e1f0c2a-7b3d-11ee-9d0a-${serial}`;
  }

  get(kind: ObjectKind, key: string): SimulatedObject | undefined {
    const object = this.#objects.get(key);
    return object?.kind === kind ? object : undefined;
  }

  list(kind: ObjectKind): SimulatedObject[] {
    return [...this.#objects.values()].filter((object) => object.kind === kind);
  }

  findByName(kind: ObjectKind, name: string): SimulatedObject | undefined {
    return this.list(kind).find((object) => object.name === name);
  }

  /** LUNs, file shares and access endpoints held by an SVM. */
  heldBy(svmKey: string): SimulatedObject[] {
    return [...this.#objects.values()].filter((object) => object.svmKey === svmKey);
  }

  /** The LUNs and file shares that use a service level or efficiency policy. */
  workloadsOf(key: string): SimulatedObject[] {
    return [...this.#objects.values()].filter(
      (object) =>
        object.performanceServiceLevelKey === key || object.storageEfficiencyPolicyKey === key,
    );
  }

  put(object: SimulatedObject): void {
    this.#objects.set(object.key, object);
  }

  remove(key: string): void {
    this.#objects.delete(key);
  }
}
