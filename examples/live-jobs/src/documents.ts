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
    taskReports { key name state status completeTime failureReason }
  }
`);

export const RecentJobsQuery = graphql(`
  query RecentJobs($first: Int!) {
    jobs(first: $first, orderBy: [{ field: SUBMIT_TIME, direction: DESC }]) {
      totalCount
      nodes { ...JobFields }
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

export const FollowJobSubscription = graphql(`
  subscription FollowJob($key: ID!) {
    jobUpdated(key: $key) { ...JobFields }
  }
`);
