import { Inventory, type SimulatedObject } from './inventory.ts';
import { svmObject } from './operations/svms.ts';

// Deterministic demo objects: enough for a provisioning form (two clusters, SVMs that serve NAS
// and SAN, AIQUM's performance service levels and efficiency policies) and for the write
// endpoints to have something to update and delete.

const CLUSTER_UUID = '7d5a59b3-953a-11e8-8857-00a098dcc959';
const DR_CLUSTER_UUID = 'cbd1757b-0580-11e8-bd9d-00a098d39e12';

function objectKey(type: string, uuid: string, clusterUuid = CLUSTER_UUID): string {
  return `${clusterUuid}:type=${type},uuid=${uuid}`;
}

export const SEEDED_OBJECTS = {
  cluster: `${CLUSTER_UUID}:type=cluster,uuid=${CLUSTER_UUID}`,
  drCluster: `${DR_CLUSTER_UUID}:type=cluster,uuid=${DR_CLUSTER_UUID}`,
  performanceServiceLevels: {
    extreme: '1251e51b-069f-11ea-980d-fa163e82bbf2',
    performance: '1251e51c-069f-11ea-980d-fa163e82bbf2',
    value: '1251e51d-069f-11ea-980d-fa163e82bbf2',
    /** User-defined. */
    database: '1251e51e-069f-11ea-980d-fa163e82bbf2',
  },
  storageEfficiencyPolicies: {
    high: '2059fda9-0607-11ea-b7d6-fa163ec5e1a5',
    low: '2059fdaa-0607-11ea-b7d6-fa163ec5e1a5',
    none: '2059fdab-0607-11ea-b7d6-fa163ec5e1a5',
  },
  /** Holds the seeded LUN, file share and access endpoint. */
  svm: objectKey('vserver', '0176c2cb-fa96-11e8-b536-00a098dcc6b6'),
  /** Holds nothing: deletable without force. */
  emptySvm: objectKey('vserver', '0176c2cc-fa96-11e8-b536-00a098dcc6b6'),
  /** On the DR cluster: NFS and CIFS. */
  nasSvm: objectKey('vserver', '23f47259-f4d1-11e8-a848-00a098d390f2', DR_CLUSTER_UUID),
  /** On the DR cluster: iSCSI and FCP. */
  sanSvm: objectKey('vserver', '23f4725a-f4d1-11e8-a848-00a098d390f2', DR_CLUSTER_UUID),
  /** 1 GiB, online. */
  lun: objectKey('lun', '76b67198-210b-4870-86ce-87398c585812'),
  sanLun: objectKey('lun', '76b67199-210b-4870-86ce-87398c585812', DR_CLUSTER_UUID),
  fileShare: objectKey('volume', 'e2e06009-398e-4f4a-b3b1-6a680293b0b6'),
  nasFileShare: objectKey('volume', 'e2e0600a-398e-4f4a-b3b1-6a680293b0b6', DR_CLUSTER_UUID),
  accessEndpoint: `${CLUSTER_UUID}:type=network_lif,lif_uuid=d0d33369-0768-11ea-9294-00a098c39e12`,
  iscsiEndpoint: `${CLUSTER_UUID}:type=network_lif,lif_uuid=d0d3336a-0768-11ea-9294-00a098c39e12`,
  fcpEndpoint: `${DR_CLUSTER_UUID}:type=network_lif,lif_uuid=d0d3336b-0768-11ea-9294-00a098c39e12`,
} as const;

export const SEEDED_NAMES = {
  cluster: 'cluster_prod',
  drCluster: 'cluster_dr',
  svm: 'svm_data',
  emptySvm: 'svm_spare',
  nasSvm: 'svm_nas',
  sanSvm: 'svm_san',
  lun: 'lun_db_01',
  sanLun: 'lun_vmware_01',
  fileShare: 'fs_home',
  nasFileShare: 'fs_engineering',
  accessEndpoint: 'lif_nfs_01',
  accessEndpointAddress: '10.162.83.26',
  iscsiEndpoint: 'lif_iscsi_01',
  fcpEndpoint: 'lif_fc_01',
} as const;

