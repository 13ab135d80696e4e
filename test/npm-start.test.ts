import { afterEach, describe, expect, it } from 'vitest';
import { within } from './support/async.ts';
import { type ChildGateway, killAll, startNpmStart } from './support/child-gateway.ts';

/** A graceful stop with nothing in flight is quick; the bound only keeps a hang from lasting. */
const EXIT_BOUND_MS = 15_000;
/** Signalling the group used to cut 3 shutdowns in 10 short: enough rounds to see that. */
const SIGINT_ROUNDS = 10;
const SIGTERM_ROUNDS = 3;

const started: ChildGateway[] = [];

// Whatever a failed test left running (npm, or a gateway npm left behind) goes with its group.
afterEach(() => {
  for (const gateway of started.splice(0)) killAll(gateway.child);
});

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Starts `npm start`, signals its whole process group as a terminal does, and waits for the end. */
async function signalGroup(signal: NodeJS.Signals) {
  const gateway = await startNpmStart();
  started.push(gateway);
  const pid = gateway.child.pid as number;
  process.kill(-pid, signal);
  const exit = await within(gateway.exited, EXIT_BOUND_MS, `npm start to exit after ${signal}`);
  const gatewayPid = gateway.logs[0]?.pid;
  if (typeof gatewayPid !== 'number') throw new Error('expects the gateway to log its pid');
  return { gateway, exit, messages: gateway.logs.map((entry) => entry.msg), gatewayPid };
}

describe('npm start', () => {
  it.each(Array.from({ length: SIGINT_ROUNDS }, (_, index) => index + 1))(
    'should end a Ctrl-C to its process group with "stopped" and exit 0 (round %i)',
    async () => {
      const { exit, messages, gatewayPid } = await signalGroup('SIGINT');

      expect(exit).toEqual({ code: 0, signal: null });
      expect(messages).toContain('shutting down');
      expect(messages.at(-1)).toBe('stopped');
      expect(isRunning(gatewayPid)).toBe(false);
    },
  );

  it.each(Array.from({ length: SIGTERM_ROUNDS }, (_, index) => index + 1))(
    'should end a SIGTERM to its process group with "stopped" and exit 0 (round %i)',
    async () => {
      const { exit, messages, gatewayPid } = await signalGroup('SIGTERM');

      expect(exit).toEqual({ code: 0, signal: null });
      expect(messages.at(-1)).toBe('stopped');
      expect(isRunning(gatewayPid)).toBe(false);
    },
  );

  it('should run the compiled gateway on plain node, on loopback with the embedded simulator', async () => {
    const gateway = await startNpmStart();
    started.push(gateway);
    const url = new URL(gateway.url);

    expect(gateway.otherOutput.join('\n')).toMatch(
      /exec node --enable-source-maps dist\/server\.js/,
    );
    expect(url.hostname).toBe('127.0.0.1');
    expect((await fetch(new URL('/health', url))).status).toBe(200);
    const ready = gateway.logs.find((entry) => entry.url);
    expect(ready?.page).toBe(new URL('/', url).href);
    expect(ready?.msg).toContain(`the live jobs page at ${url.origin}/`);
    expect(ready?.msg).toContain(`GraphiQL at ${url.href}`);
    process.kill(-(gateway.child.pid as number), 'SIGINT');
    expect(await within(gateway.exited, EXIT_BOUND_MS, 'npm start to exit')).toEqual({
      code: 0,
      signal: null,
    });
  });
});
