import type { ServerResponse } from 'node:http';
import { describe, expect, it } from 'vitest';
import { AiqumClient } from '../../src/aiqum/client.ts';
import { DEFAULT_AIQUM_MAX_RESPONSE_BYTES } from '../../src/config.ts';
import { createLogger } from '../../src/logger.ts';
import { ADMIN, errorCodes, execute, testAppFactory } from '../support/app.ts';
import { disposedAfterEach } from '../support/gateway.ts';
import { sendJson, startHostileUpstream } from '../support/hostile-upstream.ts';

const app = testAppFactory();
const disposables = disposedAfterEach();

const KEY = 'db409f4c1430246f:e6fd83b:16e69bdf32f:-7fbd';
const JOB_QUERY = `{ job(key: "${KEY}") { key name } }`;
const MB = 1024 * 1024;
const HUGE_BYTES = 150 * MB;
const CHUNK = Buffer.alloc(64 * 1024, 'x');

/**
 * Streams a job list of `HUGE_BYTES` (a job whose name never ends), honouring backpressure,
 * until the gateway stops reading; resolves with the bytes the socket accepted.
 */
async function streamHugeJobList(response: ServerResponse, contentLength: boolean) {
  if (contentLength) response.setHeader('content-length', HUGE_BYTES);
  response.writeHead(200, { 'content-type': 'application/json' });
  let written = 0;
  let closed = false;
  response.on('close', () => {
    closed = true;
  });
  const prefix = `{"records":[{"key":"${KEY}","name":"`;
  response.write(prefix);
  written += prefix.length;
  while (!closed && written < HUGE_BYTES) {
    const piece = CHUNK.subarray(0, Math.min(CHUNK.length, HUGE_BYTES - written));
    const flushed = response.write(piece);
    written += piece.length;
    if (!flushed) {
      await new Promise<void>((resolve) => {
        response.once('drain', resolve);
        response.once('close', resolve);
      });
    }
  }
  if (!closed) response.end();
  return written;
}

describe('the size of an upstream answer', () => {
  it.each([
    ['chunked', false],
    ['with content-length', true],
  ])(
    'should answer UPSTREAM_ERROR to a 150 MB answer sent %s, without reading it',
    async (_how, contentLength) => {
      let written: Promise<number> | undefined;
      const upstream = await startHostileUpstream(disposables, (_request, response) => {
        written = streamHugeJobList(response, contentLength);
      });
      const gateway = app({ config: { aiqumUrl: upstream.url } });

      const response = await execute(gateway, JOB_QUERY, {}, ADMIN);

      expect(errorCodes(response)).toEqual(['UPSTREAM_ERROR']);
      expect(response.errors?.[0]?.message).toMatch(/more than 16777216 bytes/);
      // Not retried: a second answer would be as large.
      expect(upstream.requests).toHaveLength(1);
      // What the socket took before the gateway closed it: the cap and the socket buffers.
      const bytes = await written;
      expect(bytes).toBeLessThan(DEFAULT_AIQUM_MAX_RESPONSE_BYTES + 16 * MB);
    },
  );

  it('should read an answer up to the configured size', async () => {
    const name = 'n'.repeat(4000);
    const upstream = await startHostileUpstream(disposables, (_request, response) => {
      response.writeHead(200, { 'content-type': 'application/json' });
      response.end(JSON.stringify({ records: [{ key: KEY, name }], num_records: 1 }));
    });
    const fits = app({ config: { aiqumUrl: upstream.url, aiqumMaxResponseBytes: 5000 } });
    expect((await execute(fits, JOB_QUERY)).data).toEqual({ job: { key: KEY, name } });

    const tooSmall = app({ config: { aiqumUrl: upstream.url, aiqumMaxResponseBytes: 4000 } });
    expect(errorCodes(await execute(tooSmall, JOB_QUERY))).toEqual(['UPSTREAM_ERROR']);
  });
});