const GIB = 1024 ** 3;
const TIB = 1024 * GIB;
const SEEDED_AT = '2019-11-14 17:23:33.205000+05:30';

function cluster(key: string, name: string, uuid: string, managementIp: string): SimulatedObject {
  const version = {
    full: 'NetApp Release 9.8.0: Tue Nov 10 2020',
    generation: 9,
    major: 8,
    minor: 0,
  };
  return {
    key,
    kind: 'cluster',
    name,
    attributes: {
      uuid,
      management_ip: managementIp,
      location: 'datacenter 1',
      contact: 'storage-team@example.com',
      is_san_optimized: false,
      version,
      storage_capacity: { total: 200 * TIB, used: 60 * TIB, available: 140 * TIB },
      nodes: [1, 2].map((index) => ({
        key: `${uuid}:type=cluster_node,uuid=${uuid.slice(0, -1)}${index}`,
        name: `${name}-0${index}`,
        uuid: `${uuid.slice(0, -1)}${index}`,
        model: 'AFF-A400',
        health: true,
        uptime: 3_000_000 + index,
        version,
      })),
    },
  };
}

function performanceServiceLevel(
  key: string,
  name: string,
  [expectedPerTb, peakPerTb, minIops, latencyMs]: [number, number, number, number],
  systemDefined = true,
): SimulatedObject {
  return {
    key,
    kind: 'performanceServiceLevel',
    name,
    attributes: {
      description: `${name}: ${expectedPerTb} IOPS/TB expected, ${latencyMs} ms latency`,
      system_defined: systemDefined,
      iops: {
        absolute_min_iops: minIops,
        expected_iops_per_tb: expectedPerTb,
        peak_iops_per_tb: peakPerTb,
        peak_iops_allocation_policy: 'allocated_space',
      },
      latency: { expected: latencyMs },
      space_available: 100 * TIB,
      create_time: SEEDED_AT,
      update_time: SEEDED_AT,
    },
  };
}

function efficiencyPolicy(
  key: string,
  name: string,
  mode: 'inline' | 'background' | 'none',
): SimulatedObject {
  return {
    key,
    kind: 'storageEfficiencyPolicy',
    name,
    attributes: {
      description: `${name}: compression and deduplication ${mode}`,
      system_defined: true,
      compression: mode,
      deduplication: mode,
      space_thin_provisioned: mode !== 'none',
      create_time: SEEDED_AT,
      update_time: SEEDED_AT,
    },
  };
}

function svm(key: string, name: string, clusterKey: string, protocols: string[]): SimulatedObject {
  const cifsName = protocols.includes('cifs') ? name.toUpperCase().slice(0, 15) : undefined;
  return svmObject({ key, name, clusterKey, protocols, cifsName });
}

