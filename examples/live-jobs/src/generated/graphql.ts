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

export type JobFieldsFragment = { key: string, name: string | null, type: string | null, state: JobState, status: JobStatus | null, terminal: boolean, submitTime: string | null, completeTime: string | null, parentJobKey: string | null, taskReports: Array<{ key: string | null, name: string | null, state: JobState, status: JobStatus | null, startTime: string | null, completeTime: string | null, failureReason: string | null }> };

export type JobsQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
  filter?: JobFilter | null | undefined;
  orderBy?: Array<JobOrder> | JobOrder | null | undefined;
}>;


export type JobsQuery = { jobs: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ key: string, name: string | null, type: string | null, state: JobState, status: JobStatus | null, terminal: boolean, submitTime: string | null, completeTime: string | null, parentJobKey: string | null, taskReports: Array<{ key: string | null, name: string | null, state: JobState, status: JobStatus | null, startTime: string | null, completeTime: string | null, failureReason: string | null }> }> } };

export type JobDetailQueryVariables = Exact<{
  key: string;
}>;


export type JobDetailQuery = { job: { key: string, name: string | null, type: string | null, state: JobState, status: JobStatus | null, terminal: boolean, submitTime: string | null, completeTime: string | null, parentJobKey: string | null, results: Array<{ name: string, value: string | null }>, parentJob: { key: string, name: string | null, state: JobState, status: JobStatus | null } | null, spawnedJobSummary: { totalJobs: number | null, runningJobs: number | null, completedJobs: number | null, successfulJobs: number | null, failedJobs: number | null, abortedJobs: number | null } | null, taskReports: Array<{ key: string | null, name: string | null, description: string | null, state: JobState, status: JobStatus | null, startTime: string | null, completeTime: string | null, failureReason: string | null }> } | null, spawnedJobs: { totalCount: number, nodes: Array<{ key: string, name: string | null, state: JobState, status: JobStatus | null }> } };

export type StartBackupMutationVariables = Exact<{ [key: string]: never; }>;


export type StartBackupMutation = { createBackup: { job: { key: string, name: string | null, type: string | null, state: JobState, status: JobStatus | null, terminal: boolean, submitTime: string | null, completeTime: string | null, parentJobKey: string | null, taskReports: Array<{ key: string | null, name: string | null, state: JobState, status: JobStatus | null, startTime: string | null, completeTime: string | null, failureReason: string | null }> } } };

export type StartLunCreationMutationVariables = Exact<{
  input: CreateLunInput;
}>;


export type StartLunCreationMutation = { createLun: { job: { key: string, name: string | null, type: string | null, state: JobState, status: JobStatus | null, terminal: boolean, submitTime: string | null, completeTime: string | null, parentJobKey: string | null, taskReports: Array<{ key: string | null, name: string | null, state: JobState, status: JobStatus | null, startTime: string | null, completeTime: string | null, failureReason: string | null }> } } };

export type FollowJobSubscriptionVariables = Exact<{
  key: string;
}>;


export type FollowJobSubscription = { jobUpdated: { key: string, name: string | null, type: string | null, state: JobState, status: JobStatus | null, terminal: boolean, submitTime: string | null, completeTime: string | null, parentJobKey: string | null, taskReports: Array<{ key: string | null, name: string | null, state: JobState, status: JobStatus | null, startTime: string | null, completeTime: string | null, failureReason: string | null }> } };

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
}`, {"hash":"sha256:d287ab511bfc18883a6caf72815892cb86cc6958dfb37220a11f832a4f90cf8c"}) as unknown as TypedDocumentString<JobsQuery, JobsQueryVariables>;
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
}`, {"hash":"sha256:111aaa34149a47a01046d50d28f2dd7a77eb13b1e7cf72c2664db232211991e2"}) as unknown as TypedDocumentString<JobDetailQuery, JobDetailQueryVariables>;
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
}`, {"hash":"sha256:948fe275289c330f7506f0e848b9125c765a795826c269a94aec86d5e9a3ea2c"}) as unknown as TypedDocumentString<StartBackupMutation, StartBackupMutationVariables>;
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
}`, {"hash":"sha256:19ddad751e1e3d97ba7fe9279b3ffdf4787f48e4fc993969e4a6ae3a06bb0627"}) as unknown as TypedDocumentString<StartLunCreationMutation, StartLunCreationMutationVariables>;
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
}`, {"hash":"sha256:b1f88dca3c2d43921f6d50332127d695bdb4535367b8b8a75a423b00fd6810b3"}) as unknown as TypedDocumentString<FollowJobSubscription, FollowJobSubscriptionVariables>;