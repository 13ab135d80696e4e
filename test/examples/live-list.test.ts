import { describe, expect, it, vi } from 'vitest';
import { followJobs, type JobRow } from '../../examples/live-list.ts';
import { ManualClock } from '../../src/simulator/clock.ts';
import { Simulator } from '../../src/simulator/simulator.ts';
import { ADMIN } from '../support/app.ts';
import { disposedAfterEach, startGateway } from '../support/gateway.ts';

const disposables = disposedAfterEach();

describe('examples/live-list.ts', () => {
  it('should keep the running jobs current: the first page, jobs that appear, jobs that end', async () => {
    const simulator = new Simulator({ clock: new ManualClock(), seed: false });
    disposables.push(() => simulator.close());
    const { app, url } = await startGateway(disposables, {
      config: { pollIntervalMs: 30 },
      overrides: { simulator },
    });
    const before = simulator.startJob({ name: 'Before', type: 'a', stepMs: 1000 });
    let rows = new Map<string, JobRow>();
    const abort = new AbortController();
    const following = followJobs({
      url,
      authorization: ADMIN,
      filter: { state: ['RUNNING'] },
      signal: abort.signal,
      onChange: (current) => {
        rows = new Map(current);
      },
    });
    disposables.push(async () => {
      abort.abort();
      await following.catch(() => {});
    });
    await vi.waitFor(() => expect([...rows.keys()]).toEqual([before.key]));
    await vi.waitFor(() => expect(app.jobListWatcher.listCount).toBe(1));

    const after = simulator.startJob({ name: 'After', type: 'a', stepMs: 5000 });
    await vi.waitFor(() => expect([...rows.keys()].sort()).toEqual([before.key, after.key].sort()));
    simulator.advance(2000);
    await vi.waitFor(() => expect([...rows.keys()]).toEqual([after.key]));
  });
});
