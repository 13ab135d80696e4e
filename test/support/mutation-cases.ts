import { SEEDED_OBJECTS } from '../../src/simulator/inventory-seed.ts';
import type { Simulator } from '../../src/simulator/simulator.ts';
import { graphql } from '../generated/gql.ts';

export const GIB = 1024 ** 3;
export const TEN_GIB = 10 * GIB;
const PSL = SEEDED_OBJECTS.performanceServiceLevels;
/** Longer than any simulated operation job, the backup's 4 x 15 s included. */
export const JOB_RUN_MS = 60_000;

export const CreateLun = graphql(`
  mutation CreateLun($input: CreateLunInput!) {
    createLun(input: $input) { job { key name type state status terminal taskReports { name state } results { name value } } }
  }
`);
export const UpdateLun = graphql(`
  mutation UpdateLun($key: ID!, $input: UpdateLunInput!) {
    updateLun(key: $key, input: $input) { job { key name type state status } }
  }
`);
export const DeleteLun = graphql(`
  mutation DeleteLun($key: ID!) { deleteLun(key: $key) { job { key name type state status } } }
`);
export const CreateFileShare = graphql(`
  mutation CreateFileShare($input: CreateFileShareInput!) {
    createFileShare(input: $input) { job { key name type state status results { name value } } }
  }
`);
export const UpdateFileShare = graphql(`
  mutation UpdateFileShare($key: ID!, $input: UpdateFileShareInput!) {
    updateFileShare(key: $key, input: $input) { job { key name type state status } }
  }
`);
export const DeleteFileShare = graphql(`
  mutation DeleteFileShare($key: ID!) { deleteFileShare(key: $key) { job { key name type state } } }
`);
export const CreateAccessEndpoint = graphql(`
  mutation CreateAccessEndpoint($input: CreateAccessEndpointInput!) {
    createAccessEndpoint(input: $input) { job { key name type state status results { name value } } }
  }
`);
export const UpdateAccessEndpoint = graphql(`
  mutation UpdateAccessEndpoint($key: ID!, $input: UpdateAccessEndpointInput!) {
    updateAccessEndpoint(key: $key, input: $input) { job { key name type state } }
  }
`);
export const DeleteAccessEndpoint = graphql(`
  mutation DeleteAccessEndpoint($key: ID!) { deleteAccessEndpoint(key: $key) { job { key name type state } } }
`);
export const CreateSvm = graphql(`
  mutation CreateSvm($input: CreateSvmInput!) {
    createSvm(input: $input) { job { key name type state status taskReports { name } results { name value } } }
  }
`);
export const UpdateSvm = graphql(`
  mutation UpdateSvm($key: ID!, $input: UpdateSvmInput!) {
    updateSvm(key: $key, input: $input) { job { key name type state } }
  }
`);
export const DeleteSvm = graphql(`
  mutation DeleteSvm($key: ID!, $force: Boolean) { deleteSvm(key: $key, force: $force) { job { key name type state } } }
`);
export const CreateBackup = graphql(`
  mutation CreateBackup { createBackup { job { key name type state status results { name value } } } }
`);

export const JobAfterwards = graphql(`
  query JobAfterwards($key: ID!) {
    job(key: $key) { key state status terminal taskReports { name state status failureReason } results { name value } }
  }
`);

export interface MutationCase {
  /** The mutation field, e.g. `createLun`. */
  field: string;
  document: { toString(): string };
  variables: Record<string, unknown>;
  /** What AIQUM must receive: method, percent-encoded path, query and JSON body. */
  request: { method: string; path: string; query?: string; body: unknown };
  /** job_results names the completed job reports. */
  resultNames: string[];
  /** The key argument, for mutations that have one. */
  keyed: boolean;
}

const encoded = (key: string) => encodeURIComponent(key);

