import { isTerminalState, toJobState, toJobStatus } from '../aiqum/job-mapping.ts';
import { readable } from '../aiqum/job-reading.ts';
import { checkKey } from '../aiqum/keys.ts';
import type { UpstreamJob } from '../aiqum/wire-types.ts';
import type { Context } from '../context.ts';
import { type JobUpdate, jobUpdates } from '../live/job-updates.ts';
import { createdObjectOf } from '../resolvers/created-object.ts';
import { JOB_TYPE } from '../resolvers/global-ids.ts';
import { builder } from './builder.ts';
import { loadsThrough } from './field-cost.ts';
import { JobResultRef, SpawnedJobSummaryRef, TaskReportRef, timeOrNull } from './job-parts.ts';
import { JobStateEnum, JobStatusEnum } from './job-state.ts';
import { loadLookup } from './node.ts';

export const JobRef = builder.nodeRef<UpstreamJob>('Job', {
  id: {
    description: 'Equals key, so that normalized client caches (Apollo, urql, Relay) work.',
    resolve: (job) => readable(job, 'key'),
  },
});

JobRef.implement({
  description:
    'A background job of AIQUM (`/management-server/jobs`): the work behind an operation such ' +
    'as a LUN creation or a backup, with its tasks and, once it completed, its results.',
  fields: (t) => ({
    key: t.id({
      description:
        "AIQUM's key of the job (`key`), an opaque string such as " +
        '`db409f4c1430246f:e6fd83b:16e69bdf32f:-7fbd`; what job(key) and jobUpdated(key) take.',
      resolve: (job) => readable(job, 'key'),
    }),
    name: t.string({
      nullable: true,
      description: 'What the job does, as AIQUM names it (`name`), e.g. "Create LUN".',
      resolve: (job) => readable(job, 'name') ?? null,
    }),
    type: t.string({
      nullable: true,
      description: "AIQUM's type of the job (`type`), e.g. `provision_lun_create`.",
      resolve: (job) => readable(job, 'type') ?? null,
    }),
    state: t.field({
      type: JobStateEnum,
      description: 'Where the job is in its lifecycle (`state`).',
      resolve: (job) => toJobState(job.state),
    }),
    status: t.field({
      type: JobStatusEnum,
      nullable: true,
      description:
        'How the job is doing or ended (`status`); null when AIQUM reports none or one the ' +
        'gateway does not know.',
      resolve: (job) => toJobStatus(job.status),
    }),
    terminal: t.boolean({
      description: 'State is COMPLETED or ABORTED: the job will not change any more.',
      resolve: (job) => isTerminalState(toJobState(job.state)),
    }),
    submitTime: t.field({
      type: 'DateTime',
      nullable: true,
      description: "When AIQUM accepted the job (`submit_time`), with AIQUM's offset.",
      resolve: (job) => timeOrNull(readable(job, 'submit_time')),
    }),
    completeTime: t.field({
      type: 'DateTime',
      nullable: true,
      description: 'When the job ended (`complete_time`); null while it runs.',
      resolve: (job) => timeOrNull(readable(job, 'complete_time')),
    }),
    parentJobKey: t.id({
      nullable: true,
      description: 'The key of the job that spawned this one (`parent_job_key`), if any.',
      resolve: (job) => readable(job, 'parent_job_key') ?? null,
    }),
    parentJob: t.field({
      type: JobRef,
      nullable: true,
      description:
        "The job that spawned this one, read with the caller's credentials; null when there is " +
        'none or AIQUM does not show it. The parents of one request are read together, 40 per ' +
        'AIQUM request.',
      resolve: (job, _args, context) => {
        const parentKey = readable(job, 'parent_job_key');
        return parentKey ? context.jobLoader.load(parentKey) : null;
      },
      ...loadsThrough(JOB_TYPE),
    }),
    spawnedJobSummary: t.field({
      type: SpawnedJobSummaryRef,
      nullable: true,
      description:
        'How the jobs this one spawned are doing (`spawned_job_summary`); null when it spawned ' +
        'none.',
      resolve: (job) => readable(job, 'spawned_job_summary') ?? null,
    }),
    taskReports: t.field({
      type: [TaskReportRef],
      description:
        'Its tasks, in the order AIQUM runs them (`task_reports`); a failed one says why in ' +
        'failureReason.',
      resolve: (job) => readable(job, 'task_reports') ?? [],
    }),
    results: t.field({
      type: [JobResultRef],
      description:
        'What the job produced (`job_results`), as name/value pairs: the keys of created ' +
        'objects (`lunKey`, ...). Empty until it completes, and when it ends in error.',
      resolve: (job) => readable(job, 'job_results') ?? [],
    }),
    createdObject: t.field({
      type: builder.nodeInterfaceRef(),
      nullable: true,
      description:
        'What the job made, once it completed: the LUN, file share, SVM or access endpoint its ' +
        'results name (`lunKey`, `fileshareKey`, `svmKey`, `accessEndpointKey`). Null while it ' +
        'runs, when it made none of these, and when the object is gone.',
      // One loader per type in truth; priced as one, an estimate of a few requests at most.
      ...loadsThrough('created object'),
      resolve: (job, _args, context) => {
        const created = createdObjectOf(job);
        return created && loadLookup(context, created.typename, created.key);
      },
    }),
  }),
});

builder.queryField('job', (t) =>
  t.field({
    type: JobRef,
    nullable: true,
    description:
      "The job with this key, read with the caller's credentials, or null when AIQUM does not " +
      'know it. The job(key) fields of one request are read together, 40 per AIQUM request.',
    args: {
      key: t.arg.id({ required: true, description: "The job's key, as Job.key gives it." }),
    },
    resolve: (_root, args, context) => context.jobLoader.load(checkKey(String(args.key))),
    ...loadsThrough(JOB_TYPE),
  }),
);

builder.subscriptionField('jobUpdated', (t) =>
  t.field({
    type: JobRef,
    description:
      'The job as it is now, then one event per change of state, status or task reports. ' +
      'Completes right after the event that carries a terminal state. An unknown key is ' +
      'NOT_FOUND; a caller whose credentials cannot read the job gets UNAUTHENTICATED or ' +
      'FORBIDDEN and no data.',
    args: {
      key: t.arg.id({ required: true, description: "The job's key, as Job.key gives it." }),
    },
    subscribe: (_root, args, context) =>
      jobUpdates(
        context.jobWatcher.watch(
          checkKey(String(args.key)),
          context.credentials,
          context.signal,
          context.upstream,
        ),
      ),
    resolve: (update, _args, context) => jobOfEvent(update, context),
  }),
);

/**
 * What a live event resolves to: its job, or its error thrown (the subscription ends with it as
 * a field error). Each event is a fresh read: nothing the operation loaded for an earlier event
 * (a parent job, a created object) answers it.
 */
export function jobOfEvent(update: JobUpdate, context: Context): UpstreamJob {
  if (update instanceof Error) throw update;
  context.jobLoader.clearAll();
  context.lookups.clearAll();
  return update;
}
