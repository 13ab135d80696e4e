import { MAX_FILTER_KEYS } from '../resolvers/job-filter.ts';
import { fetchJobsConnection, type JOB_ORDER_FIELDS } from '../resolvers/jobs-query.ts';
import { toListFilter } from '../resolvers/live-list-filter.ts';
import { DEFAULT_PAGE_SIZE } from '../resolvers/paging.ts';
import { builder } from './builder.ts';
import { connectionWithTotal } from './connections.ts';
import { costs } from './field-cost.ts';
import { JobRef, jobOfEvent } from './job.ts';
import { JobStateEnum, JobStatusEnum } from './job-state.ts';

const ORDER_FIELD_MEANINGS: Record<keyof typeof JOB_ORDER_FIELDS, string> = {
  SUBMIT_TIME: 'When AIQUM accepted the job (`submit_time`).',
  COMPLETE_TIME: 'When the job ended (`complete_time`).',
  NAME: 'The name of the job (`name`).',
  TYPE: 'The type of the job (`type`).',
  STATE: 'The state of the job (`state`).',
  STATUS: 'The status of the job (`status`).',
  KEY: 'The key of the job (`key`).',
};

const JobOrderFieldEnum = builder.enumType('JobOrderField', {
  description: 'A field jobs can be ordered by: the AIQUM field sent in `order_by`.',
  values: Object.fromEntries(
    Object.entries(ORDER_FIELD_MEANINGS).map(([field, description]) => [field, { description }]),
  ) as Record<keyof typeof JOB_ORDER_FIELDS, { description: string }>,
});

const OrderDirectionEnum = builder.enumType('OrderDirection', {
  description: 'Which way to order: AIQUM `asc` or `desc`.',
  values: {
    ASC: { description: 'Smallest, earliest or first in the alphabet first (`asc`).' },
    DESC: { description: 'Largest, latest or last in the alphabet first (`desc`).' },
  } as const,
});

const JobFilterInput = builder.inputType('JobFilter', {
  description:
    'Which jobs to list: every field given must match (AIQUM list filters). name and type ' +
    'take AIQUM patterns: `*` as a wildcard (`Create*`), or `a|b` for either.',
  fields: (t) => ({
    state: t.field({
      type: [JobStateEnum],
      description: 'Any of these states (`state=running|completed`). UNKNOWN is refused.',
    }),
    status: t.field({ type: [JobStatusEnum], description: 'Any of these statuses (`status`).' }),
    name: t.string({ description: 'The name of the job (`name`), a pattern, e.g. `Create*`.' }),
    type: t.string({
      description: 'The type of the job (`type`), a pattern, e.g. `provision_*`.',
    }),
    parentJobKey: t.id({
      description: 'Jobs spawned by the job with this key (`parent_job_key`).',
    }),
    keys: t.idList({
      description: `Any of these jobs, by key (upstream \`key=a|b\`); 1 to ${MAX_FILTER_KEYS} keys.`,
    }),
    submittedAfter: t.field({
      type: 'DateTime',
      description: 'Submitted at or after this instant (upstream `submit_time`).',
    }),
    submittedBefore: t.field({
      type: 'DateTime',
      description: 'Submitted at or before this instant (upstream `submit_time`).',
    }),
  }),
});

const JobOrderInput = builder.inputType('JobOrder', {
  description: 'One ordering term (AIQUM `order_by=field direction`); later terms break ties.',
  fields: (t) => ({
    field: t.field({
      type: JobOrderFieldEnum,
      required: true,
      description: 'The field to order by.',
    }),
    direction: t.field({
      type: OrderDirectionEnum,
      required: true,
      defaultValue: 'ASC',
      description: 'Which way; ascending unless said.',
    }),
  }),
});

const JobConnection = connectionWithTotal(JobRef, 'Job', 'jobs');

builder.queryField('jobs', (t) =>
  t.field({
    type: JobConnection,
    description:
      'Jobs AIQUM shows the caller, newest first unless orderBy says otherwise, a page at a ' +
      'time (Relay paging: first/after forward, last/before backward; at most 1000 per page).',
    args: {
      first: t.arg.int({
        defaultValue: DEFAULT_PAGE_SIZE,
        description: `How many jobs from the start (or after \`after\`): 0 to 1000, default ${DEFAULT_PAGE_SIZE}.`,
      }),
      after: t.arg.string({
        description: 'A cursor of this connection: the page starts after that job.',
      }),
      last: t.arg.int({
        description:
          'How many jobs from the end (or before `before`), 0 to 1000; not with first. Alone, ' +
          'it costs one more AIQUM request (the count).',
      }),
      before: t.arg.string({
        description: 'A cursor of this connection: the page ends before that job.',
      }),
      filter: t.arg({ type: JobFilterInput, description: 'Which jobs; every job when absent.' }),
      orderBy: t.arg({
        type: [JobOrderInput],
        description: "How to order them; AIQUM's order (newest first) when absent.",
      }),
    },
    // Paging backwards from the end first asks for the count.
    ...costs({ requests: (args) => (args.last != null && args.before == null ? 2 : 1) }),
    resolve: (_root, args, context) => {
      // `first` has a default for the common case; paging backwards means `last` alone.
      const first = args.last != null && args.first === DEFAULT_PAGE_SIZE ? null : args.first;
      return fetchJobsConnection(
        context.aiqum,
        context.credentials,
        { ...args, first },
        context.signal,
      );
    },
  }),
);

builder.subscriptionField('jobsUpdated', (t) =>
  t.field({
    type: JobRef,
    description:
      'A live jobs list: every job matching the filter that appears after the subscription ' +
      'started, and every later change of state, status or task reports of a matching job, ' +
      'jobs already running when it started included. A change that takes a job out of the ' +
      'filter (e.g. COMPLETED under state: [RUNNING]) is sent too, as the last event for that ' +
      'job: drop the row when its state or status no longer matches. Never completes on its ' +
      'own. Use it beside jobs(filter) with the same filter, merging events by id.',
    args: {
      filter: t.arg({
        type: JobFilterInput,
        description: 'As for jobs; name and type take at most 256 characters and 8 wildcards.',
      }),
    },
    subscribe: (_root, args, context) =>
      context.jobListWatcher.watch(toListFilter(args.filter), context.credentials, context.signal),
    resolve: (update, _args, context) => jobOfEvent(update, context),
  }),
);
