import { Inventory } from './inventory.ts';

// Deterministic demo objects, so the write endpoints have something to update and delete.

const CLUSTER_UUID = '7d5a59b3-953a-11e8-8857-00a098dcc959';

function objectKey(type: string, uuid: string): string {
  return `${CLUSTER_UUID}:type=${type},uuid=${uuid}`;
}

export const SEEDED_OBJECTS = {
  cluster: `${CLUSTER_UUID}:type=cluster,uuid=${CLUSTER_UUID}`,
  performanceServiceLevels: {
    extreme: '1251e51b-069f-11ea-980d-fa163e82bbf2',
    performance: '1251e51c-069f-11ea-980d-fa163e82bbf2',
    value: '1251e51d-069f-11ea-980d-fa163e82bbf2',
  },
  /** Holds the seeded LUN, file share and access endpoint. */
  svm: objectKey('vserver', '0176c2cb-fa96-11e8-b536-00a098dcc6b6'),
  /** Holds nothing: deletable without force. */
  emptySvm: objectKey('vserver', '0176c2cc-fa96-11e8-b536-00a098dcc6b6'),
  /** 1 GiB, online. */
  lun: objectKey('lun', '76b67198-210b-4870-86ce-87398c585812'),
  fileShare: objectKey('volume', 'e2e06009-398e-4f4a-b3b1-6a680293b0b6'),
  accessEndpoint: `${CLUSTER_UUID}:type=network_lif,lif_uuid=d0d33369-0768-11ea-9294-00a098c39e12`,
} as const;

export const SEEDED_NAMES = {
  svm: 'svm_data',
  emptySvm: 'svm_spare',
  lun: 'lun_db_01',
  fileShare: 'fs_home',
  accessEndpoint: 'lif_nfs_01',
  accessEndpointAddress: '10.162.83.26',
} as const;

const GIB = 1024 ** 3;

export function seedInventory(): Inventory {
  const inventory = new Inventory(CLUSTER_UUID);
  inventory.addCluster(SEEDED_OBJECTS.cluster);
  for (const key of Object.values(SEEDED_OBJECTS.performanceServiceLevels)) {
    inventory.addPerformanceServiceLevel(key);
  }
  const svmKey = SEEDED_OBJECTS.svm;
  inventory.put({
    key: svmKey,
    kind: 'svm',
    name: SEEDED_NAMES.svm,
    attributes: { state: 'running' },
  });
  inventory.put({
    key: SEEDED_OBJECTS.emptySvm,
    kind: 'svm',
    name: SEEDED_NAMES.emptySvm,
    attributes: { state: 'running' },
  });
  inventory.put({
    key: SEEDED_OBJECTS.lun,
    kind: 'lun',
    name: SEEDED_NAMES.lun,
    svmKey,
    attributes: { size: GIB, os_type: 'linux', operational_state: 'online' },
  });
  inventory.put({
    key: SEEDED_OBJECTS.fileShare,
    kind: 'fileShare',
    name: SEEDED_NAMES.fileShare,
    svmKey,
    attributes: { size: 100 * GIB, operational_state: 'online' },
  });
  inventory.put({
    key: SEEDED_OBJECTS.accessEndpoint,
    kind: 'accessEndpoint',
    name: SEEDED_NAMES.accessEndpoint,
    svmKey,
    attributes: { ip_address: SEEDED_NAMES.accessEndpointAddress, data_protocols: ['nfs'] },
  });
  return inventory;
}
