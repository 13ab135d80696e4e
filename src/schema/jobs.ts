import { MAX_FILTER_KEYS } from '../resolvers/job-filter.ts';
import { fetchJobsConnection, JOB_ORDER_FIELDS } from '../resolvers/jobs-query.ts';
import { toListFilter } from '../resolvers/live-list-filter.ts';
import { DEFAULT_PAGE_SIZE } from '../resolvers/paging.ts';
import { builder } from './builder.ts';
import { connectionWithTotal } from './connections.ts';
import { costs } from './field-cost.ts';
import { JobRef, JobStateEnum, JobStatusEnum } from './job.ts';

const JobOrderFieldEnum = builder.enumType('JobOrderField', {
  values: Object.keys(JOB_ORDER_FIELDS) as (keyof typeof JOB_ORDER_FIELDS)[],
});

const OrderDirectionEnum = builder.enumType('OrderDirection', { values: ['ASC', 'DESC'] as const });

const JobFilterInput = builder.inputType('JobFilter', {
  description: 'Every field given must match. name and type take AIQUM patterns: * or a|b.',
  fields: (t) => ({
    state: t.field({ type: [JobStateEnum], description: 'Any of these states.' }),
    status: t.field({ type: [JobStatusEnum], description: 'Any of these statuses.' }),
    name: t.string(),
    type: t.string(),
    parentJobKey: t.id(),
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
  fields: (t) => ({
    field: t.field({ type: JobOrderFieldEnum, required: true }),
    direction: t.field({ type: OrderDirectionEnum, required: true, defaultValue: 'ASC' }),
  }),
});

const JobConnection = connectionWithTotal(JobRef, 'Job', 'jobs');

builder.queryField('jobs', (t) =>
  t.field({
    type: JobConnection,
    description: 'Jobs, newest first unless orderBy says otherwise.',
    args: {
      first: t.arg.int({ defaultValue: DEFAULT_PAGE_SIZE }),
      after: t.arg.string(),
      last: t.arg.int(),
      before: t.arg.string(),
      filter: t.arg({ type: JobFilterInput }),
      orderBy: t.arg({ type: [JobOrderInput] }),
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
    resolve: (update, _args, context) => {
      if (update instanceof Error) throw update;
      // Each event is a fresh read: nothing loaded for an earlier event may answer it.
      context.jobLoader.clearAll();
      return update;
    },
  }),
);