export function seedInventory(): Inventory {
  const inventory = new Inventory(CLUSTER_UUID);
  const { performanceServiceLevels: psl, storageEfficiencyPolicies: sep } = SEEDED_OBJECTS;
  const objects: SimulatedObject[] = [
    cluster(SEEDED_OBJECTS.cluster, SEEDED_NAMES.cluster, CLUSTER_UUID, '10.10.10.7'),
    cluster(SEEDED_OBJECTS.drCluster, SEEDED_NAMES.drCluster, DR_CLUSTER_UUID, '10.20.10.7'),
    performanceServiceLevel(psl.extreme, 'Extreme', [6144, 12288, 1000, 1]),
    performanceServiceLevel(psl.performance, 'Performance', [2048, 4096, 500, 2]),
    performanceServiceLevel(psl.value, 'Value', [128, 512, 75, 17]),
    performanceServiceLevel(psl.database, 'Database', [4096, 8192, 1000, 1], false),
    efficiencyPolicy(sep.high, 'High', 'inline'),
    efficiencyPolicy(sep.low, 'Low', 'background'),
    efficiencyPolicy(sep.none, 'None', 'none'),
    svm(SEEDED_OBJECTS.svm, SEEDED_NAMES.svm, SEEDED_OBJECTS.cluster, ['nfs', 'iscsi']),
    svm(SEEDED_OBJECTS.emptySvm, SEEDED_NAMES.emptySvm, SEEDED_OBJECTS.cluster, ['nfs']),
    svm(SEEDED_OBJECTS.nasSvm, SEEDED_NAMES.nasSvm, SEEDED_OBJECTS.drCluster, ['nfs', 'cifs']),
    svm(SEEDED_OBJECTS.sanSvm, SEEDED_NAMES.sanSvm, SEEDED_OBJECTS.drCluster, ['iscsi', 'fcp']),
    {
      key: SEEDED_OBJECTS.lun,
      kind: 'lun',
      name: SEEDED_NAMES.lun,
      svmKey: SEEDED_OBJECTS.svm,
      performanceServiceLevelKey: psl.extreme,
      storageEfficiencyPolicyKey: sep.high,
      attributes: {
        size: GIB,
        os_type: 'linux',
        operational_state: 'online',
        volume: {
          key: objectKey('volume', 'cb07f060-c7bd-4c03-8dcd-1e3248a392bb'),
          name: 'vol_db',
        },
      },
    },
    {
      key: SEEDED_OBJECTS.sanLun,
      kind: 'lun',
      name: SEEDED_NAMES.sanLun,
      svmKey: SEEDED_OBJECTS.sanSvm,
      performanceServiceLevelKey: psl.performance,
      storageEfficiencyPolicyKey: sep.low,
      attributes: {
        size: 500 * GIB,
        os_type: 'vmware',
        operational_state: 'online',
        volume: {
          key: objectKey('volume', 'cb07f061-c7bd-4c03-8dcd-1e3248a392bb', DR_CLUSTER_UUID),
          name: 'NSLM_vmware',
        },
      },
    },
    {
      key: SEEDED_OBJECTS.fileShare,
      kind: 'fileShare',
      name: SEEDED_NAMES.fileShare,
      svmKey: SEEDED_OBJECTS.svm,
      performanceServiceLevelKey: psl.value,
      storageEfficiencyPolicyKey: sep.high,
      attributes: {
        size: 100 * GIB,
        operational_state: 'online',
        mountpoint: '/fs_home',
        type: 'rw',
      },
    },
    {
      key: SEEDED_OBJECTS.nasFileShare,
      kind: 'fileShare',
      name: SEEDED_NAMES.nasFileShare,
      svmKey: SEEDED_OBJECTS.nasSvm,
      performanceServiceLevelKey: psl.performance,
      attributes: {
        size: 2 * TIB,
        operational_state: 'online',
        mountpoint: '/engineering',
        type: 'rw',
      },
    },
    {
      key: SEEDED_OBJECTS.accessEndpoint,
      kind: 'accessEndpoint',
      name: SEEDED_NAMES.accessEndpoint,
      svmKey: SEEDED_OBJECTS.svm,
      attributes: {
        ip_address: SEEDED_NAMES.accessEndpointAddress,
        netmask: '255.255.0.0',
        gateway: '10.162.0.1',
        data_protocols: ['nfs'],
      },
    },
    {
      key: SEEDED_OBJECTS.iscsiEndpoint,
      kind: 'accessEndpoint',
      name: SEEDED_NAMES.iscsiEndpoint,
      svmKey: SEEDED_OBJECTS.svm,
      attributes: { ip_address: '10.162.84.27', netmask: '16', data_protocols: ['iscsi'] },
    },
    {
      key: SEEDED_OBJECTS.fcpEndpoint,
      kind: 'accessEndpoint',
      name: SEEDED_NAMES.fcpEndpoint,
      svmKey: SEEDED_OBJECTS.sanSvm,
      attributes: { data_protocols: ['fcp'], wwpn: '20:00:00:50:56:a7:bc:a2' },
    },
  ];
  for (const object of objects) inventory.put(object);
  return inventory;
}
