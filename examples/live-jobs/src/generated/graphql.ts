/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** A new LUN (POST /storage-provider/luns, body `slo_lun`), provisioned with a performance service level. Give svm or volume. */
export type CreateLunInput = {
  /** The aggregate for a new volume (`aggregate.key`); AIQUM picks one when absent. */
  aggregate?: KeyReferenceInput | null | undefined;
  /** The initiator groups to map it to (`lun_maps`); unmapped when absent. */
  lunMaps?: Array<LunMapInput> | null | undefined;
  /** The LUN's name (`name`); unique among LUNs, or AIQUM answers 409. */
  name: string;
  /** The platform of the hosts that will use it (`os_type`). */
  osType: LunOsType;
  /** The performance service level to provision it with (`performance_service_level.key`). */
  performanceServiceLevel: KeyReferenceInput;
  /** Its size (`space`). */
  space: SpaceInput;
  /** The storage efficiency policy to apply (`storage_efficiency_policy.key`). */
  storageEfficiencyPolicy?: KeyReferenceInput | null | undefined;
  /** The SVM to hold it (`svm.key`); AIQUM picks or creates a volume there. */
  svm?: KeyReferenceInput | null | undefined;
  /** The volume to hold it: an existing one, or a name tag for a new one (`volume`). */
  volume?: LunVolumeInput | null | undefined;
};

/** Which jobs to list: every field given must match (AIQUM list filters). name and type take AIQUM patterns: `*` as a wildcard (`Create*`), or `a|b` for either. */
export type JobFilter = {
  /** Any of these jobs, by key (upstream `key=a|b`); 1 to 40 keys. */
  keys?: Array<string> | null | undefined;
  /** The name of the job (`name`), a pattern, e.g. `Create*`. */
  name?: string | null | undefined;
  /** Jobs spawned by the job with this key (`parent_job_key`). */
  parentJobKey?: string | null | undefined;
  /** Any of these states (`state=running|completed`). UNKNOWN is refused. */
  state?: Array<JobState> | null | undefined;
  /** Any of these statuses (`status`). */
  status?: Array<JobStatus> | null | undefined;
  /** Submitted at or after this instant (upstream `submit_time`). */
  submittedAfter?: string | null | undefined;
  /** Submitted at or before this instant (upstream `submit_time`). */
  submittedBefore?: string | null | undefined;
  /** The type of the job (`type`), a pattern, e.g. `provision_*`. */
  type?: string | null | undefined;
};

/** One ordering term (AIQUM `order_by=field direction`); later terms break ties. */
export type JobOrder = {
  /** Which way; ascending unless said. */
  direction?: OrderDirection;
  /** The field to order by. */
  field: JobOrderField;
};

/** A field jobs can be ordered by: the AIQUM field sent in `order_by`. */
export type JobOrderField =
  /** When the job ended (`complete_time`). */
  | 'COMPLETE_TIME'
  /** The key of the job (`key`). */
  | 'KEY'
  /** The name of the job (`name`). */
  | 'NAME'
  /** The state of the job (`state`). */
  | 'STATE'
  /** The status of the job (`status`). */
  | 'STATUS'
  /** When AIQUM accepted the job (`submit_time`). */
  | 'SUBMIT_TIME'
  /** The type of the job (`type`). */
  | 'TYPE';

/** Where a job (or one of its tasks) is in its lifecycle: AIQUM `state`, upper-cased. COMPLETED and ABORTED are terminal: the job will not change any more. */
export type JobState =
  /** The work was stopped before it ended (AIQUM `aborted`). Terminal. */
  | 'ABORTED'
  /** The work ended (AIQUM `completed`); `status` says how. Terminal. */
  | 'COMPLETED'
  /** The work goes on (AIQUM `running`). */
  | 'RUNNING'
  /** A state AIQUM reports that the gateway does not know (AIQUM may add states); not terminal. */
  | 'UNKNOWN';

