import {
  aiqumTimeToIso,
  isTerminalState,
  JOB_STATES,
  JOB_STATUSES,
  toJobState,
  toJobStatus,
} from '../aiqum/job-mapping.ts';
import { readable } from '../aiqum/job-reading.ts';
import { checkKey } from '../aiqum/keys.ts';
import type {
  UpstreamJob,
  UpstreamJobResult,
  UpstreamSpawnedJobSummary,
  UpstreamTaskReport,
} from '../aiqum/wire-types.ts';
import { jobUpdates } from '../live/job-updates.ts';
import { createdObjectOf } from '../resolvers/created-object.ts';
import { KEYS_PER_LIST_REQUEST } from '../resolvers/key-loader.ts';
import { builder } from './builder.ts';
import { costs } from './field-cost.ts';
import { loadLookup } from './node.ts';

export const JobStateEnum = builder.enumType('JobState', {
  description: 'Lifecycle of a job. UNKNOWN stands for a state upstream added later.',
  values: JOB_STATES,
});

export const JobStatusEnum = builder.enumType('JobStatus', {
  description: 'Outcome of a job: NORMAL success, WARNING success with warnings.',
  values: JOB_STATUSES,
});

const timeOrNull = (value: unknown) =>
  value === undefined || value === null || value === '' ? null : aiqumTimeToIso(value);

export const JobRef = builder.nodeRef<UpstreamJob>('Job', {
  id: {
    description: 'Equals key, so normalized client caches work.',
    resolve: (job) => readable(job, 'key'),
  },
});
const TaskReportRef = builder.objectRef<UpstreamTaskReport>('TaskReport');
const JobResultRef = builder.objectRef<UpstreamJobResult>('JobResult');
const SpawnedJobSummaryRef = builder.objectRef<UpstreamSpawnedJobSummary>('SpawnedJobSummary');

JobRef.implement({
  description: 'A background job of AIQUM.',
  fields: (t) => ({
    key: t.id({ resolve: (job) => readable(job, 'key') }),
    name: t.string({ nullable: true, resolve: (job) => readable(job, 'name') ?? null }),
    type: t.string({ nullable: true, resolve: (job) => readable(job, 'type') ?? null }),
    state: t.field({ type: JobStateEnum, resolve: (job) => toJobState(job.state) }),
    status: t.field({
      type: JobStatusEnum,
      nullable: true,
      resolve: (job) => toJobStatus(job.status),
    }),
    terminal: t.boolean({
      description: 'State is COMPLETED or ABORTED: the job will not change any more.',
      resolve: (job) => isTerminalState(toJobState(job.state)),
    }),
    submitTime: t.field({
      type: 'DateTime',
      nullable: true,
      resolve: (job) => timeOrNull(readable(job, 'submit_time')),
    }),
    completeTime: t.field({
      type: 'DateTime',
      nullable: true,
      resolve: (job) => timeOrNull(readable(job, 'complete_time')),
    }),
    parentJobKey: t.id({
      nullable: true,
      resolve: (job) => readable(job, 'parent_job_key') ?? null,
    }),
    parentJob: t.field({
      type: JobRef,
      nullable: true,
      resolve: (job, _args, context) => {
        const parentKey = readable(job, 'parent_job_key');
        return parentKey ? context.jobLoader.load(parentKey) : null;
      },
      ...costs({ batchSize: KEYS_PER_LIST_REQUEST }),
    }),
    spawnedJobSummary: t.field({
      type: SpawnedJobSummaryRef,
      nullable: true,
      resolve: (job) => readable(job, 'spawned_job_summary') ?? null,
    }),
    taskReports: t.field({
      type: [TaskReportRef],
      resolve: (job) => readable(job, 'task_reports') ?? [],
    }),
    results: t.field({
      type: [JobResultRef],
      description: 'Upstream job_results: the keys of created objects, as name/value pairs.',
      resolve: (job) => readable(job, 'job_results') ?? [],
    }),
    createdObject: t.field({
      type: builder.nodeInterfaceRef(),
      nullable: true,
      description:
        'What the job made, once it completed: the LUN, file share, SVM or access endpoint its ' +
        'results name (`lunKey`, `fileshareKey`, `svmKey`, `accessEndpointKey`). Null while it ' +
        'runs, when it made none of these, and when the object is gone.',
      resolve: (job, _args, context) => {
        const created = createdObjectOf(job);
        return created && loadLookup(context, created.typename, created.key);
      },
    }),
  }),
});

