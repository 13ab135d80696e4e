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

/** Storage space (upstream `space`). */
export type SpaceInput = {
  /** Provisioned size in bytes. */
  size: string;
};

export type JobFieldsFragment = { key: string, name: string | null, type: string | null, state: JobState, status: JobStatus | null, terminal: boolean, submitTime: string | null, completeTime: string | null, taskReports: Array<{ key: string | null, name: string | null, state: JobState, status: JobStatus | null, completeTime: string | null, failureReason: string | null }> };

export type RecentJobsQueryVariables = Exact<{
  first: number;
}>;


export type RecentJobsQuery = { jobs: { totalCount: number, nodes: Array<{ key: string, name: string | null, type: string | null, state: JobState, status: JobStatus | null, terminal: boolean, submitTime: string | null, completeTime: string | null, taskReports: Array<{ key: string | null, name: string | null, state: JobState, status: JobStatus | null, completeTime: string | null, failureReason: string | null }> }> } };

export type StartBackupMutationVariables = Exact<{ [key: string]: never; }>;


export type StartBackupMutation = { createBackup: { job: { key: string, name: string | null, type: string | null, state: JobState, status: JobStatus | null, terminal: boolean, submitTime: string | null, completeTime: string | null, taskReports: Array<{ key: string | null, name: string | null, state: JobState, status: JobStatus | null, completeTime: string | null, failureReason: string | null }> } } };

export type StartLunCreationMutationVariables = Exact<{
  input: CreateLunInput;
}>;


export type StartLunCreationMutation = { createLun: { job: { key: string, name: string | null, type: string | null, state: JobState, status: JobStatus | null, terminal: boolean, submitTime: string | null, completeTime: string | null, taskReports: Array<{ key: string | null, name: string | null, state: JobState, status: JobStatus | null, completeTime: string | null, failureReason: string | null }> } } };

export type FollowJobSubscriptionVariables = Exact<{
  key: string;
}>;


export type FollowJobSubscription = { jobUpdated: { key: string, name: string | null, type: string | null, state: JobState, status: JobStatus | null, terminal: boolean, submitTime: string | null, completeTime: string | null, taskReports: Array<{ key: string | null, name: string | null, state: JobState, status: JobStatus | null, completeTime: string | null, failureReason: string | null }> } };

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
  taskReports {
    key
    name
    state
    status
    completeTime
    failureReason
  }
}
    `, {"fragmentName":"JobFields"}) as unknown as TypedDocumentString<JobFieldsFragment, unknown>;
export const RecentJobsDocument = new TypedDocumentString(`
    query RecentJobs($first: Int!) {
  jobs(first: $first, orderBy: [{field: SUBMIT_TIME, direction: DESC}]) {
    totalCount
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
  taskReports {
    key
    name
    state
    status
    completeTime
    failureReason
  }
}`, {"hash":"sha256:65f348be544c20f1bf06f02c2eb62d97fe4d7de906af2ccd24ff406a545d1408"}) as unknown as TypedDocumentString<RecentJobsQuery, RecentJobsQueryVariables>;
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
  taskReports {
    key
    name
    state
    status
    completeTime
    failureReason
  }
}`, {"hash":"sha256:564c327f30cb0a4546a441fe217318b08a1b73cd52ada4fe1e0ec4eec79ae0f4"}) as unknown as TypedDocumentString<StartBackupMutation, StartBackupMutationVariables>;
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
  taskReports {
    key
    name
    state
    status
    completeTime
    failureReason
  }
}`, {"hash":"sha256:23966f2eaeaaac82ba3d9a55bcc3d08513d9c03f6ccfc34d90492530aa2913d6"}) as unknown as TypedDocumentString<StartLunCreationMutation, StartLunCreationMutationVariables>;
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
  taskReports {
    key
    name
    state
    status
    completeTime
    failureReason
  }
}`, {"hash":"sha256:2a21abd91d87486807caf2757ec6d6a491f0803857de7b1f930c6abc6eb68ef4"}) as unknown as TypedDocumentString<FollowJobSubscription, FollowJobSubscriptionVariables>;