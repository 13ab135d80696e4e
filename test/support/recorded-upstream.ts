// An AIQUM that answers with records shaped exactly like the examples of AIQUM's API v2 Swagger
// (definitions `cluster`, `svm`, `performance_service_level`, `storage_efficiency_policy`,
// `slo_lun_get` and `slo_lun`, `fileshare_get_collection` and `fileshare`, `access_endpoint`),
// example values unchanged; where two examples name one object with different keys, the
// referenced record is added with the key the example gives. Keys hold `,` as in the examples.

type WireRecord = { key: string; [field: string]: unknown };

const CLUSTER_KEY =
  '1cd8a442-86d1-11e0-ae1c-123478563412,type=cluster,uuid=1cd8a442-86d1-11e0-ae1c-9876567890123';
const SVM_KEY =
  '1cd8a442-86d1-11e0-ae1c-123478563412,type=vserver,uuid=1cd8a442-86d1-11e0-ae1c-9876567890123';
const LUN_SVM_KEY =
  '7d5a59b3-953a-11e8-8857-00a098dcc959:type=vserver,uuid=0176c2cb-fa96-11e8-b536-00a098dcc6b6';

export const RECORDED = {
  clusterKey: CLUSTER_KEY,
  svmKey: SVM_KEY,
  lunSvmKey: LUN_SVM_KEY,
  pslKey: '0640d870-05f8-11ea-b7d6-fa163ec5e1a5',
  lunPslKey: '1251e51b-069f-11ea-980d-fa163e82bbf2',
  sepKey: '2059fda9-0607-11ea-b7d6-fa163ec5e1a5',
  lunKey: '7d5a59b3-953a-11e8-8857-00a098dcc959:type=lun,uuid=76b67198-210b-4870-86ce-87398c585812',
  fileShareKey:
    'cbd1757b-0580-11e8-bd9d-00a098d39e12:type=volume,uuid=e2e06009-398e-4f4a-b3b1-6a680293b0b6',
  accessEndpointKey:
    'cbd1757b-0580-11e8-bd9d-00a097d39e12:type=network_lif,lif_uuid=d0d33369-0768-11ea-9294-00a098c39e12',
} as const;

const VERSION = {
  full: 'NetApp Release 9.4.0: Sun Nov 05 18:20:57 UTC 2017',
  generation: 9,
  major: 4,
  minor: 0,
};

const CLUSTER = {
  contact: 'support@company.com',
  key: CLUSTER_KEY,
  location: 'building 1',
  management_ip: '10.10.10.7',
  name: 'cluster1',
  nodes: [
    {
      cluster: {
        key: CLUSTER_KEY,
        name: 'cluster2',
        uuid: '1cd8a442-86d1-11e0-ae1c-9876567890123',
      },
      health: true,
      key: '1cd8a442-86d1-11e0-ae1c-123478563412,type=cluster_node,uuid=1cd8a442-86d1-11e0-ae1c-9876567890123',
      location: 'rack 2 row 5',
      model: 'FAS3070',
      name: 'node-01',
      performance_capacity: { used: 0.0 },
      serial_number: '4048820-60-9',
      system_id: 92027651,
      uptime: 300536,
      uuid: '1cd8a442-86d1-11e0-ae1c-9876567890123',
      version: VERSION,
    },
  ],
  protocol_breakdown: {
    cifs: 8357086490624,
    fcp: 3408356442112,
    iscsi: 65725171994112,
    nfs: 190657984794624,
  },
  storage_capacity: { available: 68043087872, total: 68100694016, used: 57606144 },
  uuid: '1cd8a442-86d1-11e0-ae1c-9876567890123',
  version: VERSION,
};

const SVM = {
  aggregates: [
    {
      key: '1cd8a442-86d1-11e0-ae1c-123478563412,type=aggregate,uuid=1cd8a442-86d1-11e0-ae1c-9876567890123',
      name: 'aggr2',
      uuid: '1cd8a442-86d1-11e0-ae1c-9876567890123',
    },
  ],
  cifs: { name: 'CIFS1' },
  cluster: { key: CLUSTER_KEY, name: 'cluster2', uuid: '1cd8a442-86d1-11e0-ae1c-9876567890123' },
  dns: { domains: ['example.com', 'example2.example3.com'], servers: ['10.224.65.20'] },
  fcp: {},
  ipspace: {
    key: '04ef4c3a-cab8-11e7-bcd5-00a09865cd13:type=network_ip_space',
    name: 'exchange',
    uuid: '04ef4c3a-cab8-11e7-bcd5-00a09865cd13',
  },
  iscsi: {},
  key: SVM_KEY,
  language: 'c.utf_8',
  ldap: {},
  name: 'svm1',
  nfs: {},
  nis: { servers: [] },
  nvme: {},
  state: 'running',
  uuid: '1cd8a442-86d1-11e0-ae1c-9876567890123',
};

