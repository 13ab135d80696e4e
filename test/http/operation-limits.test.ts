import type { ServerResponse } from 'node:http';
import type { Client } from 'graphql-ws';
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS } from '../../src/config.ts';
import { ADMIN } from '../support/app.ts';
import { valueWithin } from '../support/async.ts';
import { type Disposables, startGateway, webSocketClient } from '../support/gateway.ts';
import { sendJson, startHostileUpstream } from '../support/hostile-upstream.ts';

const disposables: Disposables = [];
afterEach(async () => {
  for (const dispose of disposables.splice(0).reverse()) await dispose();
});

const KEY = 'db409f4c1430246f:e6fd83b:16e69bdf32f:-7fbd';
const JOB = { key: KEY, name: 'Backup', state: 'running' };
const QUERY = `{ job(key: "${KEY}") { key } }`;
const MUTATION = 'mutation { createBackup { job { key } } }';
const LIMIT = 3;

/** An upstream that holds every list and write request until the test answers it. */
async function slowUpstream() {
  const held: { method: string; response: ServerResponse }[] = [];
  const upstream = await startHostileUpstream(disposables, (request, response) => {
    if (request.method === 'GET' && request.path.endsWith(encodeURIComponent(KEY))) {
      sendJson(response, 200, JOB);
    } else {
      held.push({ method: request.method, response });
    }
  });
  /** Answers the oldest held request. */
  const answerOne = () => {
    const next = held.shift();
    if (!next) throw new Error('expects a held upstream request, but none is held');
    if (next.method === 'POST') sendJson(next.response, 202, { job: { key: KEY } });
    else sendJson(next.response, 200, { records: [JOB], num_records: 1 });
  };
  return { upstream, held, answerOne };
}

async function gatewayOver(upstreamUrl: string) {
  return startGateway(disposables, {
    config: {
      aiqumUrl: upstreamUrl,
      limits: { ...DEFAULT_LIMITS, maxOperationsPerConnection: LIMIT },
    },
  });
}

function run(client: Client, query: string) {
  const events = client.iterate({ query });
  disposables.push(async () => {
    await events.return?.();
  });
  return events;
}

/** The outcome of a one-result operation: its result, or the errors it was refused with. */
function outcome<T>(events: AsyncIterator<T>) {
  return valueWithin(events, 5000).catch((errors: unknown) => ({ refused: errors }));
}

describe('queries and mutations in flight on one WebSocket', () => {
  it('should refuse the operation over the bound at once, leaving the socket and the others be', async () => {
    const { upstream, held, answerOne } = await slowUpstream();
    const { url } = await gatewayOver(upstream.url);
    const client = webSocketClient(disposables, url, ADMIN);

    const inFlight = [run(client, QUERY), run(client, MUTATION), run(client, QUERY)];
    const results = inFlight.map(outcome);
    await expect.poll(() => held.length).toBe(LIMIT);

    const refused = await outcome(run(client, QUERY));
    expect(refused).toEqual({
      refused: [expect.objectContaining({ extensions: { code: 'TOO_MANY_OPERATIONS' } })],
    });
    const refusedMutation = await outcome(run(client, MUTATION));
    expect(refusedMutation).toMatchObject({
      refused: [{ extensions: { code: 'TOO_MANY_OPERATIONS' } }],
    });
    expect(held).toHaveLength(LIMIT);

    for (let index = 0; index < LIMIT; index++) answerOne();
    expect(await Promise.all(results)).toEqual([
      { data: { job: { key: KEY } } },
      { data: { createBackup: { job: { key: KEY } } } },
      { data: { job: { key: KEY } } },
    ]);
  });

  it('should take a new operation once one in flight has ended', async () => {
    const { upstream, held, answerOne } = await slowUpstream();
    const { url } = await gatewayOver(upstream.url);
    const client = webSocketClient(disposables, url, ADMIN);
    const first = outcome(run(client, QUERY));
    const others = [outcome(run(client, QUERY)), outcome(run(client, QUERY))];
    await expect.poll(() => held.length).toBe(LIMIT);

    answerOne();
    expect(await first).toEqual({ data: { job: { key: KEY } } });
    const next = outcome(run(client, QUERY));
    await expect.poll(() => held.length).toBe(LIMIT);
    for (let index = 0; index < LIMIT; index++) answerOne();
    expect(await next).toEqual({ data: { job: { key: KEY } } });
    await Promise.all(others);
  });

  it('should count each connection on its own, and let subscriptions be', async () => {
    const { upstream, held, answerOne } = await slowUpstream();
    const { url } = await gatewayOver(upstream.url);
    const busy = webSocketClient(disposables, url, ADMIN);
    const busyResults = Array.from({ length: LIMIT }, () => outcome(run(busy, QUERY)));
    await expect.poll(() => held.length).toBe(LIMIT);

    const other = webSocketClient(disposables, url, ADMIN);
    const otherResult = outcome(run(other, QUERY));
    await expect.poll(() => held.length).toBe(LIMIT + 1);
    const watch = run(busy, `subscription { jobUpdated(key: "${KEY}") { key } }`);
    expect(await valueWithin(watch, 5000)).toEqual({ data: { jobUpdated: { key: KEY } } });

    for (let index = 0; index <= LIMIT; index++) answerOne();
    await Promise.all([...busyResults, otherResult]);
  });
});
