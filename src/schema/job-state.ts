import { JOB_STATES, JOB_STATUSES } from '../aiqum/job-mapping.ts';
import { builder } from './builder.ts';

// The lifecycle and outcome of a job and of each of its tasks.

const JOB_STATE_MEANINGS: Record<(typeof JOB_STATES)[number], string> = {
  RUNNING: 'The work goes on (AIQUM `running`).',
  COMPLETED: 'The work ended (AIQUM `completed`); `status` says how. Terminal.',
  ABORTED: 'The work was stopped before it ended (AIQUM `aborted`). Terminal.',
  UNKNOWN:
    'A state AIQUM reports that the gateway does not know (AIQUM may add states); not terminal.',
};

export const JobStateEnum = builder.enumType('JobState', {
  description:
    'Where a job (or one of its tasks) is in its lifecycle: AIQUM `state`, upper-cased. ' +
    'COMPLETED and ABORTED are terminal: the job will not change any more.',
  values: Object.fromEntries(
    JOB_STATES.map((state) => [state, { description: JOB_STATE_MEANINGS[state] }]),
  ) as Record<(typeof JOB_STATES)[number], { description: string }>,
});

const JOB_STATUS_MEANINGS: Record<(typeof JOB_STATUSES)[number], string> = {
  NORMAL: 'Success (AIQUM `normal`). AIQUM also reports it while a job runs.',
  WARNING: 'Success with warnings (AIQUM `warning`); see the task reports.',
  PARTIAL_FAILURES:
    'Some of the work failed (AIQUM `partial_failures`); the failed tasks carry a failureReason.',
  ERROR: 'The job failed (AIQUM `error`); the failed task carries a failureReason.',
};

export const JobStatusEnum = builder.enumType('JobStatus', {
  description:
    'How a job (or one of its tasks) is doing or ended: AIQUM `status`, upper-cased. Read it ' +
    'once the job is terminal; a status AIQUM adds later is answered as null.',
  values: Object.fromEntries(
    JOB_STATUSES.map((status) => [status, { description: JOB_STATUS_MEANINGS[status] }]),
  ) as Record<(typeof JOB_STATUSES)[number], { description: string }>,
});