/** The SVM the LUN example names: the `svm` example's shape, with the LUN example's key and name. */
const LUN_SVM = {
  ...SVM,
  key: LUN_SVM_KEY,
  name: 'SVM1',
  uuid: '0176c2cb-fa96-11e8-b536-00a098dcc6b6',
};

const PSL = {
  create_time: '2019-11-14 17:23:33.205000+05:30',
  iops: {
    absolute_min_iops: 75,
    expected_iops_per_tb: 128,
    peak_iops_allocation_policy: 'used_space',
    peak_iops_per_tb: 512,
  },
  key: RECORDED.pslKey,
  latency: { expected: 17 },
  name: 'Value',
  space: { available: 2424014663680, used: 0 },
  system_defined: true,
  update_time: '2019-11-13 14:59:00+05:30',
  workload_count: 0,
};

/** The service level the LUN example names: the example's shape, with the LUN example's key. */
const LUN_PSL = { ...PSL, key: RECORDED.lunPslKey };

const SEP = {
  compression: 'inline',
  create_time: '2019-11-14 17:23:33.205000+05:30',
  deduplication: 'inline',
  key: RECORDED.sepKey,
  name: 'High',
  space_thin_provisioned: true,
  system_defined: true,
  update_time: '2019-11-14 17:25:33.205000+05:30',
  workload_count: 0,
};

/** `slo_lun_get`: a LUN as its list answers it. */
const LUN_RECORD = {
  assigned_performance_service_level: {
    expected_iops: 75,
    key: RECORDED.lunPslKey,
    name: 'Value',
    peak_iops: 75,
  },
  assigned_storage_efficiency_policy: {
    key: '1451e61b-069f-12ea-980c-fa163a82bbf2',
    name: 'High',
  },
  cluster: {
    key: '7d5a59b3-953a-11e8-8857-00a098dcc959:type=cluster,uuid=7d5a59b3-953a-11e8-8857-00a098dcc959',
    name: 'Cluster1',
    uuid: '7d5a59b3-953a-11e8-8857-00a098dcc959',
  },
  key: RECORDED.lunKey,
  name: 'lun1',
  recommended_performance_service_level: {
    expected_iops: 75,
    key: RECORDED.lunPslKey,
    name: 'Value',
    peak_iops: 75,
  },
  space: { size: 124637 },
  svm: { key: LUN_SVM_KEY, name: 'SVM1', uuid: '0176c2cb-fa96-11e8-b536-00a098dcc6b6' },
  uuid: '76b67198-210b-4870-86ce-87398c585812',
  volume: {
    key: '7d5a59b3-953a-11e8-8857-00a098dcc959:type=volume,uuid=cb07f060-c7bd-4c03-8dcd-1e3248a392bb',
    name: 'volume1',
    uuid: 'cb07f060-c7bd-4c03-8dcd-1e3248a392bb',
  },
};

/** `slo_lun`: the same LUN read alone. */
const LUN_OBJECT = {
  ...LUN_RECORD,
  lun_maps: [
    {
      igroup: {
        key: '7d5a59b3-953a-11e8-8857-00a098dcc959:type=igroup,uuid=2c6b1477-f486-11e8-8857-00a098dcc959',
        name: 'igroup1',
        uuid: '2c6b1477-f486-11e8-8857-00a098dcc959',
      },
      logical_unit_number: 0,
    },
  ],
  operational_state: 'online',
  os_type: 'linux',
  space: { size: 1073741824 },
};

/** `fileshare_get_collection`. */
const FILE_SHARE_RECORD = {
  assigned_performance_service_level: {
    expected_iops: 75,
    key: '5a474fb4-052f-11ea-b7d6-fa163ec5e1a5',
    name: 'Value',
    peak_iops: 75,
  },
  assigned_storage_efficiency_policy: { key: '5a48b7f6-052f-11ea-b7d6-fa163ec5e1a5', name: 'High' },
  cluster: {
    key: 'cbd1757b-0580-11e8-bd9d-00a098d39a12:type=cluster,uuid=cbd1757b-0580-11e8-bd9d-00a098d39e12',
    name: 'umeng-aff300-01-02',
    uuid: 'cbd1757b-0580-11e8-bd9d-00a098d39e12',
  },
  key: RECORDED.fileShareKey,
  name: 'FileShare_307',
  space: { size: 104857600 },
  svm: {
    key: 'cbd1757b-0580-11e8-bd9d-00a098d39e12:type=vserver,uuid=23f47259-f4d1-11e8-a848-00a098d390f2',
    name: 'svm_cluster1_65aecd',
    uuid: '23f47259-f4d1-11e8-a848-00a098d390f2',
  },
  uuid: 'e2e06009-398e-4f4a-b3b1-6a680293b0b6',
};