/** How a job (or one of its tasks) is doing or ended: AIQUM `status`, upper-cased. Read it once the job is terminal; a status AIQUM adds later is answered as null. */
export type JobStatus =
  /** The job failed (AIQUM `error`); the failed task carries a failureReason. */
  | 'ERROR'
  /** Success (AIQUM `normal`). AIQUM also reports it while a job runs. */
  | 'NORMAL'
  /** Some of the work failed (AIQUM `partial_failures`); the failed tasks carry a failureReason. */
  | 'PARTIAL_FAILURES'
  /** Success with warnings (AIQUM `warning`); see the task reports. */
  | 'WARNING';

/** A reference to an AIQUM object by its key (upstream `{"key": ...}`). */
export type KeyReferenceInput = {
  /** The object's AIQUM key, or its id as the gateway answers it (`Svm:...`); AIQUM receives the key (upstream `key`). */
  key: string;
};

/** A mapping of the LUN to an initiator group (upstream `lun_maps[]`). */
export type LunMapInput = {
  /** The initiator group (igroup) whose hosts may use the LUN (`igroup.key`). */
  igroup: KeyReferenceInput;
  /** The LUN ID. */
  logicalUnitNumber?: number | null | undefined;
};

/** The platform of the hosts that use a LUN (upstream `os_type`): it sets the LUN's layout. */
export type LunOsType =
  /** IBM AIX. Sent to AIQUM as `aix`. */
  | 'AIX'
  /** HP-UX. Sent to AIQUM as `hpux`. */
  | 'HPUX'
  /** Microsoft Hyper-V virtual hard disks. Sent to AIQUM as `hyper_v`. */
  | 'HYPER_V'
  /** Linux. Sent to AIQUM as `linux`. */
  | 'LINUX'
  /** Novell NetWare. Sent to AIQUM as `netware`. */
  | 'NETWARE'
  /** OpenVMS. Sent to AIQUM as `openvms`. */
  | 'OPENVMS'
  /** Solaris with an SMI label. Sent to AIQUM as `solaris`. */
  | 'SOLARIS'
  /** Solaris with an EFI label. Sent to AIQUM as `solaris_efi`. */
  | 'SOLARIS_EFI'
  /** VMware ESX datastores. Sent to AIQUM as `vmware`. */
  | 'VMWARE'
  /** Windows with an MBR partition. Sent to AIQUM as `windows`. */
  | 'WINDOWS'
  /** Windows Server 2008 and later. Sent to AIQUM as `windows_2008`. */
  | 'WINDOWS_2008'
  /** Windows with a GPT partition. Sent to AIQUM as `windows_gpt`. */
  | 'WINDOWS_GPT'
  /** Xen. Sent to AIQUM as `xen`. */
  | 'XEN';

/** The volume to hold the LUN: an existing one by key, or a tag naming a new one. */
export type LunVolumeInput = {
  /** An existing volume (not a file share); svm and aggregate are then ignored. */
  key?: string | null | undefined;
  /** Derives a new volume's name: 'tag' makes 'NSLM_tag'. */
  nameTag?: string | null | undefined;
};

/** Which way to order: AIQUM `asc` or `desc`. */
export type OrderDirection =
  /** Smallest, earliest or first in the alphabet first (`asc`). */
  | 'ASC'
  /** Largest, latest or last in the alphabet first (`desc`). */
  | 'DESC';

/** Storage space (upstream `space`). */
export type SpaceInput = {
  /** Provisioned size in bytes. */
  size: string;
};

export type JobFieldsFragment = { key: string, name: string | null, type: string | null, state: JobState, status: JobStatus | null, terminal: boolean, submitTime: string | null, completeTime: string | null, parentJobKey: string | null, taskReports: Array<{ key: string | null, name: string | null, state: JobState, status: JobStatus | null, startTime: string | null, completeTime: string | null, failureReason: string | null }>, createdObject:
    | { __typename: 'AccessEndpoint', name: string | null, id: string, svm: { name: string | null } | null }
    | { __typename: 'Cluster', id: string }
    | { __typename: 'FileShare', name: string | null, id: string, svm: { name: string | null } | null }
    | { __typename: 'Job', id: string }
    | { __typename: 'Lun', name: string | null, id: string, svm: { name: string | null } | null }
    | { __typename: 'PerformanceServiceLevel', id: string }
    | { __typename: 'StorageEfficiencyPolicy', id: string }
    | { __typename: 'Svm', name: string | null, id: string }
   | null };

