import type { FormattedExecutionResult } from 'graphql';
import type { Client as SseClient } from 'graphql-sse';
import type { Client } from 'graphql-ws';
import { describe, expect, it, vi } from 'vitest';
import type { Config } from '../../src/config.ts';
import { ManualClock } from '../../src/simulator/clock.ts';
import { SEEDED_NAMES, SEEDED_OBJECTS } from '../../src/simulator/inventory-seed.ts';
import { Simulator } from '../../src/simulator/simulator.ts';
import type { JobSpec } from '../../src/simulator/types.ts';
import { graphql } from '../generated/gql.ts';
import type { JobFilter, JobsUpdatedSubscription } from '../generated/graphql.ts';
import { ADMIN, execute, OPERATOR } from '../support/app.ts';
import { valueWithin } from '../support/async.ts';
import { disposedAfterEach, sseClient, startGateway, webSocketClient } from '../support/gateway.ts';
import { CreateBackup, UpdateSvm } from '../support/mutation-cases.ts';

const JobsUpdated = graphql(`
  subscription JobsUpdated($filter: JobFilter) {
    jobsUpdated(filter: $filter) { id key name type state status taskReports { name state } }
  }
`);

const JobsUpdatedCreated = graphql(`
  subscription JobsUpdatedCreated($filter: JobFilter) {
    jobsUpdated(filter: $filter) { key state createdObject { ... on Svm { name } } }
  }
`);

const TWO_STEPS: JobSpec = {
  name: 'Create LUN',
  type: 'provision_lun_create',
  tasks: ['create', 'map'],
  stepMs: 1000,
};
const BACKUP_STEP: JobSpec = { name: 'Backup database', type: 'backup', stepMs: 1000 };
const POLL_INTERVAL_MS = 30;

type Result = FormattedExecutionResult<JobsUpdatedSubscription>;
type Events = AsyncIterableIterator<Result>;

const disposables = disposedAfterEach();

async function gateway(config: Partial<Config> = {}) {
  const simulator = new Simulator({ clock: new ManualClock(), seed: false });
  disposables.push(() => simulator.close());
  return startGateway(disposables, {
    config: { pollIntervalMs: POLL_INTERVAL_MS, ...config },
    overrides: { simulator },
  });
}

function subscribe(client: Client | SseClient, filter?: JobFilter): Events {
  const events = client.iterate<JobsUpdatedSubscription>({
    query: JobsUpdated.toString(),
    variables: filter ? { filter } : {},
  }) as Events;
  disposables.push(async () => void (await events.return?.()));
  return events;
}

/** Resolves once `count` subscribers joined their lists: jobs started from now on are new. */
const untilListening = (app: { jobListWatcher: { subscriberCount: number } }, count = 1) =>
  vi.waitFor(() => expect(app.jobListWatcher.subscriberCount).toBe(count), { interval: 2 });

const jobOf = async (events: Events) => {
  const result = await valueWithin(events);
  expect(result.errors).toBeUndefined();
  const job = result.data?.jobsUpdated;
  if (!job) throw new Error(`expects a job, but got ${JSON.stringify(result)}`);
  return job;
};

/** The codes of the errors a subscription was refused (or ended) with. */
const refusal = async (events: Events) => {
  try {
    return (await valueWithin(events)).errors?.map((error) => error.extensions?.code);
  } catch (errors) {
    return (errors as Result['errors'])?.map((error) => error.extensions?.code);
  }
};

const tasks = (job: JobsUpdatedSubscription['jobsUpdated']) =>
  job.taskReports.map((task) => `${task.name}:${task.state}`);

