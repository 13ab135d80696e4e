import { getEventListeners } from 'node:events';
import { describe, expect, it } from 'vitest';
import { ShuttingDownError } from '../src/errors.ts';
import { withCutOff } from '../src/upstream.ts';

/** A fetch that answers only when told to, and rejects with the reason of its signal. */
function heldFetch() {
  const pending: (() => void)[] = [];
  const fetch = (_input: RequestInfo | URL, init?: RequestInit) =>
    new Promise<Response>((resolve, reject) => {
      const signal = init?.signal;
      signal?.addEventListener('abort', () => reject(signal.reason), { once: true });
      pending.push(() => resolve(new Response('{}')));
    });
  return {
    fetch: fetch as typeof globalThis.fetch,
    answerAll: () => {
      for (const answer of pending.splice(0)) answer();
    },
  };
}

describe('withCutOff', () => {
  it('should end calls in flight and later calls with the cut-off reason', async () => {
    const upstream = heldFetch();
    const cutOff = new AbortController();
    const fetch = withCutOff(upstream.fetch, cutOff.signal);
    const inFlight = fetch('http://aiqum.test/api/x');
    const reason = new ShuttingDownError('shutting down');
    cutOff.abort(reason);
    await expect(inFlight).rejects.toBe(reason);
    await expect(fetch('http://aiqum.test/api/y')).rejects.toBe(reason);
  });

  it("should still end a call when its caller's signal aborts", async () => {
    const upstream = heldFetch();
    const fetch = withCutOff(upstream.fetch, new AbortController().signal);
    const caller = new AbortController();
    const call = fetch('http://aiqum.test/api/x', { signal: caller.signal });
    caller.abort(new Error('caller left'));
    await expect(call).rejects.toThrow('caller left');
  });

  it('should leave no listener behind on either signal once calls end', async () => {
    const upstream = heldFetch();
    const cutOff = new AbortController();
    const caller = new AbortController();
    const fetch = withCutOff(upstream.fetch, cutOff.signal);
    const calls = Array.from({ length: 100 }, () =>
      fetch('http://aiqum.test/api/x', { signal: caller.signal }),
    );
    expect(getEventListeners(cutOff.signal, 'abort')).toHaveLength(100);
    upstream.answerAll();
    await Promise.all(calls);
    expect(getEventListeners(cutOff.signal, 'abort')).toHaveLength(0);
    expect(getEventListeners(caller.signal, 'abort')).toHaveLength(0);
  });
});
