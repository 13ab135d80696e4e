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
    "\n  fragment JobFields on Job {\n    key\n    name\n    type\n    state\n    status\n    terminal\n    submitTime\n    completeTime\n    taskReports { key name state status completeTime failureReason }\n  }\n": typeof types.JobFieldsFragmentDoc,
    "\n  query RecentJobs($first: Int!) {\n    jobs(first: $first, orderBy: [{ field: SUBMIT_TIME, direction: DESC }]) {\n      totalCount\n      nodes { ...JobFields }\n    }\n  }\n": typeof types.RecentJobsDocument,
    "\n  mutation StartBackup {\n    createBackup { job { ...JobFields } }\n  }\n": typeof types.StartBackupDocument,
    "\n  mutation StartLunCreation($input: CreateLunInput!) {\n    createLun(input: $input) { job { ...JobFields } }\n  }\n": typeof types.StartLunCreationDocument,
    "\n  subscription FollowJob($key: ID!) {\n    jobUpdated(key: $key) { ...JobFields }\n  }\n": typeof types.FollowJobDocument,
};
const documents: Documents = {
    "\n  fragment JobFields on Job {\n    key\n    name\n    type\n    state\n    status\n    terminal\n    submitTime\n    completeTime\n    taskReports { key name state status completeTime failureReason }\n  }\n": types.JobFieldsFragmentDoc,
    "\n  query RecentJobs($first: Int!) {\n    jobs(first: $first, orderBy: [{ field: SUBMIT_TIME, direction: DESC }]) {\n      totalCount\n      nodes { ...JobFields }\n    }\n  }\n": types.RecentJobsDocument,
    "\n  mutation StartBackup {\n    createBackup { job { ...JobFields } }\n  }\n": types.StartBackupDocument,
    "\n  mutation StartLunCreation($input: CreateLunInput!) {\n    createLun(input: $input) { job { ...JobFields } }\n  }\n": types.StartLunCreationDocument,
    "\n  subscription FollowJob($key: ID!) {\n    jobUpdated(key: $key) { ...JobFields }\n  }\n": types.FollowJobDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment JobFields on Job {\n    key\n    name\n    type\n    state\n    status\n    terminal\n    submitTime\n    completeTime\n    taskReports { key name state status completeTime failureReason }\n  }\n"): typeof import('./graphql.ts').JobFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RecentJobs($first: Int!) {\n    jobs(first: $first, orderBy: [{ field: SUBMIT_TIME, direction: DESC }]) {\n      totalCount\n      nodes { ...JobFields }\n    }\n  }\n"): typeof import('./graphql.ts').RecentJobsDocument;
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
export function graphql(source: "\n  subscription FollowJob($key: ID!) {\n    jobUpdated(key: $key) { ...JobFields }\n  }\n"): typeof import('./graphql.ts').FollowJobDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