export type JobsQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
  filter?: JobFilter | null | undefined;
  orderBy?: Array<JobOrder> | JobOrder | null | undefined;
}>;


export type JobsQuery = { jobs: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ key: string, name: string | null, type: string | null, state: JobState, status: JobStatus | null, terminal: boolean, submitTime: string | null, completeTime: string | null, parentJobKey: string | null, taskReports: Array<{ key: string | null, name: string | null, state: JobState, status: JobStatus | null, startTime: string | null, completeTime: string | null, failureReason: string | null }>, createdObject:
        | { __typename: 'AccessEndpoint', name: string | null, id: string, svm: { name: string | null } | null }
        | { __typename: 'Cluster', id: string }
        | { __typename: 'FileShare', name: string | null, id: string, svm: { name: string | null } | null }
        | { __typename: 'Job', id: string }
        | { __typename: 'Lun', name: string | null, id: string, svm: { name: string | null } | null }
        | { __typename: 'PerformanceServiceLevel', id: string }
        | { __typename: 'StorageEfficiencyPolicy', id: string }
        | { __typename: 'Svm', name: string | null, id: string }
       | null }> } };

export type JobDetailQueryVariables = Exact<{
  key: string;
}>;


export type JobDetailQuery = { job: { key: string, name: string | null, type: string | null, state: JobState, status: JobStatus | null, terminal: boolean, submitTime: string | null, completeTime: string | null, parentJobKey: string | null, results: Array<{ name: string, value: string | null }>, parentJob: { key: string, name: string | null, state: JobState, status: JobStatus | null } | null, spawnedJobSummary: { totalJobs: number | null, runningJobs: number | null, completedJobs: number | null, successfulJobs: number | null, failedJobs: number | null, abortedJobs: number | null } | null, taskReports: Array<{ key: string | null, name: string | null, description: string | null, state: JobState, status: JobStatus | null, startTime: string | null, completeTime: string | null, failureReason: string | null }>, createdObject:
      | { __typename: 'AccessEndpoint', name: string | null, id: string, svm: { name: string | null } | null }
      | { __typename: 'Cluster', id: string }
      | { __typename: 'FileShare', name: string | null, id: string, svm: { name: string | null } | null }
      | { __typename: 'Job', id: string }
      | { __typename: 'Lun', name: string | null, id: string, svm: { name: string | null } | null }
      | { __typename: 'PerformanceServiceLevel', id: string }
      | { __typename: 'StorageEfficiencyPolicy', id: string }
      | { __typename: 'Svm', name: string | null, id: string }
     | null } | null, spawnedJobs: { totalCount: number, nodes: Array<{ key: string, name: string | null, state: JobState, status: JobStatus | null }> } };

export type LunFormChoicesQueryVariables = Exact<{ [key: string]: never; }>;


export type LunFormChoicesQuery = { svms: { nodes: Array<{ key: string, name: string | null, cluster: { name: string | null } | null }> }, performanceServiceLevels: { nodes: Array<{ key: string, name: string | null, expectedIopsPerTb: number | null }> } };

export type LunNamesQueryVariables = Exact<{
  name: string;
  first: number;
}>;


export type LunNamesQuery = { luns: { totalCount: number, nodes: Array<{ name: string | null }> } };

export type StartBackupMutationVariables = Exact<{ [key: string]: never; }>;