describe('jobsUpdated over graphql-ws', () => {
  it('should send a job another login starts through the API, then each of its changes', async () => {
    const { app, url } = await gateway();
    const events = subscribe(webSocketClient(disposables, url, OPERATOR));
    await untilListening(app);

    const started = await execute(app, CreateBackup, {}, ADMIN);
    const key = started.data?.createBackup.job.key;
    expect(await jobOf(events)).toMatchObject({ id: key, key, type: 'backup', state: 'RUNNING' });
    app.simulator.advance(15_000);
    const changed = await jobOf(events);
    expect(changed).toMatchObject({ key, state: 'RUNNING' });
    expect(tasks(changed)).toEqual(['prepare_backup:COMPLETED', 'dump_database:RUNNING']);
  });

  it('should send jobs the simulator starts, their transitions and their terminal state', async () => {
    const { app, url } = await gateway();
    const events = subscribe(webSocketClient(disposables, url, ADMIN));
    await untilListening(app);

    const { key } = app.simulator.startJob(TWO_STEPS);
    expect(tasks(await jobOf(events))).toEqual(['create:RUNNING']);
    app.simulator.advance(1000);
    expect(tasks(await jobOf(events))).toEqual(['create:COMPLETED', 'map:RUNNING']);
    app.simulator.advance(1000);
    expect(await jobOf(events)).toMatchObject({ key, state: 'COMPLETED', status: 'NORMAL' });
  });

  it('should follow jobs that were already running when it started', async () => {
    const { app, url } = await gateway();
    const { key } = app.simulator.startJob(TWO_STEPS);
    const events = subscribe(webSocketClient(disposables, url, ADMIN));
    await untilListening(app);

    app.simulator.advance(1000);
    const changed = await jobOf(events);
    expect(changed.key).toBe(key);
    expect(tasks(changed)).toEqual(['create:COMPLETED', 'map:RUNNING']);
  });

  it('should leave out jobs of another type or name', async () => {
    const { app, url } = await gateway();
    const events = subscribe(webSocketClient(disposables, url, ADMIN), {
      type: 'provision_lun_*',
    });
    await untilListening(app);

    app.simulator.startJob(BACKUP_STEP);
    const lun = app.simulator.startJob(TWO_STEPS);
    expect((await jobOf(events)).key).toBe(lun.key);
    app.simulator.advance(1000);
    expect((await jobOf(events)).key).toBe(lun.key);
    const another = app.simulator.startJob(TWO_STEPS);
    expect((await jobOf(events)).key).toBe(another.key);
  });

  it('should follow only the jobs filter.keys names', async () => {
    const { app, url } = await gateway();
    const named = app.simulator.startJob(TWO_STEPS);
    app.simulator.startJob(TWO_STEPS);
    const events = subscribe(webSocketClient(disposables, url, ADMIN), { keys: [named.key] });
    await untilListening(app);
    // Only the named job is followed: the other one's loop never starts.
    expect(app.jobWatcher.activeLoopCount).toBe(1);
    app.simulator.advance(1000);
    expect((await jobOf(events)).key).toBe(named.key);
    app.simulator.advance(1000);
    expect(await jobOf(events)).toMatchObject({ key: named.key, state: 'COMPLETED' });
  });

  it('should leave out jobs submitted before filter.submittedAfter', async () => {
    const { app, url } = await gateway();
    const every = subscribe(webSocketClient(disposables, url, ADMIN));
    await untilListening(app);
    const early = app.simulator.startJob(TWO_STEPS);
    expect((await jobOf(every)).key).toBe(early.key);
    const submittedMs = Date.parse(
      String(app.simulator.getJob(early.key)?.submit_time).replace(' ', 'T'),
    );
    const after = new Date(submittedMs + 5000).toISOString().replace(/\.\d+Z$/, '+00:00');
    const recent = subscribe(webSocketClient(disposables, url, ADMIN), {
      submittedAfter: after,
    });
    await untilListening(app, 2);
    app.simulator.advance(10_000);
    const late = app.simulator.startJob(TWO_STEPS);
    // The early job changed meanwhile, but it was submitted before the bound.
    expect((await jobOf(recent)).key).toBe(late.key);
  });

  it('should send the change that takes a job out of a state filter, then nothing more of it', async () => {
    const { app, url } = await gateway();
    const running = subscribe(webSocketClient(disposables, url, ADMIN), { state: ['RUNNING'] });
    const completed = subscribe(webSocketClient(disposables, url, ADMIN), {
      state: ['COMPLETED'],
    });
    await untilListening(app, 2);
    // Lists that differ only in states and statuses share one discovery.
    expect(app.jobListWatcher.listCount).toBe(1);

    const { key } = app.simulator.startJob(TWO_STEPS);
    expect(await jobOf(running)).toMatchObject({ key, state: 'RUNNING' });
    app.simulator.advance(1000);
    expect(await jobOf(running)).toMatchObject({ key, state: 'RUNNING' });
    app.simulator.advance(1000);
    expect(await jobOf(running)).toMatchObject({ key, state: 'COMPLETED' });
    // The completed list heard of nothing while it ran.
    expect(await jobOf(completed)).toMatchObject({ key, state: 'COMPLETED' });

    const next = app.simulator.startJob(TWO_STEPS);
    expect((await jobOf(running)).key).toBe(next.key);
  });

  it('should never send a job AIQUM hides from the login, nor any change of it', async () => {
    const { app, url } = await gateway();
    const events = subscribe(webSocketClient(disposables, url, OPERATOR));
    await untilListening(app);

    const hidden = app.simulator.startJob(TWO_STEPS);
    app.simulator.hideJob(hidden.key, 'operator');
    const seen = app.simulator.startJob(TWO_STEPS);
    expect((await jobOf(events)).key).toBe(seen.key);

    // Hidden while followed: its later changes are not sent either.
    app.simulator.hideJob(seen.key, 'operator');
    app.simulator.advance(2000);
    const last = app.simulator.startJob(BACKUP_STEP);
    expect((await jobOf(events)).key).toBe(last.key);
  });

  it('should read what each event names afresh, not from what an earlier event read', async () => {
    const { app, url } = await gateway();
    const events = webSocketClient(disposables, url, ADMIN).iterate<JobsUpdatedSubscription>({
      query: JobsUpdatedCreated.toString(),
      variables: { filter: { type: 'svm_check' } },
    }) as Events;
    disposables.push(async () => void (await events.return?.()));
    await untilListening(app);
    const check: JobSpec = {
      name: 'Check SVM',
      type: 'svm_check',
      tasks: ['check'],
      stepMs: 1000,
      results: [{ name: 'svmKey', value: SEEDED_OBJECTS.svm }],
    };
    const createdName = async () => {
      app.simulator.startJob(check);
      await jobOf(events);
      app.simulator.advance(1000);
      const completed = (await jobOf(events)) as { createdObject?: { name?: string } | null };
      return completed.createdObject?.name;
    };

    expect(await createdName()).toBe(SEEDED_NAMES.svm);
    await execute(app, UpdateSvm, { key: SEEDED_OBJECTS.svm, input: { name: 'svm_renamed' } });
    app.simulator.advance(60_000);
    expect(app.simulator.getObject('svm', SEEDED_OBJECTS.svm)?.name).toBe('svm_renamed');
    expect(await createdName()).toBe('svm_renamed');
  });

  it('should cost 10 subscribers of one filter one discovery poll and one loop per job', async () => {
    const run = async (subscribers: number) => {
      const { app, url } = await gateway();
      const clients = [0, 1, 2].map(() => webSocketClient(disposables, url, ADMIN));
      const streams = Array.from({ length: subscribers }, (_, index) =>
        index % 4 === 3
          ? subscribe(sseClient(disposables, url, ADMIN), { type: 'provision_*' })
          : subscribe(clients[index % 3] as Client, { type: 'provision_*' }),
      );
      await untilListening(app, subscribers);
      expect(app.jobListWatcher.listCount).toBe(1);
      const listReads = () =>
        app.simulator.requests.filter((request) => request.path.endsWith('/jobs')).length;
      // Subscribers who come together with one login are all admitted by the list's first reads.
      const checks = app.simulator.requests.filter(
        (request) => request.path.endsWith('/jobs') && request.query.get('max_records') === '1',
      );
      expect(checks).toHaveLength(0);
      const before = listReads();
      const startedAt = performance.now();
      const { key } = app.simulator.startJob(TWO_STEPS);
      await Promise.all(streams.map((events) => jobOf(events)));
      for (let step = 0; step < 2; step++) {
        app.simulator.advance(1000);
        await Promise.all(streams.map((events) => jobOf(events)));
      }
      const polls = listReads() - before;
      const elapsedMs = performance.now() - startedAt;
      expect(polls).toBeLessThanOrEqual(2 + elapsedMs / POLL_INTERVAL_MS);
      return app.simulator.requestsForJob(key);
    };
    const one = await run(1);
    expect(await run(10)).toBe(one);
  });

  it('should catch up over several polls when more jobs arrive than fit in a page', async () => {
    const { app, url } = await gateway({
      liveList: { pageSize: 3, maxFollowed: 100, maxListsPerLogin: 20 },
    });
    const events = subscribe(webSocketClient(disposables, url, ADMIN), { state: ['RUNNING'] });
    await untilListening(app);

    const started = Array.from({ length: 11 }, () => app.simulator.startJob(TWO_STEPS).key);
    const received = new Set<string>();
    for (let index = 0; index < started.length; index++) received.add((await jobOf(events)).key);
    expect([...received].sort()).toEqual([...started].sort());
  });

  it('should end a login AIQUM stops admitting with UNAUTHENTICATED and send it nothing more', async () => {
    const { app, url } = await gateway();
    const operator = subscribe(webSocketClient(disposables, url, OPERATOR));
    const admin = subscribe(webSocketClient(disposables, url, ADMIN));
    await untilListening(app, 2);

    app.simulator.removeUser('operator');
    const ended = await valueWithin(operator);
    expect(ended.errors?.map((error) => error.extensions?.code)).toEqual(['UNAUTHENTICATED']);
    expect((await operator.next()).done).toBe(true);
    // Another login's list goes on.
    const { key } = app.simulator.startJob(TWO_STEPS);
    expect((await jobOf(admin)).key).toBe(key);
  });

  it('should end the subscribers of an old password and keep those of the new one', async () => {
    const { app, url } = await gateway({ accessRecheckMs: 200 });
    const old = subscribe(webSocketClient(disposables, url, OPERATOR));
    await untilListening(app);
    app.simulator.setUser('operator', { password: 'renewed', canWrite: false });
    const renewed = subscribe(
      webSocketClient(disposables, url, `Basic ${btoa('operator:renewed')}`),
    );
    expect(await refusal(old)).toEqual(['UNAUTHENTICATED']);
    await untilListening(app);
    // One login, one list: the new password joined the old one's feed.
    expect(app.jobListWatcher.listCount).toBe(1);
    const { key } = app.simulator.startJob(TWO_STEPS);
    expect((await jobOf(renewed)).key).toBe(key);
  });

  it('should end a login AIQUM answers 403 with FORBIDDEN', async () => {
    const { app, url } = await gateway();
    const events = subscribe(webSocketClient(disposables, url, OPERATOR));
    await untilListening(app);
    app.simulator.injectFault({
      status: 403,
      match: (request) => request.user === 'operator' && request.path.endsWith('/jobs'),
    });
    const ended = await valueWithin(events);
    expect(ended.errors?.map((error) => error.extensions?.code)).toEqual(['FORBIDDEN']);
    await vi.waitFor(() => expect(app.jobListWatcher.listCount).toBe(0));
  });

  it('should refuse wrong credentials with UNAUTHENTICATED and no stream', async () => {
    const { app, url } = await gateway();
    const admin = subscribe(webSocketClient(disposables, url, ADMIN));
    await untilListening(app);
    const wrong = subscribe(webSocketClient(disposables, url, `Basic ${btoa('admin:wrong')}`));
    expect(await refusal(wrong)).toEqual(['UNAUTHENTICATED']);
    expect(app.jobListWatcher.subscriberCount).toBe(1);
    void admin;
  });

  it('should release the discovery and the followed jobs when the last subscriber leaves', async () => {
    const { app, url } = await gateway();
    app.simulator.startJob(TWO_STEPS);
    const client = webSocketClient(disposables, url, ADMIN);
    const events = subscribe(client);
    await untilListening(app);
    expect(app.jobWatcher.activeLoopCount).toBe(1);
    expect(app.jobWatcher.subscriberCount).toBe(0);
    await events.return?.();
    await vi.waitFor(() => {
      expect(app.jobListWatcher.listCount).toBe(0);
      expect(app.jobWatcher.activeLoopCount).toBe(0);
      expect(app.simulator.heldRequestCount).toBe(0);
    });
  });
});

