/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** Every field given must match. name and type take AIQUM patterns: * or a|b. */
export type JobFilter = {
  name?: string | null | undefined;
  parentJobKey?: string | null | undefined;
  /** Any of these states. */
  state?: Array<JobState> | null | undefined;
  /** Any of these statuses. */
  status?: Array<JobStatus> | null | undefined;
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

export type OrderDirection =
  | 'ASC'
  | 'DESC';

export type JobUpdatedSubscriptionVariables = Exact<{
  key: string;
}>;


export type JobUpdatedSubscription = { jobUpdated: { key: string, state: JobState, status: JobStatus | null, terminal: boolean, taskReports: Array<{ name: string | null, state: JobState }> } };

export type JobUpdatedWithParentSubscriptionVariables = Exact<{
  key: string;
}>;


export type JobUpdatedWithParentSubscription = { jobUpdated: { key: string, state: JobState, parentJob: { key: string, spawnedJobSummary: { completedJobs: number | null } | null } | null } };

export type JobQueryVariables = Exact<{
  key: string;
}>;


export type JobQuery = { job: { id: string, key: string, name: string | null, type: string | null, state: JobState, status: JobStatus | null, terminal: boolean, submitTime: string | null, completeTime: string | null, parentJobKey: string | null, spawnedJobSummary: { totalJobs: number | null, completedJobs: number | null, successfulJobs: number | null } | null, taskReports: Array<{ key: string | null, name: string | null, state: JobState, status: JobStatus | null, startTime: string | null, completeTime: string | null, failureReason: string | null }>, results: Array<{ name: string, value: string | null }> } | null };

export type JobWithParentQueryVariables = Exact<{
  key: string;
}>;


export type JobWithParentQuery = { job: { key: string, parentJob: { key: string, name: string | null, spawnedJobSummary: { totalJobs: number | null } | null } | null } | null };

export type JobsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  last?: number | null | undefined;
  before?: string | null | undefined;
  filter?: JobFilter | null | undefined;
  orderBy?: Array<JobOrder> | JobOrder | null | undefined;
}>;


export type JobsQuery = { jobs: { totalCount: number, edges: Array<{ cursor: string, node: { key: string } }>, nodes: Array<{ key: string, name: string | null, type: string | null, state: JobState, status: JobStatus | null, parentJobKey: string | null }>, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null } } };

export type JobStateQueryVariables = Exact<{
  key: string;
}>;


export type JobStateQuery = { job: { key: string, state: JobState, status: JobStatus | null, submitTime: string | null } | null };

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

export const JobUpdatedDocument = new TypedDocumentString(`
    subscription JobUpdated($key: ID!) {
  jobUpdated(key: $key) {
    key
    state
    status
    terminal
    taskReports {
      name
      state
    }
  }
}
    `) as unknown as TypedDocumentString<JobUpdatedSubscription, JobUpdatedSubscriptionVariables>;
export const JobUpdatedWithParentDocument = new TypedDocumentString(`
    subscription JobUpdatedWithParent($key: ID!) {
  jobUpdated(key: $key) {
    key
    state
    parentJob {
      key
      spawnedJobSummary {
        completedJobs
      }
    }
  }
}
    `) as unknown as TypedDocumentString<JobUpdatedWithParentSubscription, JobUpdatedWithParentSubscriptionVariables>;
export const JobDocument = new TypedDocumentString(`
    query Job($key: ID!) {
  job(key: $key) {
    id
    key
    name
    type
    state
    status
    terminal
    submitTime
    completeTime
    parentJobKey
    spawnedJobSummary {
      totalJobs
      completedJobs
      successfulJobs
    }
    taskReports {
      key
      name
      state
      status
      startTime
      completeTime
      failureReason
    }
    results {
      name
      value
    }
  }
}
    `) as unknown as TypedDocumentString<JobQuery, JobQueryVariables>;
export const JobWithParentDocument = new TypedDocumentString(`
    query JobWithParent($key: ID!) {
  job(key: $key) {
    key
    parentJob {
      key
      name
      spawnedJobSummary {
        totalJobs
      }
    }
  }
}
    `) as unknown as TypedDocumentString<JobWithParentQuery, JobWithParentQueryVariables>;
export const JobsDocument = new TypedDocumentString(`
    query Jobs($first: Int, $after: String, $last: Int, $before: String, $filter: JobFilter, $orderBy: [JobOrder!]) {
  jobs(
    first: $first
    after: $after
    last: $last
    before: $before
    filter: $filter
    orderBy: $orderBy
  ) {
    totalCount
    edges {
      cursor
      node {
        key
      }
    }
    nodes {
      key
      name
      type
      state
      status
      parentJobKey
    }
    pageInfo {
      hasNextPage
      hasPreviousPage
      startCursor
      endCursor
    }
  }
}
    `) as unknown as TypedDocumentString<JobsQuery, JobsQueryVariables>;
export const JobStateDocument = new TypedDocumentString(`
    query JobState($key: ID!) {
  job(key: $key) {
    key
    state
    status
    submitTime
  }
}
    `) as unknown as TypedDocumentString<JobStateQuery, JobStateQueryVariables>;