export type StartBackupMutation = { createBackup: { job: { key: string, name: string | null, type: string | null, state: JobState, status: JobStatus | null, terminal: boolean, submitTime: string | null, completeTime: string | null, parentJobKey: string | null, taskReports: Array<{ key: string | null, name: string | null, state: JobState, status: JobStatus | null, startTime: string | null, completeTime: string | null, failureReason: string | null }>, createdObject:
        | { __typename: 'AccessEndpoint', name: string | null, id: string, svm: { name: string | null } | null }
        | { __typename: 'Cluster', id: string }
        | { __typename: 'FileShare', name: string | null, id: string, svm: { name: string | null } | null }
        | { __typename: 'Job', id: string }
        | { __typename: 'Lun', name: string | null, id: string, svm: { name: string | null } | null }
        | { __typename: 'PerformanceServiceLevel', id: string }
        | { __typename: 'StorageEfficiencyPolicy', id: string }
        | { __typename: 'Svm', name: string | null, id: string }
       | null } } };

export type StartLunCreationMutationVariables = Exact<{
  input: CreateLunInput;
}>;


export type StartLunCreationMutation = { createLun: { job: { key: string, name: string | null, type: string | null, state: JobState, status: JobStatus | null, terminal: boolean, submitTime: string | null, completeTime: string | null, parentJobKey: string | null, taskReports: Array<{ key: string | null, name: string | null, state: JobState, status: JobStatus | null, startTime: string | null, completeTime: string | null, failureReason: string | null }>, createdObject:
        | { __typename: 'AccessEndpoint', name: string | null, id: string, svm: { name: string | null } | null }
        | { __typename: 'Cluster', id: string }
        | { __typename: 'FileShare', name: string | null, id: string, svm: { name: string | null } | null }
        | { __typename: 'Job', id: string }
        | { __typename: 'Lun', name: string | null, id: string, svm: { name: string | null } | null }
        | { __typename: 'PerformanceServiceLevel', id: string }
        | { __typename: 'StorageEfficiencyPolicy', id: string }
        | { __typename: 'Svm', name: string | null, id: string }
       | null } } };

export type JobsUpdatedSubscriptionVariables = Exact<{
  filter?: JobFilter | null | undefined;
}>;


export type JobsUpdatedSubscription = { jobsUpdated: { key: string, name: string | null, type: string | null, state: JobState, status: JobStatus | null, terminal: boolean, submitTime: string | null, completeTime: string | null, parentJobKey: string | null, taskReports: Array<{ key: string | null, name: string | null, state: JobState, status: JobStatus | null, startTime: string | null, completeTime: string | null, failureReason: string | null }>, createdObject:
      | { __typename: 'AccessEndpoint', name: string | null, id: string, svm: { name: string | null } | null }
      | { __typename: 'Cluster', id: string }
      | { __typename: 'FileShare', name: string | null, id: string, svm: { name: string | null } | null }
      | { __typename: 'Job', id: string }
      | { __typename: 'Lun', name: string | null, id: string, svm: { name: string | null } | null }
      | { __typename: 'PerformanceServiceLevel', id: string }
      | { __typename: 'StorageEfficiencyPolicy', id: string }
      | { __typename: 'Svm', name: string | null, id: string }
     | null } };

export type FollowJobSubscriptionVariables = Exact<{
  key: string;
}>;


export type FollowJobSubscription = { jobUpdated: { key: string, name: string | null, type: string | null, state: JobState, status: JobStatus | null, terminal: boolean, submitTime: string | null, completeTime: string | null, parentJobKey: string | null, taskReports: Array<{ key: string | null, name: string | null, state: JobState, status: JobStatus | null, startTime: string | null, completeTime: string | null, failureReason: string | null }>, createdObject:
      | { __typename: 'AccessEndpoint', name: string | null, id: string, svm: { name: string | null } | null }
      | { __typename: 'Cluster', id: string }
      | { __typename: 'FileShare', name: string | null, id: string, svm: { name: string | null } | null }
      | { __typename: 'Job', id: string }
      | { __typename: 'Lun', name: string | null, id: string, svm: { name: string | null } | null }
      | { __typename: 'PerformanceServiceLevel', id: string }
      | { __typename: 'StorageEfficiencyPolicy', id: string }
      | { __typename: 'Svm', name: string | null, id: string }
     | null } };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const JobFieldsFragmentDoc = new TypedDocumentString(`
    fragment JobFields on Job {
  key
  name
  type
  state
  status
  terminal
  submitTime
  completeTime
  parentJobKey
  taskReports {
    key
    name
    state
    status
    startTime
    completeTime
    failureReason
  }
  createdObject {
    __typename
    id
    ... on Lun {
      name
      svm {
        name
      }
    }
    ... on FileShare {
      name
      svm {
        name
      }
    }
    ... on AccessEndpoint {
      name
      svm {
        name
      }
    }
    ... on Svm {
      name
    }
  }
}
    `, {"fragmentName":"JobFields"}) as unknown as TypedDocumentString<JobFieldsFragment, unknown>;