describe('jobsUpdated and stop()', () => {
  it('should leave no timer, socket, request or loop behind', async () => {
    const timers = () => process.getActiveResourcesInfo().filter((name) => name === 'Timeout');
    const sockets = () => process.getActiveResourcesInfo().filter((name) => name.startsWith('TCP'));
    const before = { timers: timers().length, sockets: sockets().length };
    const simulator = new Simulator({ clock: new ManualClock(), seed: false });
    disposables.push(() => simulator.close());
    simulator.startJob(TWO_STEPS);
    const { app, url } = await startGateway([], {
      config: { pollIntervalMs: POLL_INTERVAL_MS },
      overrides: { simulator },
    });
    const client = webSocketClient(disposables, url, ADMIN);
    subscribe(client);
    await untilListening(app);
    await vi.waitFor(() => expect(simulator.heldRequestCount).toBe(1));

    await app.stop();
    expect(app.jobListWatcher.listCount).toBe(0);
    expect(app.jobWatcher.activeLoopCount).toBe(0);
    expect(simulator.heldRequestCount).toBe(0);
    await client.dispose();
    await vi.waitFor(() => expect(sockets().length).toBeLessThanOrEqual(before.sockets));
    expect(timers().length).toBeLessThanOrEqual(before.timers);
  });
});

