import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Agent } from 'undici';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUpstreamFetch } from '../../src/aiqum/transport.ts';
import { UpstreamProtocolError } from '../../src/errors.ts';

let server: Server;
let baseUrl: string;
const agent = new Agent();
const MAX_RESPONSE_BYTES = 1000;
const upstreamFetch = createUpstreamFetch(agent, { maxResponseBytes: MAX_RESPONSE_BYTES });
const held: IncomingMessage[] = [];

beforeAll(async () => {
  server = createServer(async (request, response) => {
    if (request.url === '/hold') {
      held.push(request);
      return;
    }
    if (request.url === '/empty') {
      response.writeHead(204).end();
      return;
    }
    const sized = /^\/bytes\/(\d+)(\/declared)?$/.exec(request.url ?? '');
    if (sized) {
      const bytes = Number(sized[1]);
      if (sized[2]) response.setHeader('content-length', bytes);
      response.writeHead(200);
      // Written in pieces, so a chunked answer arrives in several reads.
      for (let sent = 0; sent < bytes; sent += 100) {
        response.write('x'.repeat(Math.min(100, bytes - sent)));
      }
      response.end();
      return;
    }
    let body = '';
    for await (const chunk of request) body += chunk;
    response.setHeader('set-cookie', ['a=1', 'b=2']);
    response.writeHead(202, { 'content-type': 'application/json' });
    response.end(
      JSON.stringify({
        method: request.method,
        authorization: request.headers.authorization,
        body,
      }),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
  await agent.close();
});

describe('createUpstreamFetch', () => {
  it('should send method, headers and body and answer status, headers and body', async () => {
    const response = await upstreamFetch(
      new Request(`${baseUrl}/echo`, {
        method: 'PATCH',
        headers: { authorization: 'Basic abc', 'content-type': 'application/json' },
        body: JSON.stringify({ size: 10_737_418_240 }),
      }),
    );
    expect(response.status).toBe(202);
    expect(response.headers.get('content-type')).toBe('application/json');
    expect(response.headers.getSetCookie()).toEqual(['a=1', 'b=2']);
    expect(await response.json()).toEqual({
      method: 'PATCH',
      authorization: 'Basic abc',
      body: '{"size":10737418240}',
    });
  });

  it('should answer a body that reads once, through whichever reader is used first', async () => {
    const expected = { method: 'GET', body: '' };
    const read = (response: Response) => response.json().then((value) => value as object);

    const first = await upstreamFetch(`${baseUrl}/echo`);
    const copy = first.clone();
    expect(await read(first)).toMatchObject(expected);
    expect(first.bodyUsed).toBe(true);
    await expect(first.text()).rejects.toThrow(TypeError);
    expect(JSON.parse(new TextDecoder().decode(await copy.arrayBuffer()))).toMatchObject(expected);

    const streamed = await upstreamFetch(`${baseUrl}/echo`);
    expect(JSON.parse(await new Response(streamed.body).text())).toMatchObject(expected);
    expect(streamed.bodyUsed).toBe(true);
    await expect(read(streamed)).rejects.toThrow(TypeError);
  });

  it('should accept a URL and init like fetch does', async () => {
    const response = await upstreamFetch(`${baseUrl}/echo`, { method: 'DELETE' });
    expect(((await response.json()) as { method: string }).method).toBe('DELETE');
  });

  it('should answer a bodyless status with a null body', async () => {
    const response = await upstreamFetch(`${baseUrl}/empty`);
    expect(response.status).toBe(204);
    expect(response.body).toBeNull();
  });

  it('should read an answer of exactly the most bytes it may', async () => {
    const response = await upstreamFetch(`${baseUrl}/bytes/${MAX_RESPONSE_BYTES}`);
    expect((await response.text()).length).toBe(MAX_RESPONSE_BYTES);
  });

  it.each([
    ['chunked', ''],
    ['with a content-length', '/declared'],
  ])('should refuse an answer one byte too large, sent %s', async (_how, declared) => {
    const pending = upstreamFetch(`${baseUrl}/bytes/${MAX_RESPONSE_BYTES + 1}${declared}`);
    await expect(pending).rejects.toThrow(UpstreamProtocolError);
    await expect(pending).rejects.toThrow(
      `Upstream answered more than ${MAX_RESPONSE_BYTES} bytes`,
    );
  });

  it('should fail like fetch when nothing listens', async () => {
    await expect(upstreamFetch('http://127.0.0.1:1/')).rejects.toThrow(
      expect.objectContaining({ name: 'TypeError', message: 'fetch failed' }),
    );
  });

  it('should end a Request when the signal given beside it aborts', async () => {
    const beside = new AbortController();
    const reason = new Error('cut off');
    const pending = upstreamFetch(new Request(`${baseUrl}/hold`), { signal: beside.signal });
    const before = held.length;
    await expect.poll(() => held.length).toBe(before + 1);
    beside.abort(reason);
    await expect(pending).rejects.toBe(reason);
  });

  it('should reject with the abort reason when the caller aborts', async () => {
    const controller = new AbortController();
    const pending = upstreamFetch(`${baseUrl}/hold`, { signal: controller.signal });
    await expect.poll(() => held.length).toBe(1);
    controller.abort();
    await expect(pending).rejects.toThrow(expect.objectContaining({ name: 'AbortError' }));
  });
});
