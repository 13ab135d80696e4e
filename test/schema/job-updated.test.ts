import type { FormattedExecutionResult } from 'graphql';
import type { Client } from 'graphql-ws';
import { describe, expect, it, vi } from 'vitest';
import { ManualClock } from '../../src/simulator/clock.ts';
import { SEEDED_KEYS } from '../../src/simulator/seed.ts';
import { Simulator } from '../../src/simulator/simulator.ts';
import { graphql } from '../generated/gql.ts';
import type { JobUpdatedSubscription } from '../generated/graphql.ts';
import { ADMIN } from '../support/app.ts';
import { nextWithin, valueWithin } from '../support/async.ts';
import { disposedAfterEach, startGateway, webSocketClient } from '../support/gateway.ts';
import { TWO_STEPS } from '../support/job-specs.ts';
import { graphqlOverSse } from '../support/sse.ts';
import { untilHeld } from '../support/watcher.ts';

const JobUpdated = graphql(`
  subscription JobUpdated($key: ID!) {
    jobUpdated(key: $key) { key state status terminal taskReports { name state } }
  }
`);

const JobUpdatedWithParent = graphql(`
  subscription JobUpdatedWithParent($key: ID!) {
    jobUpdated(key: $key) { key state parentJob { key spawnedJobSummary { completedJobs } } }
  }
`);

type Result = FormattedExecutionResult<JobUpdatedSubscription>;

const disposables = disposedAfterEach();

function subscribe(client: Client, key: string) {
  const iterator = client.iterate<JobUpdatedSubscription>({
    query: JobUpdated.toString(),
    variables: { key },
  });
  disposables.push(async () => {
    await iterator.return?.();
  });
  return iterator;
}

const taskStates = (result: { data?: JobUpdatedSubscription | null | undefined }) =>
  result.data?.jobUpdated.taskReports.map((task) => `${task.name}:${task.state}`);

