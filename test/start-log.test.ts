import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { createServer } from 'node:net';
import { describe, expect, it } from 'vitest';
import { readyMessage, simulatorNotice } from '../src/server.ts';
import { within } from './support/async.ts';
import { BUILT_ENTRY } from './support/child-gateway.ts';

const URL = 'http://127.0.0.1:4000/graphql';
const PAGE = 'http://127.0.0.1:4000/';

describe('the start log', () => {
  it('should point to the page at / and to GraphiQL', () => {
    expect(readyMessage({ url: URL, page: PAGE, graphiql: true, pageBuilt: true })).toBe(
      `GraphQL gateway ready: the live jobs page at ${PAGE}; GraphQL and GraphiQL at ${URL}`,
    );
  });

  it('should say how to build the page when it is not built', () => {
    expect(readyMessage({ url: URL, page: PAGE, graphiql: true, pageBuilt: false })).toContain(
      `the live jobs page at ${PAGE} is not built (npm run build:example)`,
    );
  });

  it('should not offer GraphiQL when it is turned off', () => {
    const message = readyMessage({ url: URL, page: PAGE, graphiql: false, pageBuilt: true });
    expect(message).not.toContain('GraphiQL');
    expect(message).toContain(`GraphQL at ${URL}`);
  });

  it('should say how to open the simulator to the network when it listens on loopback', () => {
    expect(simulatorNotice('127.0.0.1')).toMatch(
      /admin\/admin.*127\.0\.0\.1 only; HOST=0\.0\.0\.0/,
    );
    expect(simulatorNotice('0.0.0.0')).not.toContain('HOST=');
  });

  it('should say why and exit 1 when it cannot listen', async () => {
    const taken = createServer();
    await new Promise<void>((resolve) => taken.listen(0, '127.0.0.1', resolve));
    const { port } = taken.address() as { port: number };
    try {
      const child = spawn(process.execPath, [BUILT_ENTRY], {
        env: { ...process.env, AIQUM_URL: '', HOST: '127.0.0.1', PORT: String(port) },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let output = '';
      child.stdout.on('data', (chunk) => {
        output += chunk;
      });
      const [code] = await within(once(child, 'close'), 15_000, 'the gateway to exit');

      const lines = output
        .split('\n')
        .filter((line) => line.startsWith('{'))
        .map((line) => JSON.parse(line) as { msg: string; port?: number; err?: { code?: string } });
      expect(lines.at(-1)).toMatchObject({
        msg: 'could not start',
        port,
        err: { code: 'EADDRINUSE' },
      });
      expect(code).toBe(1);
    } finally {
      taken.close();
    }
  });
});
