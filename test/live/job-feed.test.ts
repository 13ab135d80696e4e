import { describe, expect, it } from 'vitest';
import type { UpstreamJob } from '../../src/aiqum/wire-types.ts';
import { JobFeed } from '../../src/live/job-feed.ts';

const T0 = Date.parse('2024-03-15T10:00:00Z');

/** A job whose task reports have these states, last modified `atS` seconds after T0. */
function job(tasks: string[], atS: number, extra: Partial<UpstreamJob> = {}): UpstreamJob {
  const terminal = tasks.length > 0 && tasks.every((state) => state === 'completed');
  return {
    key: 'k',
    state: terminal ? 'completed' : 'running',
    status: 'normal',
    task_reports: tasks.map((state, index) => ({ name: `t${index}`, state })),
    last_modified: new Date(T0 + atS * 1000).toISOString().replace('T', ' '),
    ...extra,
  };
}

describe('JobFeed', () => {
  it('should pass a change once, a new stamp alone as moved, and the same answer as nothing', () => {
    const feed = new JobFeed(job(['running'], 0));
    expect(feed.take(job(['completed', 'running'], 1), 'poll')).toBe('changed');
    expect(feed.take(job(['completed', 'running'], 2), 'poll')).toBe('moved');
    expect(feed.take(job(['completed', 'running'], 2), 'relay')).toBe('none');
    expect(feed.latest.task_reports).toHaveLength(2);
  });

  it('should drop a relayed answer at the same stage stamped earlier: a late message', () => {
    const feed = new JobFeed(job(['running'], 0));
    expect(feed.take(job(['running'], 5, { status: 'warning' }), 'relay')).toBe('changed');
    expect(feed.take(job(['running'], 3), 'relay')).toBe('none');
    expect(feed.latest.status).toBe('warning');
  });

  it('should drop an answer behind the latest, whatever its stamp', () => {
    const feed = new JobFeed(job(['running'], 0));
    feed.take(job(['completed', 'running'], 2), 'relay');
    expect(feed.take(job(['running'], 90), 'relay')).toBe('none');
    expect(feed.take(job(['running'], 90), 'poll')).toBe('none');
    expect(feed.latest.task_reports).toHaveLength(2);
  });

  it('should take an answer further along though stamped before one 60 s ahead, and keep going', () => {
    const feed = new JobFeed(job(['running'], 0));
    expect(feed.take(job(['running'], 60, { status: 'warning' }), 'relay')).toBe('changed');
    expect(feed.take(job(['completed', 'running'], 1), 'relay')).toBe('changed');
    expect(feed.lastModified).toBe(job([], 1).last_modified);
    // The stamps are sane again: a late answer at this stage is dropped as before.
    expect(feed.take(job(['completed', 'running'], 2, { status: 'error' }), 'relay')).toBe(
      'changed',
    );
    expect(feed.take(job(['completed', 'running'], 1), 'relay')).toBe('none');
  });

  it('should take its own poll answer at the same stage though stamped earlier', () => {
    const feed = new JobFeed(job(['running'], 60));
    expect(feed.take(job(['running'], 1, { status: 'warning' }), 'poll')).toBe('changed');
    expect(feed.take(job(['running'], 0), 'poll')).toBe('changed');
    expect(feed.lastModified).toBe(job([], 0).last_modified);
  });

  it('should always take a terminal state, and nothing after it', () => {
    const feed = new JobFeed(job(['completed', 'running'], 600));
    expect(feed.take(job(['completed', 'completed'], 1), 'relay')).toBe('changed');
    expect(feed.latest.state).toBe('completed');
    expect(feed.take(job(['completed', 'running'], 900), 'relay')).toBe('none');
  });

  it('should order answers without last_modified by how far the job has come', () => {
    const unstamped = (tasks: string[]) => {
      const { last_modified: _stamp, ...rest } = job(tasks, 0);
      return rest;
    };
    const feed = new JobFeed(unstamped(['running']));
    expect(feed.take(unstamped(['completed', 'running']), 'relay')).toBe('changed');
    expect(feed.take(unstamped(['running']), 'relay')).toBe('none');
  });
});