describe('jobUpdated over graphql-ws', () => {
  it('should send the job as it is now, then every change, then complete', async () => {
    const { app, url } = await startGateway(disposables);
    const { key } = app.simulator.startJob({ ...TWO_STEPS, tasks: ['create', 'map'] });
    const events = subscribe(webSocketClient(disposables, url, ADMIN), key);

    const first = await valueWithin(events);
    expect(first.data?.jobUpdated).toMatchObject({ key, state: 'RUNNING', terminal: false });
    expect(taskStates(first)).toEqual(['create:RUNNING']);
    app.simulator.advance(1000);
    expect(taskStates(await valueWithin(events))).toEqual(['create:COMPLETED', 'map:RUNNING']);
    app.simulator.advance(1000);
    const last = await valueWithin(events);
    expect(last.data?.jobUpdated).toMatchObject({
      state: 'COMPLETED',
      status: 'NORMAL',
      terminal: true,
    });
    expect((await nextWithin(events)).done).toBe(true);
    expect(app.jobWatcher.activeLoopCount).toBe(0);
  });

  it('should send an already-terminal job once and complete', async () => {
    const { url } = await startGateway(disposables);
    const events = subscribe(webSocketClient(disposables, url, ADMIN), SEEDED_KEYS.aborted);
    expect((await valueWithin(events)).data?.jobUpdated).toMatchObject({
      state: 'ABORTED',
      terminal: true,
    });
    expect((await nextWithin(events)).done).toBe(true);
  });

  it('should cost 100 subscribers the upstream requests of one', async () => {
    const requestsFor = async (subscribers: number) => {
      const { app, url } = await startGateway(disposables);
      const { key } = app.simulator.startJob(TWO_STEPS);
      const clients = Array.from({ length: 4 }, () => webSocketClient(disposables, url, ADMIN));
      const streams = Array.from({ length: subscribers }, (_, index) =>
        subscribe(clients[index % clients.length] as Client, key),
      );
      await Promise.all(streams.map((events) => valueWithin(events)));
      for (let step = 0; step < 2; step++) {
        app.simulator.advance(1000);
        await Promise.all(streams.map((events) => valueWithin(events)));
      }
      await Promise.all(
        streams.map(async (events) => expect((await nextWithin(events)).done).toBe(true)),
      );
      return app.simulator.requestsForJob(key);
    };
    const one = await requestsFor(1);
    expect(await requestsFor(100)).toBe(one);
  });

  it('should fall back to interval polling and still deliver the terminal state', async () => {
    const pollIntervalMs = 100;
    const simulator = new Simulator({ clock: new ManualClock(), longPoll: false });
    disposables.push(() => simulator.close());
    const { url } = await startGateway(disposables, {
      config: { pollIntervalMs },
      overrides: { simulator },
    });
    const { key } = simulator.startJob(TWO_STEPS);
    const startedAt = performance.now();
    const events = subscribe(webSocketClient(disposables, url, ADMIN), key);
    await valueWithin(events);
    simulator.advance(2000);
    expect((await valueWithin(events)).data?.jobUpdated.state).toBe('COMPLETED');
    expect((await nextWithin(events)).done).toBe(true);
    const elapsedMs = performance.now() - startedAt;
    expect(simulator.requestsForJob(key)).toBeLessThanOrEqual(2 + elapsedMs / pollIntervalMs);
  });

  it('should deliver the terminal state after an upstream outage', async () => {
    const { app, url } = await startGateway(disposables);
    const { key } = app.simulator.startJob(TWO_STEPS);
    const events = subscribe(webSocketClient(disposables, url, ADMIN), key);
    await valueWithin(events);
    await untilHeld(app.simulator);
    app.simulator.injectFault({ status: 503, times: 8 });
    app.simulator.advance(1000);
    await valueWithin(events);
    app.simulator.advance(1000);
    const last = await valueWithin(events);
    expect(last.errors).toBeUndefined();
    expect(last.data?.jobUpdated.state).toBe('COMPLETED');
  });

  it('should refuse a subscriber with a wrong password with UNAUTHENTICATED and no data', async () => {
    const { app, url } = await startGateway(disposables);
    const wrong = `Basic ${btoa('admin:wrong')}`;
    const events = subscribe(webSocketClient(disposables, url, wrong), SEEDED_KEYS.running);
    const result = await valueWithin(events);
    expect(result.data).toBeUndefined();
    expect(result.errors?.map((error) => error.extensions?.code)).toEqual(['UNAUTHENTICATED']);
    expect((await nextWithin(events)).done).toBe(true);
    expect(app.jobWatcher.activeLoopCount).toBe(0);
  });

  it('should answer an unknown key with NOT_FOUND', async () => {
    const { url } = await startGateway(disposables);
    const events = subscribe(webSocketClient(disposables, url, ADMIN), 'no:such:job');
    const result = await valueWithin(events);
    expect(result.data).toBeUndefined();
    expect(result.errors?.map((error) => error.extensions?.code)).toEqual(['NOT_FOUND']);
  });

  it('should end with NOT_FOUND when upstream loses the job mid-watch', async () => {
    const { app, url } = await startGateway(disposables);
    const { key } = app.simulator.startJob(TWO_STEPS);
    const events = subscribe(webSocketClient(disposables, url, ADMIN), key);
    await valueWithin(events);
    await untilHeld(app.simulator);
    app.simulator.injectFault({ status: 404, match: (request) => request.jobKey === key });
    app.simulator.advance(1000);
    await valueWithin(events);
    const result = await valueWithin(events);
    expect(result.data).toBeNull();
    expect(result.errors?.map((error) => error.extensions?.code)).toEqual(['NOT_FOUND']);
    expect((await nextWithin(events)).done).toBe(true);
  });

  it('should release the loop and its in-flight request on unsubscribe', async () => {
    const { app, url } = await startGateway(disposables);
    const client = webSocketClient(disposables, url, ADMIN);
    const events = subscribe(client, SEEDED_KEYS.running);
    await valueWithin(events);
    await untilHeld(app.simulator);
    await events.return?.();
    await vi.waitFor(() => {
      expect(app.jobWatcher.activeLoopCount).toBe(0);
      expect(app.simulator.heldRequestCount).toBe(0);
    });
  });

  it('should release the loop when the WebSocket closes', async () => {
    const { app, url } = await startGateway(disposables);
    const client = webSocketClient(disposables, url, ADMIN);
    await valueWithin(subscribe(client, SEEDED_KEYS.running));
    await untilHeld(app.simulator);
    await client.dispose();
    await vi.waitFor(() => {
      expect(app.jobWatcher.subscriberCount).toBe(0);
      expect(app.jobWatcher.activeLoopCount).toBe(0);
      expect(app.simulator.heldRequestCount).toBe(0);
    });
  });

  it('should load parentJob afresh for every event', async () => {
    const simulator = new Simulator({ clock: new ManualClock(), seed: false });
    disposables.push(() => simulator.close());
    const { url } = await startGateway(disposables, { overrides: { simulator } });
    const parent = simulator.startJob({ name: 'Parent', type: 'p', stepMs: 60_000 });
    const child = simulator.startJob({ ...TWO_STEPS, parentJobKey: parent.key });
    const events = webSocketClient(disposables, url, ADMIN).iterate<{
      jobUpdated: { parentJob: { spawnedJobSummary: { completedJobs: number } } };
    }>({ query: JobUpdatedWithParent.toString(), variables: { key: child.key } });
    disposables.push(async () => void (await events.return?.()));
    const completedSiblings = async () =>
      (await valueWithin(events)).data?.jobUpdated.parentJob.spawnedJobSummary.completedJobs;

    expect(await completedSiblings()).toBe(0);
    simulator.advance(1000);
    expect(await completedSiblings()).toBe(0);
    simulator.advance(1000);
    expect(await completedSiblings()).toBe(1);
  });

  it('should leave no socket, timer, request or loop behind after stop()', async () => {
    const timers = () => process.getActiveResourcesInfo().filter((name) => name === 'Timeout');
    const sockets = () => process.getActiveResourcesInfo().filter((name) => name.startsWith('TCP'));
    const before = { timers: timers().length, sockets: sockets().length };
    const { app, url } = await startGateway([]);
    const client = webSocketClient(disposables, url, ADMIN);
    await valueWithin(subscribe(client, SEEDED_KEYS.running));
    await untilHeld(app.simulator);

    await app.stop();
    expect(app.jobWatcher.activeLoopCount).toBe(0);
    expect(app.simulator.heldRequestCount).toBe(0);
    await client.dispose();
    await vi.waitFor(() => expect(sockets().length).toBeLessThanOrEqual(before.sockets));
    // Checked after waitFor, whose own timers are gone by then.
    expect(timers().length).toBeLessThanOrEqual(before.timers);
  });
});

