import type { FormattedExecutionResult } from 'graphql';
import type { Client as SseClient } from 'graphql-sse';
import type { Client } from 'graphql-ws';
import { describe, expect, it, vi } from 'vitest';
import { ManualClock } from '../../src/simulator/clock.ts';
import { Simulator } from '../../src/simulator/simulator.ts';
import type { JobSpec } from '../../src/simulator/types.ts';
import { graphql } from '../generated/gql.ts';
import type { JobFilter } from '../generated/graphql.ts';
import { ADMIN, OPERATOR } from '../support/app.ts';
import { valueWithin } from '../support/async.ts';
import { disposedAfterEach, sseClient, startGateway, webSocketClient } from '../support/gateway.ts';

// Each selection reads the parent job through the subscriber's loader: one AIQUM read per
// execution of an event, so the reads count the executions.
const ListSharedParent = graphql(`
  subscription ListSharedParent($filter: JobFilter) {
    jobsUpdated(filter: $filter) { key state taskReports { name state } parentJob { key state } }
  }
`);
const ListSharedParentName = graphql(`
  subscription ListSharedParentName($filter: JobFilter) {
    jobsUpdated(filter: $filter) { key name parentJob { key name } }
  }
`);
const JobUpdatedSharedParent = graphql(`
  subscription JobUpdatedSharedParent($key: ID!) {
    jobUpdated(key: $key) { key state taskReports { name state } parentJob { key state } }
  }
`);

const PARENT: JobSpec = { name: 'Provision workload', type: 'workflow', stepMs: 60_000 };
const CHILD: JobSpec = {
  name: 'Create LUN',
  type: 'provision_lun_create',
  tasks: ['create', 'map'],
  stepMs: 1000,
};
const PROVISIONING: JobFilter = { type: 'provision_*' };
const POLL_INTERVAL_MS = 30;

type Result = FormattedExecutionResult<Record<string, unknown>>;
type Events = AsyncIterator<Result>;

const disposables = disposedAfterEach();

async function gateway() {
  const simulator = new Simulator({ clock: new ManualClock(), seed: false });
  disposables.push(() => simulator.close());
  const started = await startGateway(disposables, {
    config: { pollIntervalMs: POLL_INTERVAL_MS },
    overrides: { simulator },
  });
  const parent = simulator.startJob(PARENT);
  /** AIQUM reads of the parent job so far: one per execution of an event. */
  const parentReads = () =>
    simulator.requests.filter((request) => request.query.get('key')?.includes(parent.key)).length;
  return { ...started, simulator, parent, parentReads };
}

function subscribe(
  client: Client | SseClient,
  query: { toString(): string },
  variables: Record<string, unknown>,
): Events {
  const events = client.iterate<Record<string, unknown>>({
    query: query.toString(),
    variables,
  }) as Events;
  disposables.push(async () => void (await events.return?.()));
  return events;
}

const untilListening = (app: { jobListWatcher: { subscriberCount: number } }, count: number) =>
  vi.waitFor(() => expect(app.jobListWatcher.subscriberCount).toBe(count), { interval: 2 });

const nextOfEach = (streams: Events[]) => Promise.all(streams.map((events) => valueWithin(events)));

