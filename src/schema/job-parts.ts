import { aiqumTimeToIso, toJobState, toJobStatus } from '../aiqum/job-mapping.ts';
import { readable } from '../aiqum/job-reading.ts';
import type {
  UpstreamJobResult,
  UpstreamSpawnedJobSummary,
  UpstreamTaskReport,
} from '../aiqum/wire-types.ts';
import { builder } from './builder.ts';
import { JobStateEnum, JobStatusEnum } from './job-state.ts';

// What a job is made of: its task reports, its results, the summary of the jobs it spawned.

/** An AIQUM time as ISO 8601, or null when AIQUM gave none. */
export const timeOrNull = (value: unknown) =>
  value === undefined || value === null || value === '' ? null : aiqumTimeToIso(value);

export const TaskReportRef = builder.objectRef<UpstreamTaskReport>('TaskReport');
export const JobResultRef = builder.objectRef<UpstreamJobResult>('JobResult');
export const SpawnedJobSummaryRef =
  builder.objectRef<UpstreamSpawnedJobSummary>('SpawnedJobSummary');

TaskReportRef.implement({
  description:
    'One task of a job (AIQUM `task_reports[]`), in the order AIQUM runs them: what the job ' +
    'is doing now, and where it failed.',
  fields: (t) => ({
    key: t.id({
      nullable: true,
      description: "AIQUM's key of the task (`key`).",
      resolve: (task) => readable(task, 'key') ?? null,
    }),
    name: t.string({
      nullable: true,
      description: "AIQUM's name of the task (`name`), e.g. `provision_create_lun`.",
      resolve: (task) => readable(task, 'name') ?? null,
    }),
    type: t.string({
      nullable: true,
      description: "AIQUM's type of the task (`type`).",
      resolve: (task) => readable(task, 'type') ?? null,
    }),
    description: t.string({
      nullable: true,
      description: 'What the task does, in words (`description`).',
      resolve: (task) => readable(task, 'description') ?? null,
    }),
    state: t.field({
      type: JobStateEnum,
      description: 'Where the task is in its lifecycle (`state`).',
      resolve: (task) => toJobState(task.state),
    }),
    status: t.field({
      type: JobStatusEnum,
      nullable: true,
      description: 'How the task is doing or ended (`status`).',
      resolve: (task) => toJobStatus(task.status),
    }),
    startTime: t.field({
      type: 'DateTime',
      nullable: true,
      description: 'When the task started (`start_time`).',
      resolve: (task) => timeOrNull(readable(task, 'start_time')),
    }),
    completeTime: t.field({
      type: 'DateTime',
      nullable: true,
      description: 'When the task ended (`complete_time`); null while it runs.',
      resolve: (task) => timeOrNull(readable(task, 'complete_time')),
    }),
    failureReason: t.string({
      nullable: true,
      description:
        "Why the task failed, in AIQUM's words (`failure_reason`): the only place AIQUM says " +
        'what went wrong. Null unless it failed.',
      resolve: (task) => readable(task, 'failure_reason') ?? null,
    }),
  }),
});

JobResultRef.implement({
  description:
    'One result of a completed job (AIQUM `job_results[]`): a name/value pair, such as the key ' +
    'of the object it created (`lunKey`, `fileshareKey`, `accessEndpointKey`, `svmKey`) or ' +
    'the `backupFile` of a backup.',
  fields: (t) => ({
    name: t.string({
      description: 'What the value is (`name`), e.g. `lunKey`; empty when AIQUM gave none.',
      resolve: (result) => readable(result, 'name') ?? '',
    }),
    value: t.string({
      nullable: true,
      description: 'The value (`value`), e.g. the key of the new LUN.',
      resolve: (result) => readable(result, 'value') ?? null,
    }),
  }),
});

const count = (description: string) => ({ nullable: true, description }) as const;

SpawnedJobSummaryRef.implement({
  description:
    'How the jobs a job spawned are doing (AIQUM `spawned_job_summary`); those jobs name it ' +
    'as their parentJobKey.',
  fields: (t) => ({
    totalJobs: t.int({
      ...count('How many jobs it spawned (`total_jobs`).'),
      resolve: (summary) => readable(summary, 'total_jobs') ?? null,
    }),
    runningJobs: t.int({
      ...count('How many of them still run (`running_jobs`).'),
      resolve: (summary) => readable(summary, 'running_jobs') ?? null,
    }),
    completedJobs: t.int({
      ...count(
        'How many of them ended (`completed_jobs`): successful, failed and aborted together.',
      ),
      resolve: (summary) => readable(summary, 'completed_jobs') ?? null,
    }),
    successfulJobs: t.int({
      ...count('How many of them ended successfully (`successful_jobs`).'),
      resolve: (summary) => readable(summary, 'successful_jobs') ?? null,
    }),
    failedJobs: t.int({
      ...count('How many of them failed (`failed_jobs`).'),
      resolve: (summary) => readable(summary, 'failed_jobs') ?? null,
    }),
    abortedJobs: t.int({
      ...count('How many of them were aborted (`aborted_jobs`).'),
      resolve: (summary) => readable(summary, 'aborted_jobs') ?? null,
    }),
  }),
});
