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
    "\n  fragment JobFields on Job {\n    key\n    name\n    type\n    state\n    status\n    terminal\n    submitTime\n    completeTime\n    parentJobKey\n    taskReports { key name state status startTime completeTime failureReason }\n    createdObject {\n      __typename\n      id\n      ... on Lun { name svm { name } }\n      ... on FileShare { name svm { name } }\n      ... on AccessEndpoint { name svm { name } }\n      ... on Svm { name }\n    }\n  }\n": typeof types.JobFieldsFragmentDoc,
    "\n  query Jobs($first: Int!, $after: String, $filter: JobFilter, $orderBy: [JobOrder!]) {\n    jobs(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes { ...JobFields }\n    }\n  }\n": typeof types.JobsDocument,
    "\n  query JobDetail($key: ID!) {\n    job(key: $key) {\n      ...JobFields\n      results { name value }\n      parentJob { key name state status }\n      spawnedJobSummary { totalJobs runningJobs completedJobs successfulJobs failedJobs abortedJobs }\n      taskReports { key name description state status startTime completeTime failureReason }\n    }\n    spawnedJobs: jobs(\n      first: 50\n      filter: { parentJobKey: $key }\n      orderBy: [{ field: SUBMIT_TIME, direction: ASC }]\n    ) {\n      totalCount\n      nodes { key name state status }\n    }\n  }\n": typeof types.JobDetailDocument,
    "\n  query LunFormChoices {\n    svms(first: 100, filter: { state: [RUNNING] }) {\n      nodes { key name cluster { name } }\n    }\n    performanceServiceLevels(first: 50) {\n      nodes { key name expectedIopsPerTb }\n    }\n  }\n": typeof types.LunFormChoicesDocument,
    "\n  query LunNames($name: String!, $first: Int!) {\n    luns(first: $first, filter: { name: $name }) {\n      totalCount\n      nodes { name }\n    }\n  }\n": typeof types.LunNamesDocument,
    "\n  mutation StartBackup {\n    createBackup { job { ...JobFields } }\n  }\n": typeof types.StartBackupDocument,
    "\n  mutation StartLunCreation($input: CreateLunInput!) {\n    createLun(input: $input) { job { ...JobFields } }\n  }\n": typeof types.StartLunCreationDocument,
    "\n  subscription JobsUpdated($filter: JobFilter) {\n    jobsUpdated(filter: $filter) { ...JobFields }\n  }\n": typeof types.JobsUpdatedDocument,
    "\n  subscription FollowJob($key: ID!) {\n    jobUpdated(key: $key) { ...JobFields }\n  }\n": typeof types.FollowJobDocument,
};
const documents: Documents = {
    "\n  fragment JobFields on Job {\n    key\n    name\n    type\n    state\n    status\n    terminal\n    submitTime\n    completeTime\n    parentJobKey\n    taskReports { key name state status startTime completeTime failureReason }\n    createdObject {\n      __typename\n      id\n      ... on Lun { name svm { name } }\n      ... on FileShare { name svm { name } }\n      ... on AccessEndpoint { name svm { name } }\n      ... on Svm { name }\n    }\n  }\n": types.JobFieldsFragmentDoc,
    "\n  query Jobs($first: Int!, $after: String, $filter: JobFilter, $orderBy: [JobOrder!]) {\n    jobs(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes { ...JobFields }\n    }\n  }\n": types.JobsDocument,
    "\n  query JobDetail($key: ID!) {\n    job(key: $key) {\n      ...JobFields\n      results { name value }\n      parentJob { key name state status }\n      spawnedJobSummary { totalJobs runningJobs completedJobs successfulJobs failedJobs abortedJobs }\n      taskReports { key name description state status startTime completeTime failureReason }\n    }\n    spawnedJobs: jobs(\n      first: 50\n      filter: { parentJobKey: $key }\n      orderBy: [{ field: SUBMIT_TIME, direction: ASC }]\n    ) {\n      totalCount\n      nodes { key name state status }\n    }\n  }\n": types.JobDetailDocument,
    "\n  query LunFormChoices {\n    svms(first: 100, filter: { state: [RUNNING] }) {\n      nodes { key name cluster { name } }\n    }\n    performanceServiceLevels(first: 50) {\n      nodes { key name expectedIopsPerTb }\n    }\n  }\n": types.LunFormChoicesDocument,
    "\n  query LunNames($name: String!, $first: Int!) {\n    luns(first: $first, filter: { name: $name }) {\n      totalCount\n      nodes { name }\n    }\n  }\n": types.LunNamesDocument,
    "\n  mutation StartBackup {\n    createBackup { job { ...JobFields } }\n  }\n": types.StartBackupDocument,
    "\n  mutation StartLunCreation($input: CreateLunInput!) {\n    createLun(input: $input) { job { ...JobFields } }\n  }\n": types.StartLunCreationDocument,
    "\n  subscription JobsUpdated($filter: JobFilter) {\n    jobsUpdated(filter: $filter) { ...JobFields }\n  }\n": types.JobsUpdatedDocument,
    "\n  subscription FollowJob($key: ID!) {\n    jobUpdated(key: $key) { ...JobFields }\n  }\n": types.FollowJobDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment JobFields on Job {\n    key\n    name\n    type\n    state\n    status\n    terminal\n    submitTime\n    completeTime\n    parentJobKey\n    taskReports { key name state status startTime completeTime failureReason }\n    createdObject {\n      __typename\n      id\n      ... on Lun { name svm { name } }\n      ... on FileShare { name svm { name } }\n      ... on AccessEndpoint { name svm { name } }\n      ... on Svm { name }\n    }\n  }\n"): typeof import('./graphql.ts').JobFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Jobs($first: Int!, $after: String, $filter: JobFilter, $orderBy: [JobOrder!]) {\n    jobs(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes { ...JobFields }\n    }\n  }\n"): typeof import('./graphql.ts').JobsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query JobDetail($key: ID!) {\n    job(key: $key) {\n      ...JobFields\n      results { name value }\n      parentJob { key name state status }\n      spawnedJobSummary { totalJobs runningJobs completedJobs successfulJobs failedJobs abortedJobs }\n      taskReports { key name description state status startTime completeTime failureReason }\n    }\n    spawnedJobs: jobs(\n      first: 50\n      filter: { parentJobKey: $key }\n      orderBy: [{ field: SUBMIT_TIME, direction: ASC }]\n    ) {\n      totalCount\n      nodes { key name state status }\n    }\n  }\n"): typeof import('./graphql.ts').JobDetailDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LunFormChoices {\n    svms(first: 100, filter: { state: [RUNNING] }) {\n      nodes { key name cluster { name } }\n    }\n    performanceServiceLevels(first: 50) {\n      nodes { key name expectedIopsPerTb }\n    }\n  }\n"): typeof import('./graphql.ts').LunFormChoicesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LunNames($name: String!, $first: Int!) {\n    luns(first: $first, filter: { name: $name }) {\n      totalCount\n      nodes { name }\n    }\n  }\n"): typeof import('./graphql.ts').LunNamesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartBackup {\n    createBackup { job { ...JobFields } }\n  }\n"): typeof import('./graphql.ts').StartBackupDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartLunCreation($input: CreateLunInput!) {\n    createLun(input: $input) { job { ...JobFields } }\n  }\n"): typeof import('./graphql.ts').StartLunCreationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription JobsUpdated($filter: JobFilter) {\n    jobsUpdated(filter: $filter) { ...JobFields }\n  }\n"): typeof import('./graphql.ts').JobsUpdatedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription FollowJob($key: ID!) {\n    jobUpdated(key: $key) { ...JobFields }\n  }\n"): typeof import('./graphql.ts').FollowJobDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