describe('jobUpdated over SSE', () => {
  it('should stream the same events as graphql-ws, then complete', async () => {
    const { app, url } = await startGateway(disposables);
    const { key } = app.simulator.startJob(TWO_STEPS);
    const stream = graphqlOverSse(
      url,
      { query: JobUpdated.toString(), variables: { key } },
      { authorization: ADMIN },
    );
    disposables.push(async () => void (await stream.return(undefined)));
    const next = async () => {
      const event = await valueWithin(stream);
      return { event: event.event, ...(JSON.parse(event.data || '{}') as Result) };
    };

    const first = await next();
    expect(first.event).toBe('next');
    expect(first.data?.jobUpdated.state).toBe('RUNNING');
    app.simulator.advance(1000);
    expect(taskStates(await next())).toEqual([
      'validate_request:COMPLETED',
      'perform_operation:RUNNING',
    ]);
    app.simulator.advance(1000);
    expect((await next()).data?.jobUpdated.state).toBe('COMPLETED');
    expect((await next()).event).toBe('complete');
  });

  it('should release the loop when the client aborts the stream', async () => {
    const { app, url } = await startGateway(disposables);
    const abort = new AbortController();
    const stream = graphqlOverSse(
      url,
      { query: JobUpdated.toString(), variables: { key: SEEDED_KEYS.running } },
      { authorization: ADMIN, signal: abort.signal },
    );
    await valueWithin(stream);
    await untilHeld(app.simulator);
    abort.abort();
    await vi.waitFor(() => {
      expect(app.jobWatcher.activeLoopCount).toBe(0);
      expect(app.simulator.heldRequestCount).toBe(0);
    });
  });
});
