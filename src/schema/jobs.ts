import { MAX_FILTER_KEYS } from '../resolvers/job-filter.ts';
import { fetchJobsConnection, JOB_ORDER_FIELDS } from '../resolvers/jobs-query.ts';
import { DEFAULT_PAGE_SIZE } from '../resolvers/paging.ts';
import { builder } from './builder.ts';
import { connectionWithTotal } from './connections.ts';
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