/** Answers `status` after `ms`, unless the gateway hangs up first. */
function answerLate(response: ServerResponse, ms: number, status: number, body: unknown = {}) {
  const timer = setTimeout(() => sendJson(response, status, body), ms);
  response.on('close', () => clearTimeout(timer));
}

describe('the time of an upstream call', () => {
  it('should give up at once when a 429 asks to wait past the time limit', async () => {
    const upstream = await startHostileUpstream(disposables, (_request, response) => {
      response.writeHead(429, { 'retry-after': '3600' }).end();
    });
    const gateway = app({ config: { aiqumUrl: upstream.url } });
    const startedAt = performance.now();
    const response = await execute(gateway, JOB_QUERY);
    expect(errorCodes(response)).toEqual(['UPSTREAM_UNAVAILABLE']);
    expect(upstream.requests).toHaveLength(1);
    // The default limit is 30 s; nothing waited for any part of the hour asked for.
    expect(performance.now() - startedAt).toBeLessThan(10_000);
  });

  it('should still honour a Retry-After that fits in the time limit', async () => {
    let answered = 0;
    const upstream = await startHostileUpstream(disposables, (_request, response) => {
      answered += 1;
      if (answered === 1) response.writeHead(503, { 'retry-after': '1' }).end();
      else sendJson(response, 200, { records: [{ key: KEY, name: 'after the wait' }] });
    });
    const gateway = app({ config: { aiqumUrl: upstream.url } });
    const response = await execute(gateway, JOB_QUERY);
    expect(response.data).toEqual({ job: { key: KEY, name: 'after the wait' } });
    const [first, second] = upstream.requests;
    expect((second?.receivedAt ?? 0) - (first?.receivedAt ?? 0)).toBeGreaterThanOrEqual(950);
  });

  it('should answer within UPSTREAM_TIMEOUT_MS, retries and waits included', async () => {
    const timeoutMs = 2000;
    const upstream = await startHostileUpstream(disposables, (_request, response) => {
      answerLate(response, timeoutMs - 150, 503);
    });
    const gateway = app({ config: { aiqumUrl: upstream.url, upstreamTimeoutMs: timeoutMs } });
    const startedAt = performance.now();
    const response = await execute(gateway, JOB_QUERY);
    const elapsedMs = performance.now() - startedAt;
    expect(errorCodes(response)).toEqual(['UPSTREAM_UNAVAILABLE']);
    expect(response.errors?.[0]?.message).toMatch(`within ${timeoutMs} ms`);
    // Three attempts of 1850 ms each would take 5.5 s.
    expect(elapsedMs).toBeGreaterThanOrEqual(timeoutMs - 50);
    expect(elapsedMs).toBeLessThan(timeoutMs + 1200);
  });

  it('should tell a mutation cut by the time limit that its operation may have started', async () => {
    const upstream = await startHostileUpstream(disposables, (_request, response) => {
      answerLate(response, 60_000, 202, { job: { key: KEY } });
    });
    const gateway = app({ config: { aiqumUrl: upstream.url, upstreamTimeoutMs: 300 } });
    const response = await execute(gateway, 'mutation { createBackup { job { key } } }');
    expect(errorCodes(response)).toEqual(['UPSTREAM_UNAVAILABLE']);
    expect(response.errors?.[0]?.message).toMatch(/within 300 ms; .*may have started/);
    expect(upstream.requests).toHaveLength(1);
  });

  it('should give a long poll its own time limit, beyond UPSTREAM_TIMEOUT_MS', async () => {
    const upstream = await startHostileUpstream(disposables, (_request, response) => {
      answerLate(response, 800, 200, { key: KEY, state: 'running' });
    });
    const client = new AiqumClient({
      baseUrl: upstream.url,
      timeoutMs: 200,
      retries: 2,
      logger: createLogger('silent'),
    });
    await expect(client.getJob(KEY, ADMIN)).rejects.toThrow('within 200 ms');
    const job = await client.getJob(KEY, ADMIN, {
      timeoutMs: 3000,
      longPoll: { timeoutS: 1 },
    });
    expect(job).toMatchObject({ key: KEY, state: 'running' });
  });
});
