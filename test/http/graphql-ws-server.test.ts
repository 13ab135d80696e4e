import { Socket } from 'node:net';
import { describe, expect, it, vi } from 'vitest';
import { ManualClock } from '../../src/simulator/clock.ts';
import { Simulator } from '../../src/simulator/simulator.ts';
import { ADMIN } from '../support/app.ts';
import { valueWithin } from '../support/async.ts';
import { disposedAfterEach, startGateway, webSocketClient } from '../support/gateway.ts';

const LIVE_LIST = 'subscription { jobsUpdated { key state } }';
const SUBSCRIPTIONS = 20;

const disposables = disposedAfterEach();

describe('graphql-ws over ws', () => {
  it('should write what one event sends to the 20 subscriptions of a socket with one syscall', async () => {
    const simulator = new Simulator({ clock: new ManualClock(), seed: false });
    disposables.push(() => simulator.close());
    const { app, url } = await startGateway(disposables, {
      config: { pollIntervalMs: 30 },
      overrides: { simulator },
    });
    const client = webSocketClient(disposables, url, ADMIN);
    const streams = Array.from({ length: SUBSCRIPTIONS }, () => {
      const events = client.iterate({ query: LIVE_LIST });
      disposables.push(async () => void (await events.return?.()));
      return events;
    });
    await vi.waitFor(() => expect(app.jobListWatcher.subscriberCount).toBe(SUBSCRIPTIONS));

    // The gateway's side of the connection is the socket whose local port is the gateway's.
    const port = Number(new URL(url).port);
    const writes = [vi.spyOn(Socket.prototype, '_write'), vi.spyOn(Socket.prototype, '_writev')];
    disposables.push(() => void vi.restoreAllMocks());
    const gatewayWrites = () =>
      writes
        .flatMap((spy) => spy.mock.contexts as Socket[])
        .filter((socket) => socket.localPort === port);
    const { key } = simulator.startJob({ name: 'Create LUN', type: 'provision_lun_create' });
    for (const events of streams) {
      expect((await valueWithin(events)).data).toEqual({
        jobsUpdated: { key, state: 'RUNNING' },
      });
    }
    expect(gatewayWrites()).toHaveLength(1);
  });
});