export const MUTATION_CASES: MutationCase[] = [
  {
    field: 'createLun',
    document: CreateLun,
    variables: {
      input: {
        name: 'lun_app_01',
        space: { size: TEN_GIB },
        osType: 'LINUX',
        performanceServiceLevel: { key: PSL.value },
        svm: { key: SEEDED_OBJECTS.svm },
      },
    },
    request: {
      method: 'POST',
      path: '/api/storage-provider/luns',
      body: {
        name: 'lun_app_01',
        space: { size: 10737418240 },
        os_type: 'linux',
        performance_service_level: { key: PSL.value },
        svm: { key: SEEDED_OBJECTS.svm },
      },
    },
    resultNames: ['lunKey'],
    keyed: false,
  },
  {
    field: 'updateLun',
    document: UpdateLun,
    variables: { key: SEEDED_OBJECTS.lun, input: { space: { size: 2 * GIB } } },
    request: {
      method: 'PATCH',
      path: `/api/storage-provider/luns/${encoded(SEEDED_OBJECTS.lun)}`,
      body: { space: { size: 2 * GIB } },
    },
    resultNames: [],
    keyed: true,
  },
  {
    field: 'deleteLun',
    document: DeleteLun,
    variables: { key: SEEDED_OBJECTS.lun },
    request: {
      method: 'DELETE',
      path: `/api/storage-provider/luns/${encoded(SEEDED_OBJECTS.lun)}`,
      body: undefined,
    },
    resultNames: [],
    keyed: true,
  },
  {
    field: 'createFileShare',
    document: CreateFileShare,
    variables: {
      input: {
        name: 'fs_projects',
        space: { size: TEN_GIB },
        performanceServiceLevel: { key: PSL.performance },
        svm: { key: SEEDED_OBJECTS.svm },
        mountpoint: '/projects',
        type: 'RW',
        accessControl: {
          exportPolicy: {
            nameTag: 'projects',
            rules: [
              {
                clients: [{ match: '0.0.0.0/0' }],
                index: 0,
                protocols: ['NFS3'],
                roRule: ['ANY'],
                rwRule: ['SYS'],
              },
            ],
          },
        },
      },
    },
    request: {
      method: 'POST',
      path: '/api/storage-provider/file-shares',
      body: {
        name: 'fs_projects',
        space: { size: 10737418240 },
        performance_service_level: { key: PSL.performance },
        svm: { key: SEEDED_OBJECTS.svm },
        mountpoint: '/projects',
        type: 'rw',
        access_control: {
          export_policy: {
            name_tag: 'projects',
            rules: [
              {
                clients: [{ match: '0.0.0.0/0' }],
                index: 0,
                protocols: ['nfs3'],
                ro_rule: ['any'],
                rw_rule: ['sys'],
              },
            ],
          },
        },
      },
    },
    resultNames: ['fileshareKey'],
    keyed: false,
  },
  {
    field: 'updateFileShare',
    document: UpdateFileShare,
    variables: { key: SEEDED_OBJECTS.fileShare, input: { operationalState: 'OFFLINE' } },
    request: {
      method: 'PATCH',
      path: `/api/storage-provider/file-shares/${encoded(SEEDED_OBJECTS.fileShare)}`,
      body: { operational_state: 'offline' },
    },
    resultNames: [],
    keyed: true,
  },
  {
    field: 'deleteFileShare',
    document: DeleteFileShare,
    variables: { key: SEEDED_OBJECTS.fileShare },
    request: {
      method: 'DELETE',
      path: `/api/storage-provider/file-shares/${encoded(SEEDED_OBJECTS.fileShare)}`,
      body: undefined,
    },
    resultNames: [],
    keyed: true,
  },
  {
    field: 'createAccessEndpoint',
    document: CreateAccessEndpoint,
    variables: {
      input: {
        dataProtocols: ['NFS', 'CIFS'],
        ip: { address: '10.162.83.27', netmask: '255.255.0.0' },
        svm: { key: SEEDED_OBJECTS.svm },
        gateway: '10.162.0.1',
        name: 'lif_nas_02',
      },
    },
    request: {
      method: 'POST',
      path: '/api/storage-provider/access-endpoints',
      body: {
        data_protocols: ['nfs', 'cifs'],
        ip: { address: '10.162.83.27', netmask: '255.255.0.0' },
        svm: { key: SEEDED_OBJECTS.svm },
        gateway: '10.162.0.1',
        name: 'lif_nas_02',
      },
    },
    resultNames: ['accessEndpointKey'],
    keyed: false,
  },
  {
    field: 'updateAccessEndpoint',
    document: UpdateAccessEndpoint,
    variables: { key: SEEDED_OBJECTS.accessEndpoint, input: { gateway: '10.162.0.254' } },
    request: {
      method: 'PATCH',
      path: `/api/storage-provider/access-endpoints/${encoded(SEEDED_OBJECTS.accessEndpoint)}`,
      body: { gateway: '10.162.0.254' },
    },
    resultNames: [],
    keyed: true,
  },
  {
    field: 'deleteAccessEndpoint',
    document: DeleteAccessEndpoint,
    variables: { key: SEEDED_OBJECTS.accessEndpoint },
    request: {
      method: 'DELETE',
      path: `/api/storage-provider/access-endpoints/${encoded(SEEDED_OBJECTS.accessEndpoint)}`,
      body: undefined,
    },
    resultNames: [],
    keyed: true,
  },
  {
    field: 'createSvm',
    document: CreateSvm,
    variables: {
      input: {
        name: 'svm_analytics',
        cluster: { key: SEEDED_OBJECTS.cluster },
        language: 'C_UTF_8',
        ipspace: { name: 'Default' },
        nfs: { enabled: true },
      },
    },
    request: {
      method: 'POST',
      path: '/api/datacenter/svm/svms',
      body: {
        name: 'svm_analytics',
        cluster: { key: SEEDED_OBJECTS.cluster },
        language: 'c.utf_8',
        ipspace: { name: 'Default' },
        nfs: { enabled: true },
      },
    },
    resultNames: ['svmKey'],
    keyed: false,
  },
  {
    field: 'updateSvm',
    document: UpdateSvm,
    variables: { key: SEEDED_OBJECTS.svm, input: { state: 'STOPPED' } },
    request: {
      method: 'PATCH',
      path: `/api/datacenter/svm/svms/${encoded(SEEDED_OBJECTS.svm)}`,
      body: { state: 'stopped' },
    },
    resultNames: [],
    keyed: true,
  },
  {
    field: 'deleteSvm',
    document: DeleteSvm,
    variables: { key: SEEDED_OBJECTS.emptySvm },
    request: {
      method: 'DELETE',
      path: `/api/datacenter/svm/svms/${encoded(SEEDED_OBJECTS.emptySvm)}`,
      query: 'force=false',
      body: undefined,
    },
    resultNames: [],
    keyed: true,
  },
  {
    field: 'createBackup',
    document: CreateBackup,
    variables: {},
    request: { method: 'POST', path: '/api/admin/backup', body: undefined },
    resultNames: ['backupFile'],
    keyed: false,
  },
];

/** The writes (not GETs) the simulator received, oldest first. */
export function writesOf(simulator: Simulator) {
  return simulator.requests.filter((request) => request.method !== 'GET');
}