TaskReportRef.implement({
  fields: (t) => ({
    key: t.id({ nullable: true, resolve: (task) => readable(task, 'key') ?? null }),
    name: t.string({ nullable: true, resolve: (task) => readable(task, 'name') ?? null }),
    type: t.string({ nullable: true, resolve: (task) => readable(task, 'type') ?? null }),
    description: t.string({
      nullable: true,
      resolve: (task) => readable(task, 'description') ?? null,
    }),
    state: t.field({ type: JobStateEnum, resolve: (task) => toJobState(task.state) }),
    status: t.field({
      type: JobStatusEnum,
      nullable: true,
      resolve: (task) => toJobStatus(task.status),
    }),
    startTime: t.field({
      type: 'DateTime',
      nullable: true,
      resolve: (task) => timeOrNull(readable(task, 'start_time')),
    }),
    completeTime: t.field({
      type: 'DateTime',
      nullable: true,
      resolve: (task) => timeOrNull(readable(task, 'complete_time')),
    }),
    failureReason: t.string({
      nullable: true,
      resolve: (task) => readable(task, 'failure_reason') ?? null,
    }),
  }),
});

JobResultRef.implement({
  fields: (t) => ({
    name: t.string({ resolve: (result) => readable(result, 'name') ?? '' }),
    value: t.string({ nullable: true, resolve: (result) => readable(result, 'value') ?? null }),
  }),
});

SpawnedJobSummaryRef.implement({
  fields: (t) => ({
    totalJobs: t.int({
      nullable: true,
      resolve: (summary) => readable(summary, 'total_jobs') ?? null,
    }),
    runningJobs: t.int({
      nullable: true,
      resolve: (summary) => readable(summary, 'running_jobs') ?? null,
    }),
    completedJobs: t.int({
      nullable: true,
      resolve: (summary) => readable(summary, 'completed_jobs') ?? null,
    }),
    successfulJobs: t.int({
      nullable: true,
      resolve: (summary) => readable(summary, 'successful_jobs') ?? null,
    }),
    failedJobs: t.int({
      nullable: true,
      resolve: (summary) => readable(summary, 'failed_jobs') ?? null,
    }),
    abortedJobs: t.int({
      nullable: true,
      resolve: (summary) => readable(summary, 'aborted_jobs') ?? null,
    }),
  }),
});

builder.queryField('job', (t) =>
  t.field({
    type: JobRef,
    nullable: true,
    description: 'The job with this key, or null when upstream does not know it.',
    args: { key: t.arg.id({ required: true }) },
    resolve: (_root, args, context) => context.jobLoader.load(checkKey(String(args.key))),
    ...costs({ batchSize: KEYS_PER_LIST_REQUEST }),
  }),
);

builder.subscriptionField('jobUpdated', (t) =>
  t.field({
    type: JobRef,
    description:
      'The job as it is now, then one event per change of state, status or task reports. ' +
      'Completes right after the event that carries a terminal state.',
    args: { key: t.arg.id({ required: true }) },
    subscribe: (_root, args, context) =>
      jobUpdates(
        context.jobWatcher.watch(
          checkKey(String(args.key)),
          context.credentials,
          context.signal,
          context.upstream,
        ),
      ),
    resolve: (update, _args, context) => {
      if (update instanceof Error) throw update;
      // Each event is a fresh read: nothing loaded for an earlier event may answer it.
      context.jobLoader.clearAll();
      context.lookups.clearAll();
      return update;
    },
  }),
);
