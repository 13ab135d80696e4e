// The storage objects the simulated AIQUM knows: what its write endpoints create, change and
// delete, and what their bodies may reference (clusters, performance service levels).

export type ObjectKind = 'lun' | 'fileShare' | 'accessEndpoint' | 'svm';

export interface SimulatedObject {
  key: string;
  kind: ObjectKind;
  name: string;
  /** The SVM holding a LUN, file share or access endpoint. */
  svmKey?: string;
  /** What AIQUM reports of it, snake_case (`size`, `operational_state`, `ip_address`, ...). */
  attributes: Record<string, unknown>;
}

/** AIQUM's key type names: `<cluster uuid>:type=<type>,uuid=<uuid>`. */
const KEY_TYPES: Record<ObjectKind, string> = {
  lun: 'type=lun,uuid',
  fileShare: 'type=volume,uuid',
  accessEndpoint: 'type=network_lif,lif_uuid',
  svm: 'type=vserver,uuid',
};

export class Inventory {
  readonly #objects = new Map<string, SimulatedObject>();
  readonly #clusters = new Set<string>();
  readonly #performanceServiceLevels = new Set<string>();
  #issued = 0;

  constructor(readonly clusterUuid: string) {}

  addCluster(key: string): void {
    this.#clusters.add(key);
  }

  hasCluster(key: string): boolean {
    return this.#clusters.has(key);
  }

  addPerformanceServiceLevel(key: string): void {
    this.#performanceServiceLevels.add(key);
  }

  hasPerformanceServiceLevel(key: string): boolean {
    return this.#performanceServiceLevels.has(key);
  }

  /** A new, unique, deterministic key for an object of this kind. */
  newKey(kind: ObjectKind): string {
    this.#issued += 1;
    const serial = this.#issued.toString(16).padStart(12, '0');
    return `${this.clusterUuid}:${KEY_TYPES[kind]}=5e1f0c2a-7b3d-11ee-9d0a-${serial}`;
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

  put(object: SimulatedObject): void {
    this.#objects.set(object.key, object);
  }

  remove(key: string): void {
    this.#objects.delete(key);
  }
}
