import { describe, expect, it } from 'vitest';
import type { UpstreamJob } from '../../../src/aiqum/wire-types.ts';
import { ListDiscovery } from '../../../src/live/list/list-discovery.ts';

const PAGE = 5;

/** An AIQUM job list in memory: jobs submitted one per `stepMs`, read newest first. */
class UpstreamList {
  readonly jobs: UpstreamJob[] = [];
  #serial = 0;
  #nowMs = Date.parse('2026-11-30T10:00:00Z');

  add(count: number, stepMs = 1000): string[] {
    return Array.from({ length: count }, () => {
      this.#nowMs += stepMs;
      this.#serial += 1;
      const key = `job-${String(this.#serial).padStart(6, '0')}`;
      const submitted = new Date(this.#nowMs)
        .toISOString()
        .replace('T', ' ')
        .replace(/\.\d+Z$/, '+00:00');
      this.jobs.push({ key, state: 'running', submit_time: submitted });
      return key;
    });
  }

  page(offset: number): UpstreamJob[] {
    return [...this.jobs].reverse().slice(offset, offset + PAGE);
  }
}

function poll(discovery: ListDiscovery, upstream: UpstreamList): string[] {
  const offset = discovery.nextOffset;
  return discovery.take(upstream.page(offset), offset).map((job) => job.key);
}

describe('ListDiscovery', () => {
  it('should take the first page as the list before, and then only what is new, oldest first', () => {
    const upstream = new UpstreamList();
    upstream.add(12);
    const discovery = new ListDiscovery({ pageSize: PAGE, maxRemembered: 100 });
    expect(poll(discovery, upstream)).toEqual([]);
    expect(poll(discovery, upstream)).toEqual([]);
    const added = upstream.add(2);
    expect(poll(discovery, upstream)).toEqual(added);
    expect(poll(discovery, upstream)).toEqual([]);
  });

  it('should catch up over several polls, one page each, when more arrive than fit', () => {
    const upstream = new UpstreamList();
    upstream.add(3);
    const discovery = new ListDiscovery({ pageSize: PAGE, maxRemembered: 100 });
    poll(discovery, upstream);
    const burst = upstream.add(13);
    const seen: string[] = [];
    let polls = 0;
    while (polls === 0 || discovery.catchingUp) {
      seen.push(...poll(discovery, upstream));
      polls += 1;
      // More keep arriving while it catches up: they only shift what is read again.
      if (polls === 2) burst.push(...upstream.add(2));
    }
    expect(polls).toBeGreaterThan(2);
    seen.push(...poll(discovery, upstream));
    expect(seen.sort()).toEqual(burst.sort());
    expect(new Set(seen).size).toBe(seen.length);
  });

  it('should treat jobs submitted in the same second apart by their keys', () => {
    const upstream = new UpstreamList();
    upstream.add(2, 0);
    const discovery = new ListDiscovery({ pageSize: PAGE, maxRemembered: 100 });
    poll(discovery, upstream);
    const same = upstream.add(2, 0);
    expect(poll(discovery, upstream)).toEqual(same);
  });

  it('should remember a bounded number of keys however long it runs', () => {
    const upstream = new UpstreamList();
    const discovery = new ListDiscovery({ pageSize: PAGE, maxRemembered: 20 });
    poll(discovery, upstream);
    let delivered = 0;
    for (let round = 0; round < 2000; round++) {
      upstream.add(3, 200);
      delivered += poll(discovery, upstream).length;
      expect(discovery.rememberedCount).toBeLessThanOrEqual(20 + PAGE);
    }
    expect(delivered).toBe(6000);
  });

  it('should forget jobs submitted long before the newest', () => {
    const upstream = new UpstreamList();
    const discovery = new ListDiscovery({ pageSize: PAGE, maxRemembered: 1000, slackMs: 10_000 });
    poll(discovery, upstream);
    upstream.add(4, 60_000);
    poll(discovery, upstream);
    expect(discovery.rememberedCount).toBe(1);
  });
});