describe('one execution per event for identical subscribers', () => {
  it('should execute a jobsUpdated event once for 10 subscribers of one login over WebSocket and SSE, with identical payloads', async () => {
    const { app, url, simulator, parent, parentReads } = await gateway();
    const sockets = [0, 1].map(() => webSocketClient(disposables, url, ADMIN));
    const streams = [
      ...Array.from({ length: 8 }, (_, index) =>
        subscribe(sockets[index % 2] as Client, ListSharedParent, { filter: PROVISIONING }),
      ),
      ...[0, 1].map(() =>
        subscribe(sseClient(disposables, url, ADMIN), ListSharedParent, { filter: PROVISIONING }),
      ),
    ];
    await untilListening(app, 10);

    const before = parentReads();
    const { key } = simulator.startJob({ ...CHILD, parentJobKey: parent.key });
    const appeared = await nextOfEach(streams);
    expect(appeared[0]?.data?.jobsUpdated).toMatchObject({
      key,
      parentJob: { key: parent.key, state: 'RUNNING' },
    });
    for (const result of appeared) expect(result).toEqual(appeared[0]);
    expect(parentReads() - before).toBe(1);

    simulator.advance(1000);
    const changed = await nextOfEach(streams);
    expect(changed[0]?.data?.jobsUpdated).toMatchObject({
      key,
      taskReports: [
        { name: 'create', state: 'COMPLETED' },
        { name: 'map', state: 'RUNNING' },
      ],
    });
    for (const result of changed) expect(result).toEqual(changed[0]);
    expect(parentReads() - before).toBe(2);
  });

  it('should execute a jobUpdated transition once for its subscribers of one login', async () => {
    const { url, simulator, parent, parentReads } = await gateway();
    const { key } = simulator.startJob({ ...CHILD, parentJobKey: parent.key });
    const socket = webSocketClient(disposables, url, ADMIN);
    const streams = [
      ...Array.from({ length: 4 }, () => subscribe(socket, JobUpdatedSharedParent, { key })),
      subscribe(sseClient(disposables, url, ADMIN), JobUpdatedSharedParent, { key }),
    ];
    await nextOfEach(streams);

    const before = parentReads();
    simulator.advance(1000);
    const changed = await nextOfEach(streams);
    expect(changed[0]?.data?.jobUpdated).toMatchObject({ key, parentJob: { key: parent.key } });
    for (const result of changed) expect(result).toEqual(changed[0]);
    expect(parentReads() - before).toBe(1);
  });

  it('should execute once per login, and end a refused login while the other keeps receiving', async () => {
    const { app, url, simulator, parent, parentReads } = await gateway();
    const admin = [0, 1].map(() =>
      subscribe(webSocketClient(disposables, url, ADMIN), ListSharedParent, {
        filter: PROVISIONING,
      }),
    );
    const operator = [0, 1].map(() =>
      subscribe(webSocketClient(disposables, url, OPERATOR), ListSharedParent, {
        filter: PROVISIONING,
      }),
    );
    await untilListening(app, 4);

    const before = parentReads();
    simulator.startJob({ ...CHILD, parentJobKey: parent.key });
    await nextOfEach([...admin, ...operator]);
    expect(parentReads() - before).toBe(2);

    simulator.removeUser('operator');
    for (const result of await nextOfEach(operator)) {
      expect(result.errors?.map((error) => error.extensions?.code)).toEqual(['UNAUTHENTICATED']);
    }
    const next = simulator.startJob({ ...CHILD, parentJobKey: parent.key });
    for (const result of await nextOfEach(admin)) {
      expect(result.errors).toBeUndefined();
      expect(result.data?.jobsUpdated).toMatchObject({ key: next.key });
    }
  });

  it('should execute once per distinct selection and variables', async () => {
    const { app, url, simulator, parent, parentReads } = await gateway();
    const socket = webSocketClient(disposables, url, ADMIN);
    const running: JobFilter = { ...PROVISIONING, state: ['RUNNING'] };
    const streams = {
      provisioning: [0, 1].map(() => subscribe(socket, ListSharedParent, { filter: PROVISIONING })),
      running: [0, 1].map(() => subscribe(socket, ListSharedParent, { filter: running })),
      names: [0, 1].map(() => subscribe(socket, ListSharedParentName, { filter: PROVISIONING })),
    };
    await untilListening(app, 6);
    // One discovery for all: the lists differ only in states, so one event object reaches all.
    expect(app.jobListWatcher.listCount).toBe(1);

    const before = parentReads();
    const { key } = simulator.startJob({ ...CHILD, parentJobKey: parent.key });
    const [provisioning, inRunning, names] = await Promise.all([
      nextOfEach(streams.provisioning),
      nextOfEach(streams.running),
      nextOfEach(streams.names),
    ]);
    expect(parentReads() - before).toBe(3);
    for (const result of [...provisioning, ...inRunning]) {
      expect(result.data?.jobsUpdated).toMatchObject({ key, state: 'RUNNING' });
    }
    for (const result of names) {
      expect(result.data?.jobsUpdated).toEqual({
        key,
        name: CHILD.name,
        parentJob: { key: parent.key, name: PARENT.name },
      });
    }
  });

  it('should give an error to the subscriber whose execution failed, not to the others of its group', async () => {
    const { app, url, simulator, parent } = await gateway();
    const socket = webSocketClient(disposables, url, ADMIN);
    const streams = Array.from({ length: 4 }, () =>
      subscribe(socket, ListSharedParent, { filter: PROVISIONING }),
    );
    await untilListening(app, 4);

    simulator.injectFault({
      status: 403,
      times: 1,
      match: (request) => Boolean(request.query.get('key')?.includes(parent.key)),
    });
    const { key } = simulator.startJob({ ...CHILD, parentJobKey: parent.key });
    const results = await nextOfEach(streams);
    const failed = results.filter((result) => result.errors);
    expect(failed).toHaveLength(1);
    expect(failed[0]?.errors?.map((error) => [error.path, error.extensions?.code])).toEqual([
      [['jobsUpdated', 'parentJob'], 'FORBIDDEN'],
    ]);
    for (const result of results.filter((result) => !result.errors)) {
      expect(result.data?.jobsUpdated).toMatchObject({ key, parentJob: { key: parent.key } });
    }
  });
});
