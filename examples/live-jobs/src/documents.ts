import { graphql } from './generated/gql.ts';

// The page's operations. `npm run codegen` turns each into a typed document in ./generated.

export const JobFieldsFragment = graphql(`
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
    taskReports { key name state status startTime completeTime failureReason }
    createdObject {
      __typename
      id
      ... on Lun { name svm { name } }
      ... on FileShare { name svm { name } }
      ... on AccessEndpoint { name svm { name } }
      ... on Svm { name }
    }
  }
`);

export const JobsQuery = graphql(`
  query Jobs($first: Int!, $after: String, $filter: JobFilter, $orderBy: [JobOrder!]) {
    jobs(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {
      totalCount
      pageInfo { hasNextPage endCursor }
      nodes { ...JobFields }
    }
  }
`);

export const JobDetailQuery = graphql(`
  query JobDetail($key: ID!) {
    job(key: $key) {
      ...JobFields
      results { name value }
      parentJob { key name state status }
      spawnedJobSummary { totalJobs runningJobs completedJobs successfulJobs failedJobs abortedJobs }
      taskReports { key name description state status startTime completeTime failureReason }
    }
    spawnedJobs: jobs(
      first: 50
      filter: { parentJobKey: $key }
      orderBy: [{ field: SUBMIT_TIME, direction: ASC }]
    ) {
      totalCount
      nodes { key name state status }
    }
  }
`);

export const LunFormChoicesQuery = graphql(`
  query LunFormChoices {
    svms(first: 100, filter: { state: [RUNNING] }) {
      nodes { key name cluster { name } }
    }
    performanceServiceLevels(first: 50) {
      nodes { key name expectedIopsPerTb }
    }
  }
`);

export const LunNamesQuery = graphql(`
  query LunNames($name: String!, $first: Int!) {
    luns(first: $first, filter: { name: $name }) {
      totalCount
      nodes { name }
    }
  }
`);

export const StartBackupMutation = graphql(`
  mutation StartBackup {
    createBackup { job { ...JobFields } }
  }
`);

export const StartLunCreationMutation = graphql(`
  mutation StartLunCreation($input: CreateLunInput!) {
    createLun(input: $input) { job { ...JobFields } }
  }
`);

export const JobsUpdatedSubscription = graphql(`
  subscription JobsUpdated($filter: JobFilter) {
    jobsUpdated(filter: $filter) { ...JobFields }
  }
`);

export const FollowJobSubscription = graphql(`
  subscription FollowJob($key: ID!) {
    jobUpdated(key: $key) { ...JobFields }
  }
`);
