import type { Client } from 'graphql-ws';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_LIMITS, type Limits } from '../../src/config.ts';
import { SEEDED_KEYS } from '../../src/simulator/seed.ts';
import { ADMIN } from '../support/app.ts';
import { valueWithin } from '../support/async.ts';
import { type Disposables, startGateway, webSocketClient } from '../support/gateway.ts';
import { graphqlOverSse } from '../support/sse.ts';

const subscription = `subscription Watch($key: ID!) { jobUpdated(key: $key) { key state } }`;
const key = SEEDED_KEYS.running;

const disposables: Disposables = [];
afterEach(async () => {
  for (const dispose of disposables.splice(0).reverse()) await dispose();
});

async function gateway(limits: Partial<Limits>) {
  return startGateway(disposables, { config: { limits: { ...DEFAULT_LIMITS, ...limits } } });
}

function watch(client: ReturnType<typeof webSocketClient>) {
  const events = client.iterate({ query: subscription, variables: { key } });
  disposables.push(async () => {
    await events.return?.();
  });
  return events;
}

describe('subscription limits', () => {
  it('should refuse a subscription over the per-connection bound, and take one once another ends', async () => {
    const { url } = await gateway({ maxSubscriptionsPerConnection: 2 });
    const client = webSocketClient(disposables, url, ADMIN);
    const first = watch(client);
    const second = watch(client);
    expect((await valueWithin(first)).data).toEqual({ jobUpdated: { key, state: 'RUNNING' } });
    await valueWithin(second);

    const third = watch(client);
    const refusal = await valueWithin(third).catch((errors: unknown) => errors);
    expect(refusal).toMatchObject([{ extensions: { code: 'TOO_MANY_SUBSCRIPTIONS' } }]);

    await first.return?.();
    const fourth = watch(client);
    expect((await valueWithin(fourth)).data).toEqual({ jobUpdated: { key, state: 'RUNNING' } });
  });

  it('should refuse a subscription over the process-wide bound on any transport', async () => {
    const { app, url } = await gateway({ maxSubscriptions: 2 });
    const client = webSocketClient(disposables, url, ADMIN);
    await valueWithin(watch(client));
    await valueWithin(watch(client));

    const abort = new AbortController();
    disposables.push(() => abort.abort());
    const events = graphqlOverSse(
      url,
      { query: subscription, variables: { key } },
      {
        authorization: ADMIN,
        signal: abort.signal,
      },
    );
    const refused = await valueWithin(events);
    expect(JSON.parse(refused.data)).toMatchObject({
      errors: [{ extensions: { code: 'TOO_MANY_SUBSCRIPTIONS' } }],
    });
    expect(app.jobWatcher.subscriberCount).toBe(2);
  });

  it('should admit exactly MAX_SUBSCRIPTIONS of 60 simultaneous subscriptions during a slow first read', async () => {
    const { app, url } = await gateway({ maxSubscriptions: 10 });
    app.simulator.injectFault({ delayMs: 300, match: (request) => request.jobKey === key });
    const clients = Array.from({ length: 6 }, () => webSocketClient(disposables, url, ADMIN));
    const streams = Array.from({ length: 60 }, (_, index) => watch(clients[index % 6] as Client));
    const outcomes = await Promise.all(
      streams.map((events) =>
        valueWithin(events, 5000).then(
          (result) => (result.data ? 'joined' : result.errors?.[0]?.extensions?.code),
          (errors: { extensions?: { code?: string } }[]) => errors[0]?.extensions?.code,
        ),
      ),
    );
    expect(outcomes.filter((outcome) => outcome === 'joined')).toHaveLength(10);
    expect(outcomes.filter((outcome) => outcome === 'TOO_MANY_SUBSCRIPTIONS')).toHaveLength(50);
    expect(app.jobWatcher.subscriberCount).toBe(10);
    expect(app.jobWatcher.activeLoopCount).toBe(1);
  });

  it('should free the place of a subscription whose join fails or whose socket closes mid-join', async () => {
    const { app, url } = await gateway({ maxSubscriptions: 2 });
    app.simulator.injectFault({ delayMs: 300, times: 2 });
    const failing = webSocketClient(disposables, url, ADMIN).iterate({
      query: subscription,
      variables: { key: 'no:such:job' },
    });
    disposables.push(async () => void (await failing.return?.()));
    const leaving = webSocketClient(disposables, url, ADMIN);
    void watch(leaving)
      .next()
      .catch(() => {});
    await vi.waitFor(() => expect(app.simulator.heldRequestCount).toBe(2), { interval: 1 });
    const refused = await valueWithin(watch(webSocketClient(disposables, url, ADMIN)));
    expect(refused.errors?.[0]?.extensions?.code).toBe('TOO_MANY_SUBSCRIPTIONS');

    await leaving.dispose();
    const failed = await valueWithin(failing, 2000);
    expect(failed.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const client = webSocketClient(disposables, url, ADMIN);
    await vi.waitFor(() => expect(app.simulator.heldRequestCount).toBe(0), { interval: 1 });
    for (const events of [watch(client), watch(client)]) {
      expect((await valueWithin(events)).data).toEqual({ jobUpdated: { key, state: 'RUNNING' } });
    }
  });

  it('should report open subscriptions and poll loops in the metrics', async () => {
    const { app, url } = await gateway({});
    const client = webSocketClient(disposables, url, ADMIN);
    const events = watch(client);
    await valueWithin(events);
    const scrape = async () => (await app.yoga.fetch('http://yoga/metrics')).text();
    expect(await scrape()).toMatch(/^graphql_subscriptions 1$/m);
    expect(await scrape()).toMatch(/^aiqum_poll_loops 1$/m);
    expect(await scrape()).toMatch(/^aiqum_poll_mode\{mode="long-poll"\} 1$/m);
    await events.return?.();
    const closed = async () => (await scrape()).match(/^graphql_subscriptions (\d+)$/m)?.[1];
    await expect.poll(closed).toBe('0');
  });
});