export const JobsDocument = new TypedDocumentString(`
    query Jobs($first: Int!, $after: String, $filter: JobFilter, $orderBy: [JobOrder!]) {
  jobs(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    nodes {
      ...JobFields
    }
  }
}
    fragment JobFields on Job {
  key
  name
  type
  state
  status
  terminal
  submitTime
  completeTime
  parentJobKey
  taskReports {
    key
    name
    state
    status
    startTime
    completeTime
    failureReason
  }
  createdObject {
    __typename
    id
    ... on Lun {
      name
      svm {
        name
      }
    }
    ... on FileShare {
      name
      svm {
        name
      }
    }
    ... on AccessEndpoint {
      name
      svm {
        name
      }
    }
    ... on Svm {
      name
    }
  }
}`, {"hash":"sha256:1ff2734707d67b6d6832388b571d28d5d206a2ed5ce6c1160be2275152490906"}) as unknown as TypedDocumentString<JobsQuery, JobsQueryVariables>;
export const JobDetailDocument = new TypedDocumentString(`
    query JobDetail($key: ID!) {
  job(key: $key) {
    ...JobFields
    results {
      name
      value
    }
    parentJob {
      key
      name
      state
      status
    }
    spawnedJobSummary {
      totalJobs
      runningJobs
      completedJobs
      successfulJobs
      failedJobs
      abortedJobs
    }
    taskReports {
      key
      name
      description
      state
      status
      startTime
      completeTime
      failureReason
    }
  }
  spawnedJobs: jobs(
    first: 50
    filter: {parentJobKey: $key}
    orderBy: [{field: SUBMIT_TIME, direction: ASC}]
  ) {
    totalCount
    nodes {
      key
      name
      state
      status
    }
  }
}
    fragment JobFields on Job {
  key
  name
  type
  state
  status
  terminal
  submitTime
  completeTime
  parentJobKey
  taskReports {
    key
    name
    state
    status
    startTime
    completeTime
    failureReason
  }
  createdObject {
    __typename
    id
    ... on Lun {
      name
      svm {
        name
      }
    }
    ... on FileShare {
      name
      svm {
        name
      }
    }
    ... on AccessEndpoint {
      name
      svm {
        name
      }
    }
    ... on Svm {
      name
    }
  }
}`, {"hash":"sha256:f05df81decca51bc1d2ee97c9f22d66089d9c50d40bc49b27f1905bd49bb2a00"}) as unknown as TypedDocumentString<JobDetailQuery, JobDetailQueryVariables>;
export const LunFormChoicesDocument = new TypedDocumentString(`
    query LunFormChoices {
  svms(first: 100, filter: {state: [RUNNING]}) {
    nodes {
      key
      name
      cluster {
        name
      }
    }
  }
  performanceServiceLevels(first: 50) {
    nodes {
      key
      name
      expectedIopsPerTb
    }
  }
}
    `, {"hash":"sha256:ddfe9c2314789d22eaf5a1da59ce880197ccb2886d10ce17c6bc21af4a0947d2"}) as unknown as TypedDocumentString<LunFormChoicesQuery, LunFormChoicesQueryVariables>;
export const LunNamesDocument = new TypedDocumentString(`
    query LunNames($name: String!, $first: Int!) {
  luns(first: $first, filter: {name: $name}) {
    totalCount
    nodes {
      name
    }
  }
}
    `, {"hash":"sha256:05ca9f9fc55c250b5be39b3467c2d02a17aacd4f2797b46332511fba94b8e2a2"}) as unknown as TypedDocumentString<LunNamesQuery, LunNamesQueryVariables>;
