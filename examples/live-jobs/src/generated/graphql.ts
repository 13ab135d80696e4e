/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** POST /storage-provider/luns. Give svm or volume. */
export type CreateLunInput = {
  aggregate?: KeyReferenceInput | null | undefined;
  lunMaps?: Array<LunMapInput> | null | undefined;
  name: string;
  osType: LunOsType;
  performanceServiceLevel: KeyReferenceInput;
  space: SpaceInput;
  storageEfficiencyPolicy?: KeyReferenceInput | null | undefined;
  svm?: KeyReferenceInput | null | undefined;
  volume?: LunVolumeInput | null | undefined;
};

/** Every field given must match. name and type take AIQUM patterns: * or a|b. */
export type JobFilter = {
  /** Any of these jobs, by key (upstream `key=a|b`); 1 to 40 keys. */
  keys?: Array<string> | null | undefined;
  name?: string | null | undefined;
  parentJobKey?: string | null | undefined;
  /** Any of these states. */
  state?: Array<JobState> | null | undefined;
  /** Any of these statuses. */
  status?: Array<JobStatus> | null | undefined;
  /** Submitted at or after this instant (upstream `submit_time`). */
  submittedAfter?: string | null | undefined;
  /** Submitted at or before this instant (upstream `submit_time`). */
  submittedBefore?: string | null | undefined;
  type?: string | null | undefined;
};

export type JobOrder = {
  direction?: OrderDirection;
  field: JobOrderField;
};

export type JobOrderField =
  | 'COMPLETE_TIME'
  | 'KEY'
  | 'NAME'
  | 'STATE'
  | 'STATUS'
  | 'SUBMIT_TIME'
  | 'TYPE';

/** Lifecycle of a job. UNKNOWN stands for a state upstream added later. */
export type JobState =
  | 'ABORTED'
  | 'COMPLETED'
  | 'RUNNING'
  | 'UNKNOWN';

/** Outcome of a job: NORMAL success, WARNING success with warnings. */
export type JobStatus =
  | 'ERROR'
  | 'NORMAL'
  | 'PARTIAL_FAILURES'
  | 'WARNING';

/** A reference to an AIQUM object by its key (upstream `{"key": ...}`). */
export type KeyReferenceInput = {
  key: string;
};

/** A mapping of the LUN to an initiator group (upstream `lun_maps[]`). */
export type LunMapInput = {
  igroup: KeyReferenceInput;
  /** The LUN ID. */
  logicalUnitNumber?: number | null | undefined;
};

/** The platform that can use a LUN (upstream `os_type`). */
export type LunOsType =
  /** `aix` */
  | 'AIX'
  /** `hpux` */
  | 'HPUX'
  /** `hyper_v` */
  | 'HYPER_V'
  /** `linux` */
  | 'LINUX'
  /** `netware` */
  | 'NETWARE'
  /** `openvms` */
  | 'OPENVMS'
  /** `solaris` */
  | 'SOLARIS'
  /** `solaris_efi` */
  | 'SOLARIS_EFI'
  /** `vmware` */
  | 'VMWARE'
  /** `windows` */
  | 'WINDOWS'
  /** `windows_2008` */
  | 'WINDOWS_2008'
  /** `windows_gpt` */
  | 'WINDOWS_GPT'
  /** `xen` */
  | 'XEN';

/** The volume to hold the LUN: an existing one by key, or a tag naming a new one. */
export type LunVolumeInput = {
  /** An existing volume (not a file share); svm and aggregate are then ignored. */
  key?: string | null | undefined;
  /** Derives a new volume's name: 'tag' makes 'NSLM_tag'. */
  nameTag?: string | null | undefined;
};

export type OrderDirection =
  | 'ASC'
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