describe('jobsUpdated over SSE', () => {
  it('should stream new jobs and their changes with the graphql-sse client', async () => {
    const { app, url } = await gateway();
    const events = subscribe(sseClient(disposables, url, ADMIN), { name: 'Create*' });
    await untilListening(app);

    const { key } = app.simulator.startJob(TWO_STEPS);
    expect(await jobOf(events)).toMatchObject({ key, name: 'Create LUN', state: 'RUNNING' });
    app.simulator.advance(1000);
    expect(tasks(await jobOf(events))).toEqual(['create:COMPLETED', 'map:RUNNING']);
  });
});

describe('jobsUpdated bounds', () => {
  it('should count live lists in MAX_SUBSCRIPTIONS with jobUpdated', async () => {
    const { app, url } = await gateway({
      limits: { ...(await import('../../src/config.ts')).DEFAULT_LIMITS, maxSubscriptions: 2 },
    });
    const { key } = app.simulator.startJob(TWO_STEPS);
    const client = webSocketClient(disposables, url, ADMIN);
    const single = client.iterate({
      query: 'subscription($key: ID!) { jobUpdated(key: $key) { key } }',
      variables: { key },
    });
    disposables.push(async () => void (await single.return?.()));
    await valueWithin(single);
    subscribe(client);
    await untilListening(app);

    expect(await refusal(subscribe(client))).toEqual(['TOO_MANY_SUBSCRIPTIONS']);
  });

  it('should bound the distinct lists of one login, and refuse oversized patterns and key lists', async () => {
    const { app, url } = await gateway({
      liveList: { pageSize: 100, maxFollowed: 100, maxListsPerLogin: 2 },
    });
    const client = webSocketClient(disposables, url, ADMIN);
    subscribe(client, { name: 'a*' });
    subscribe(client, { name: 'b*' });
    subscribe(client, { name: 'a*', state: ['RUNNING'] });
    await untilListening(app, 3);
    expect(await refusal(subscribe(client, { name: 'c*' }))).toEqual(['TOO_MANY_SUBSCRIPTIONS']);
    expect(await refusal(subscribe(client, { name: 'x'.repeat(300) }))).toEqual(['BAD_USER_INPUT']);
    expect(await refusal(subscribe(client, { name: '*a*b*c*d*e*f*g*h*i*' }))).toEqual([
      'BAD_USER_INPUT',
    ]);
    const keys = Array.from({ length: 41 }, (_, index) => `job:${index}`);
    expect(await refusal(subscribe(client, { keys }))).toEqual(['BAD_USER_INPUT']);
  });
});
