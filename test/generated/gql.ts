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
    "\n  query JobState($key: ID!) { job(key: $key) { key state status submitTime } }\n": typeof types.JobStateDocument,
    "\n  subscription JobUpdated($key: ID!) {\n    jobUpdated(key: $key) { key state status terminal taskReports { name state } }\n  }\n": typeof types.JobUpdatedDocument,
    "\n  subscription JobUpdatedWithParent($key: ID!) {\n    jobUpdated(key: $key) { key state parentJob { key spawnedJobSummary { completedJobs } } }\n  }\n": typeof types.JobUpdatedWithParentDocument,
    "\n  query Job($key: ID!) {\n    job(key: $key) {\n      id\n      key\n      name\n      type\n      state\n      status\n      terminal\n      submitTime\n      completeTime\n      parentJobKey\n      spawnedJobSummary { totalJobs completedJobs successfulJobs }\n      taskReports { key name state status startTime completeTime failureReason }\n      results { name value }\n    }\n  }\n": typeof types.JobDocument,
    "\n  query JobWithParent($key: ID!) {\n    job(key: $key) { key parentJob { key name spawnedJobSummary { totalJobs } } }\n  }\n": typeof types.JobWithParentDocument,
    "\n  query Jobs(\n    $first: Int\n    $after: String\n    $last: Int\n    $before: String\n    $filter: JobFilter\n    $orderBy: [JobOrder!]\n  ) {\n    jobs(first: $first, after: $after, last: $last, before: $before, filter: $filter, orderBy: $orderBy) {\n      totalCount\n      edges { cursor node { key } }\n      nodes { key name type state status parentJobKey }\n      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n    }\n  }\n": typeof types.JobsDocument,
    "\n  mutation CreateLun($input: CreateLunInput!) {\n    createLun(input: $input) { job { key name type state status terminal taskReports { name state } results { name value } } }\n  }\n": typeof types.CreateLunDocument,
    "\n  mutation UpdateLun($key: ID!, $input: UpdateLunInput!) {\n    updateLun(key: $key, input: $input) { job { key name type state status } }\n  }\n": typeof types.UpdateLunDocument,
    "\n  mutation DeleteLun($key: ID!) { deleteLun(key: $key) { job { key name type state status } } }\n": typeof types.DeleteLunDocument,
    "\n  mutation CreateFileShare($input: CreateFileShareInput!) {\n    createFileShare(input: $input) { job { key name type state status results { name value } } }\n  }\n": typeof types.CreateFileShareDocument,
    "\n  mutation UpdateFileShare($key: ID!, $input: UpdateFileShareInput!) {\n    updateFileShare(key: $key, input: $input) { job { key name type state status } }\n  }\n": typeof types.UpdateFileShareDocument,
    "\n  mutation DeleteFileShare($key: ID!) { deleteFileShare(key: $key) { job { key name type state } } }\n": typeof types.DeleteFileShareDocument,
    "\n  mutation CreateAccessEndpoint($input: CreateAccessEndpointInput!) {\n    createAccessEndpoint(input: $input) { job { key name type state status results { name value } } }\n  }\n": typeof types.CreateAccessEndpointDocument,
    "\n  mutation UpdateAccessEndpoint($key: ID!, $input: UpdateAccessEndpointInput!) {\n    updateAccessEndpoint(key: $key, input: $input) { job { key name type state } }\n  }\n": typeof types.UpdateAccessEndpointDocument,
    "\n  mutation DeleteAccessEndpoint($key: ID!) { deleteAccessEndpoint(key: $key) { job { key name type state } } }\n": typeof types.DeleteAccessEndpointDocument,
    "\n  mutation CreateSvm($input: CreateSvmInput!) {\n    createSvm(input: $input) { job { key name type state status taskReports { name } results { name value } } }\n  }\n": typeof types.CreateSvmDocument,
    "\n  mutation UpdateSvm($key: ID!, $input: UpdateSvmInput!) {\n    updateSvm(key: $key, input: $input) { job { key name type state } }\n  }\n": typeof types.UpdateSvmDocument,
    "\n  mutation DeleteSvm($key: ID!, $force: Boolean) { deleteSvm(key: $key, force: $force) { job { key name type state } } }\n": typeof types.DeleteSvmDocument,
    "\n  mutation CreateBackup { createBackup { job { key name type state status results { name value } } } }\n": typeof types.CreateBackupDocument,
    "\n  query JobAfterwards($key: ID!) {\n    job(key: $key) { key state status terminal taskReports { name state status failureReason } results { name value } }\n  }\n": typeof types.JobAfterwardsDocument,
};
const documents: Documents = {
    "\n  query JobState($key: ID!) { job(key: $key) { key state status submitTime } }\n": types.JobStateDocument,
    "\n  subscription JobUpdated($key: ID!) {\n    jobUpdated(key: $key) { key state status terminal taskReports { name state } }\n  }\n": types.JobUpdatedDocument,
    "\n  subscription JobUpdatedWithParent($key: ID!) {\n    jobUpdated(key: $key) { key state parentJob { key spawnedJobSummary { completedJobs } } }\n  }\n": types.JobUpdatedWithParentDocument,
    "\n  query Job($key: ID!) {\n    job(key: $key) {\n      id\n      key\n      name\n      type\n      state\n      status\n      terminal\n      submitTime\n      completeTime\n      parentJobKey\n      spawnedJobSummary { totalJobs completedJobs successfulJobs }\n      taskReports { key name state status startTime completeTime failureReason }\n      results { name value }\n    }\n  }\n": types.JobDocument,
    "\n  query JobWithParent($key: ID!) {\n    job(key: $key) { key parentJob { key name spawnedJobSummary { totalJobs } } }\n  }\n": types.JobWithParentDocument,
    "\n  query Jobs(\n    $first: Int\n    $after: String\n    $last: Int\n    $before: String\n    $filter: JobFilter\n    $orderBy: [JobOrder!]\n  ) {\n    jobs(first: $first, after: $after, last: $last, before: $before, filter: $filter, orderBy: $orderBy) {\n      totalCount\n      edges { cursor node { key } }\n      nodes { key name type state status parentJobKey }\n      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n    }\n  }\n": types.JobsDocument,
    "\n  mutation CreateLun($input: CreateLunInput!) {\n    createLun(input: $input) { job { key name type state status terminal taskReports { name state } results { name value } } }\n  }\n": types.CreateLunDocument,
    "\n  mutation UpdateLun($key: ID!, $input: UpdateLunInput!) {\n    updateLun(key: $key, input: $input) { job { key name type state status } }\n  }\n": types.UpdateLunDocument,
    "\n  mutation DeleteLun($key: ID!) { deleteLun(key: $key) { job { key name type state status } } }\n": types.DeleteLunDocument,
    "\n  mutation CreateFileShare($input: CreateFileShareInput!) {\n    createFileShare(input: $input) { job { key name type state status results { name value } } }\n  }\n": types.CreateFileShareDocument,
    "\n  mutation UpdateFileShare($key: ID!, $input: UpdateFileShareInput!) {\n    updateFileShare(key: $key, input: $input) { job { key name type state status } }\n  }\n": types.UpdateFileShareDocument,
    "\n  mutation DeleteFileShare($key: ID!) { deleteFileShare(key: $key) { job { key name type state } } }\n": types.DeleteFileShareDocument,
    "\n  mutation CreateAccessEndpoint($input: CreateAccessEndpointInput!) {\n    createAccessEndpoint(input: $input) { job { key name type state status results { name value } } }\n  }\n": types.CreateAccessEndpointDocument,
    "\n  mutation UpdateAccessEndpoint($key: ID!, $input: UpdateAccessEndpointInput!) {\n    updateAccessEndpoint(key: $key, input: $input) { job { key name type state } }\n  }\n": types.UpdateAccessEndpointDocument,
    "\n  mutation DeleteAccessEndpoint($key: ID!) { deleteAccessEndpoint(key: $key) { job { key name type state } } }\n": types.DeleteAccessEndpointDocument,
    "\n  mutation CreateSvm($input: CreateSvmInput!) {\n    createSvm(input: $input) { job { key name type state status taskReports { name } results { name value } } }\n  }\n": types.CreateSvmDocument,
    "\n  mutation UpdateSvm($key: ID!, $input: UpdateSvmInput!) {\n    updateSvm(key: $key, input: $input) { job { key name type state } }\n  }\n": types.UpdateSvmDocument,
    "\n  mutation DeleteSvm($key: ID!, $force: Boolean) { deleteSvm(key: $key, force: $force) { job { key name type state } } }\n": types.DeleteSvmDocument,
    "\n  mutation CreateBackup { createBackup { job { key name type state status results { name value } } } }\n": types.CreateBackupDocument,
    "\n  query JobAfterwards($key: ID!) {\n    job(key: $key) { key state status terminal taskReports { name state status failureReason } results { name value } }\n  }\n": types.JobAfterwardsDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query JobState($key: ID!) { job(key: $key) { key state status submitTime } }\n"): typeof import('./graphql.ts').JobStateDocument;
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
export function graphql(source: "\n  mutation CreateLun($input: CreateLunInput!) {\n    createLun(input: $input) { job { key name type state status terminal taskReports { name state } results { name value } } }\n  }\n"): typeof import('./graphql.ts').CreateLunDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateLun($key: ID!, $input: UpdateLunInput!) {\n    updateLun(key: $key, input: $input) { job { key name type state status } }\n  }\n"): typeof import('./graphql.ts').UpdateLunDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteLun($key: ID!) { deleteLun(key: $key) { job { key name type state status } } }\n"): typeof import('./graphql.ts').DeleteLunDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateFileShare($input: CreateFileShareInput!) {\n    createFileShare(input: $input) { job { key name type state status results { name value } } }\n  }\n"): typeof import('./graphql.ts').CreateFileShareDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateFileShare($key: ID!, $input: UpdateFileShareInput!) {\n    updateFileShare(key: $key, input: $input) { job { key name type state status } }\n  }\n"): typeof import('./graphql.ts').UpdateFileShareDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteFileShare($key: ID!) { deleteFileShare(key: $key) { job { key name type state } } }\n"): typeof import('./graphql.ts').DeleteFileShareDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateAccessEndpoint($input: CreateAccessEndpointInput!) {\n    createAccessEndpoint(input: $input) { job { key name type state status results { name value } } }\n  }\n"): typeof import('./graphql.ts').CreateAccessEndpointDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateAccessEndpoint($key: ID!, $input: UpdateAccessEndpointInput!) {\n    updateAccessEndpoint(key: $key, input: $input) { job { key name type state } }\n  }\n"): typeof import('./graphql.ts').UpdateAccessEndpointDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteAccessEndpoint($key: ID!) { deleteAccessEndpoint(key: $key) { job { key name type state } } }\n"): typeof import('./graphql.ts').DeleteAccessEndpointDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateSvm($input: CreateSvmInput!) {\n    createSvm(input: $input) { job { key name type state status taskReports { name } results { name value } } }\n  }\n"): typeof import('./graphql.ts').CreateSvmDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateSvm($key: ID!, $input: UpdateSvmInput!) {\n    updateSvm(key: $key, input: $input) { job { key name type state } }\n  }\n"): typeof import('./graphql.ts').UpdateSvmDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteSvm($key: ID!, $force: Boolean) { deleteSvm(key: $key, force: $force) { job { key name type state } } }\n"): typeof import('./graphql.ts').DeleteSvmDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateBackup { createBackup { job { key name type state status results { name value } } } }\n"): typeof import('./graphql.ts').CreateBackupDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query JobAfterwards($key: ID!) {\n    job(key: $key) { key state status terminal taskReports { name state status failureReason } results { name value } }\n  }\n"): typeof import('./graphql.ts').JobAfterwardsDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