export const StartBackupDocument = new TypedDocumentString(`
    mutation StartBackup {
  createBackup {
    job {
      ...JobFields
    }
  }
}
    fragment JobFields on Job {
  key
  name
  type
  state
  status
  terminal
  submitTime
  completeTime
  parentJobKey
  taskReports {
    key
    name
    state
    status
    startTime
    completeTime
    failureReason
  }
  createdObject {
    __typename
    id
    ... on Lun {
      name
      svm {
        name
      }
    }
    ... on FileShare {
      name
      svm {
        name
      }
    }
    ... on AccessEndpoint {
      name
      svm {
        name
      }
    }
    ... on Svm {
      name
    }
  }
}`, {"hash":"sha256:1281c0a2bc59220f3536ac9bbceaba06285f2e2ea93d1a508584423fb286f0d5"}) as unknown as TypedDocumentString<StartBackupMutation, StartBackupMutationVariables>;
export const StartLunCreationDocument = new TypedDocumentString(`
    mutation StartLunCreation($input: CreateLunInput!) {
  createLun(input: $input) {
    job {
      ...JobFields
    }
  }
}
    fragment JobFields on Job {
  key
  name
  type
  state
  status
  terminal
  submitTime
  completeTime
  parentJobKey
  taskReports {
    key
    name
    state
    status
    startTime
    completeTime
    failureReason
  }
  createdObject {
    __typename
    id
    ... on Lun {
      name
      svm {
        name
      }
    }
    ... on FileShare {
      name
      svm {
        name
      }
    }
    ... on AccessEndpoint {
      name
      svm {
        name
      }
    }
    ... on Svm {
      name
    }
  }
}`, {"hash":"sha256:cf6ffbd22432a377a1809282b36abe3bd7767de8204058503de6f280ea7d4f56"}) as unknown as TypedDocumentString<StartLunCreationMutation, StartLunCreationMutationVariables>;
export const JobsUpdatedDocument = new TypedDocumentString(`
    subscription JobsUpdated($filter: JobFilter) {
  jobsUpdated(filter: $filter) {
    ...JobFields
  }
}
    fragment JobFields on Job {
  key
  name
  type
  state
  status
  terminal
  submitTime
  completeTime
  parentJobKey
  taskReports {
    key
    name
    state
    status
    startTime
    completeTime
    failureReason
  }
  createdObject {
    __typename
    id
    ... on Lun {
      name
      svm {
        name
      }
    }
    ... on FileShare {
      name
      svm {
        name
      }
    }
    ... on AccessEndpoint {
      name
      svm {
        name
      }
    }
    ... on Svm {
      name
    }
  }
}`, {"hash":"sha256:73902dd8d6677b323be9664f569858513e3be5d9044e7e92861012aecdc60fa9"}) as unknown as TypedDocumentString<JobsUpdatedSubscription, JobsUpdatedSubscriptionVariables>;
export const FollowJobDocument = new TypedDocumentString(`
    subscription FollowJob($key: ID!) {
  jobUpdated(key: $key) {
    ...JobFields
  }
}
    fragment JobFields on Job {
  key
  name
  type
  state
  status
  terminal
  submitTime
  completeTime
  parentJobKey
  taskReports {
    key
    name
    state
    status
    startTime
    completeTime
    failureReason
  }
  createdObject {
    __typename
    id
    ... on Lun {
      name
      svm {
        name
      }
    }
    ... on FileShare {
      name
      svm {
        name
      }
    }
    ... on AccessEndpoint {
      name
      svm {
        name
      }
    }
    ... on Svm {
      name
    }
  }
}`, {"hash":"sha256:3289739f3732e521706af9149cbfe799c50d96164d46e8683ee65a0066609e8f"}) as unknown as TypedDocumentString<FollowJobSubscription, FollowJobSubscriptionVariables>;