const ACCESS_ENDPOINT = {
  data_protocols: ['nfs'],
  gateways: ['10.142.56.12'],
  ip: { address: '10.162.83.26', netmask: '255.255.0.0' },
  key: RECORDED.accessEndpointKey,
  mtu: 15000,
  name: 'aep1',
  svm: {
    key: 'cbd1757b-0580-11e8-bd9d-00a178d39e12:type=vserver,uuid=1d1c3198-fc57-11e8-99ca-00a098d38e12',
    name: 'svm1',
    uuid: '1d1c3198-fc57-11a8-99ca-00a078d39e12',
  },
  uuid: 'd0d32369-0768-11ea-9294-00a078d39e12',
  vlan: 10,
  wwpn: '20:00:00:50:56:a7:bc:a2',
};

interface Collection {
  records: WireRecord[];
  /** The object read alone by key, where it differs from its list record. */
  objects?: Record<string, WireRecord>;
}

function collections(): Record<string, Collection> {
  return {
    '/datacenter/cluster/clusters': { records: [CLUSTER] },
    '/datacenter/svm/svms': { records: [SVM, LUN_SVM] },
    '/storage-provider/performance-service-levels': { records: [PSL, LUN_PSL] },
    '/storage-provider/storage-efficiency-policies': { records: [SEP] },
    '/storage-provider/luns': {
      records: [LUN_RECORD],
      objects: { [RECORDED.lunKey]: LUN_OBJECT },
    },
    '/storage-provider/file-shares': { records: [FILE_SHARE_RECORD] },
    '/storage-provider/access-endpoints': { records: [ACCESS_ENDPOINT] },
  };
}

/** The keys of `key=a|"b,c"`: alternatives split outside quotes, quotes removed. */
function keysOf(filter: string): string[] {
  return (filter.match(/"[^"]*"|[^|]+/g) ?? []).map((part) => part.replace(/^"|"$/g, ''));
}

function json(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json' },
  });
}

export interface RecordedUpstream {
  fetch: typeof fetch;
  /** Every request, as `GET /path?query`, decoded. */
  readonly requests: string[];
  /** Replaces a collection's list records (e.g. with values of the wrong type). */
  setRecords(path: string, records: WireRecord[]): void;
}

/**
 * The recorded AIQUM: each list answers all its records in the list envelope, narrowed only by
 * `key=` (as the loaders send it); one object by key, or 404 with an AIQUM error body.
 */
export function recordedUpstream(): RecordedUpstream {
  const data = collections();
  const requests: string[] = [];
  const handle = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const request = input instanceof Request ? input : new Request(input, init);
    const url = new URL(request.url);
    const path = url.pathname.replace(/^\/api/, '');
    requests.push(`${request.method} ${decodeURIComponent(path)}?${url.searchParams}`);
    const collectionPath = Object.keys(data).find(
      (candidate) => path === candidate || path.startsWith(`${candidate}/`),
    );
    const collection = collectionPath === undefined ? undefined : data[collectionPath];
    if (!collectionPath || !collection) return json({ error: { message: 'no such path' } }, 404);
    if (path === collectionPath) {
      const keyFilter = url.searchParams.get('key');
      const wanted = keyFilter === null ? undefined : new Set(keysOf(keyFilter));
      const records = collection.records.filter((record) => !wanted || wanted.has(record.key));
      return json({
        records,
        num_records: records.length,
        total_records: records.length,
        _links: { self: { href: `/api${collectionPath}` } },
      });
    }
    const key = decodeURIComponent(path.slice(collectionPath.length + 1));
    const object =
      collection.objects?.[key] ?? collection.records.find((record) => record.key === key);
    if (!object) return json({ error: { message: `'${key}' not found`, code: '4' } }, 404);
    return json(object);
  };
  return {
    fetch: handle as typeof fetch,
    requests,
    setRecords(path, records) {
      const collection = data[path];
      if (collection) collection.records = records;
    },
  };
}
