/* eslint-disable */
import * as types from './graphql.ts';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  subscription JobUpdated($key: ID!) {\n    jobUpdated(key: $key) { key state status terminal taskReports { name state } }\n  }\n": typeof types.JobUpdatedDocument,
    "\n  subscription JobUpdatedWithParent($key: ID!) {\n    jobUpdated(key: $key) { key state parentJob { key spawnedJobSummary { completedJobs } } }\n  }\n": typeof types.JobUpdatedWithParentDocument,
    "\n  query Job($key: ID!) {\n    job(key: $key) {\n      id\n      key\n      name\n      type\n      state\n      status\n      terminal\n      submitTime\n      completeTime\n      parentJobKey\n      spawnedJobSummary { totalJobs completedJobs successfulJobs }\n      taskReports { key name state status startTime completeTime failureReason }\n      results { name value }\n    }\n  }\n": typeof types.JobDocument,
    "\n  query JobWithParent($key: ID!) {\n    job(key: $key) { key parentJob { key name spawnedJobSummary { totalJobs } } }\n  }\n": typeof types.JobWithParentDocument,
    "\n  query Jobs(\n    $first: Int\n    $after: String\n    $last: Int\n    $before: String\n    $filter: JobFilter\n    $orderBy: [JobOrder!]\n  ) {\n    jobs(first: $first, after: $after, last: $last, before: $before, filter: $filter, orderBy: $orderBy) {\n      totalCount\n      edges { cursor node { key } }\n      nodes { key name type state status parentJobKey }\n      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n    }\n  }\n": typeof types.JobsDocument,
    "\n  query JobState($key: ID!) { job(key: $key) { key state status submitTime } }\n": typeof types.JobStateDocument,
};
const documents: Documents = {
    "\n  subscription JobUpdated($key: ID!) {\n    jobUpdated(key: $key) { key state status terminal taskReports { name state } }\n  }\n": types.JobUpdatedDocument,
    "\n  subscription JobUpdatedWithParent($key: ID!) {\n    jobUpdated(key: $key) { key state parentJob { key spawnedJobSummary { completedJobs } } }\n  }\n": types.JobUpdatedWithParentDocument,
    "\n  query Job($key: ID!) {\n    job(key: $key) {\n      id\n      key\n      name\n      type\n      state\n      status\n      terminal\n      submitTime\n      completeTime\n      parentJobKey\n      spawnedJobSummary { totalJobs completedJobs successfulJobs }\n      taskReports { key name state status startTime completeTime failureReason }\n      results { name value }\n    }\n  }\n": types.JobDocument,
    "\n  query JobWithParent($key: ID!) {\n    job(key: $key) { key parentJob { key name spawnedJobSummary { totalJobs } } }\n  }\n": types.JobWithParentDocument,
    "\n  query Jobs(\n    $first: Int\n    $after: String\n    $last: Int\n    $before: String\n    $filter: JobFilter\n    $orderBy: [JobOrder!]\n  ) {\n    jobs(first: $first, after: $after, last: $last, before: $before, filter: $filter, orderBy: $orderBy) {\n      totalCount\n      edges { cursor node { key } }\n      nodes { key name type state status parentJobKey }\n      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n    }\n  }\n": types.JobsDocument,
    "\n  query JobState($key: ID!) { job(key: $key) { key state status submitTime } }\n": types.JobStateDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription JobUpdated($key: ID!) {\n    jobUpdated(key: $key) { key state status terminal taskReports { name state } }\n  }\n"): typeof import('./graphql.ts').JobUpdatedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription JobUpdatedWithParent($key: ID!) {\n    jobUpdated(key: $key) { key state parentJob { key spawnedJobSummary { completedJobs } } }\n  }\n"): typeof import('./graphql.ts').JobUpdatedWithParentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Job($key: ID!) {\n    job(key: $key) {\n      id\n      key\n      name\n      type\n      state\n      status\n      terminal\n      submitTime\n      completeTime\n      parentJobKey\n      spawnedJobSummary { totalJobs completedJobs successfulJobs }\n      taskReports { key name state status startTime completeTime failureReason }\n      results { name value }\n    }\n  }\n"): typeof import('./graphql.ts').JobDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query JobWithParent($key: ID!) {\n    job(key: $key) { key parentJob { key name spawnedJobSummary { totalJobs } } }\n  }\n"): typeof import('./graphql.ts').JobWithParentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Jobs(\n    $first: Int\n    $after: String\n    $last: Int\n    $before: String\n    $filter: JobFilter\n    $orderBy: [JobOrder!]\n  ) {\n    jobs(first: $first, after: $after, last: $last, before: $before, filter: $filter, orderBy: $orderBy) {\n      totalCount\n      edges { cursor node { key } }\n      nodes { key name type state status parentJobKey }\n      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n    }\n  }\n"): typeof import('./graphql.ts').JobsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query JobState($key: ID!) { job(key: $key) { key state status submitTime } }\n"): typeof import('./graphql.ts').JobStateDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
