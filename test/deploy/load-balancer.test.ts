import { readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { ADMIN } from '../support/app.ts';
import { nextWithin, valueWithin } from '../support/async.ts';
import { disposedAfterEach, startGateway, webSocketClient } from '../support/gateway.ts';
import { nginxAvailable, startNginx, testNginxConfig } from '../support/nginx.ts';
import { freePort } from '../support/redis.ts';
import { graphqlOverSse } from '../support/sse.ts';

const NGINX_CONF = new URL('../../deploy/nginx.conf', import.meta.url).pathname;
const LISTEN = 'listen 8080;';
const GATEWAY = 'set $gateway http://gateway:4000;';
const READY_TIMEOUT_MS = 5000;
const WATCH = 'subscription Watch($key: ID!) { jobUpdated(key: $key) { key state } }';

const disposables = disposedAfterEach();

/**
 * The compose file's nginx configuration in front of one gateway on this machine: only the
 * two addresses change (compose's service name and port become loopback ones).
 */
async function proxyInFrontOf(gatewayUrl: string): Promise<string> {
  const config = await readFile(NGINX_CONF, 'utf8');
  expect(config).toContain(LISTEN);
  expect(config).toContain(GATEWAY);
  const port = await freePort();
  const nginx = await startNginx(
    config
      .replace(LISTEN, `listen 127.0.0.1:${port};`)
      .replace(GATEWAY, `set $gateway ${new URL(gatewayUrl).origin};`),
  );
  disposables.push(() => nginx.stop());
  const url = `http://127.0.0.1:${port}/graphql`;
  await vi.waitFor(() => fetch(new URL('/health', url)).then((response) => response.ok), {
    timeout: READY_TIMEOUT_MS,
    interval: 20,
  });
  return url;
}

describe.skipIf(!nginxAvailable())("the compose file's load balancer (nginx)", () => {
  it('should accept deploy/nginx.conf (nginx -t)', async () => {
    const { code, output } = await testNginxConfig(NGINX_CONF);
    expect(output).toContain('test is successful');
    expect(code).toBe(0);
  });

  it('should refuse a broken configuration, so the check above can fail', async () => {
    const broken = join(tmpdir(), `nginx-broken-${process.pid}.conf`);
    await writeFile(
      broken,
      (await readFile(NGINX_CONF, 'utf8')).replace(
        'proxy_buffering off;',
        'proxy_buffering maybe;',
      ),
    );
    disposables.push(() => rm(broken, { force: true }));

    const { code, output } = await testNginxConfig(broken);
    expect(output).toContain('proxy_buffering');
    expect(code).not.toBe(0);
  });

  it('should carry a graphql-ws subscription through the WebSocket upgrade', async () => {
    const { app, url } = await startGateway(disposables);
    const proxied = await proxyInFrontOf(url);
    const { key } = app.simulator.startJob({ name: 'Backup', type: 'backup', tasks: ['backup'] });
    const events = webSocketClient(disposables, proxied, ADMIN).iterate<{
      jobUpdated: { state: string };
    }>({ query: WATCH, variables: { key } });
    disposables.push(async () => {
      await events.return?.();
    });

    expect((await valueWithin(events)).data?.jobUpdated.state).toBe('RUNNING');
    app.simulator.advance(1000);
    expect((await valueWithin(events)).data?.jobUpdated.state).toBe('COMPLETED');
    expect((await nextWithin(events)).done).toBe(true);
  });

  it('should stream Server-Sent Events through as they happen', async () => {
    const { app, url } = await startGateway(disposables);
    const proxied = await proxyInFrontOf(url);
    const { key } = app.simulator.startJob({ name: 'Backup', type: 'backup', tasks: ['backup'] });
    const stream = graphqlOverSse(
      proxied,
      { query: WATCH, variables: { key } },
      { authorization: ADMIN },
    );
    disposables.push(async () => {
      await stream.return(undefined);
    });

    // The job is still running: a proxy that held the stream back would not deliver this yet.
    const first = await valueWithin(stream, 3000);
    expect(JSON.parse(first.data)).toMatchObject({ data: { jobUpdated: { state: 'RUNNING' } } });
    app.simulator.advance(1000);
    const last = await valueWithin(stream, 3000);
    expect(JSON.parse(last.data)).toMatchObject({ data: { jobUpdated: { state: 'COMPLETED' } } });
  });
});
