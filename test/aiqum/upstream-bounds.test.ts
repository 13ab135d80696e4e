import type { ServerResponse } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_AIQUM_MAX_RESPONSE_BYTES } from '../../src/config.ts';
import { ADMIN, errorCodes, execute, testAppFactory } from '../support/app.ts';
import type { Disposables } from '../support/gateway.ts';
import { startHostileUpstream } from '../support/hostile-upstream.ts';

const app = testAppFactory();
const disposables: Disposables = [];
afterEach(async () => {
  for (const dispose of disposables.splice(0).reverse()) await dispose();
});

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
