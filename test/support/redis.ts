import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { createServer } from 'node:net';

const REDIS_SERVER = 'redis-server';
const READY_TIMEOUT_MS = 5000;
const READY_LINE = 'Ready to accept connections';

/**
 * Whether `redis-server` is installed. When it is not, Redis tests skip with a loud message on
 * a developer's machine and fail in CI (`CI` set), where `.ci/run` installs it.
 */
export function redisServerAvailable(): boolean {
  const probe = spawnSync(REDIS_SERVER, ['--version'], { stdio: 'ignore' });
  if (!probe.error && probe.status === 0) return true;
  const message =
    'redis-server is not installed: the multi-replica tests cannot run ' +
    '(apt-get install -y redis-server)';
  if (process.env.CI) throw new Error(`${message}; CI must install it`);
  console.warn(`\n!!! SKIPPED: ${message}\n`);
  return false;
}

/** A port nobody listens on right now. */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  if (!address || typeof address === 'string') throw new Error('expects a TCP address');
  return address.port;
}

/** A throwaway `redis-server` on loopback, without persistence; restartable on its port. */
export class RedisServer {
  #child: ChildProcess | undefined;

  private constructor(readonly port: number) {}

  static async start(): Promise<RedisServer> {
    const server = new RedisServer(await freePort());
    await server.start();
    return server;
  }

  get url(): string {
    return `redis://127.0.0.1:${this.port}`;
  }

  /** Starts it (again) on the same port and waits until it accepts connections. */
  async start(): Promise<void> {
    if (this.#child) return;
    const child = spawn(
      REDIS_SERVER,
      ['--port', String(this.port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
      { stdio: ['ignore', 'pipe', 'inherit'] },
    );
    this.#child = child;
    await new Promise<void>((resolve, reject) => {
      let output = '';
      const timer = setTimeout(() => {
        reject(new Error(`expects redis-server ready within ${READY_TIMEOUT_MS} ms: ${output}`));
      }, READY_TIMEOUT_MS);
      child.once('exit', (code) => {
        clearTimeout(timer);
        reject(new Error(`redis-server exited with ${code} before it was ready: ${output}`));
      });
      child.stdout?.on('data', (chunk: Buffer) => {
        output += chunk.toString();
        if (!output.includes(READY_LINE)) return;
        clearTimeout(timer);
        child.stdout?.removeAllListeners('data');
        child.stdout?.resume();
        resolve();
      });
    });
  }

  /** Kills it at once, dropping every connection and every key. */
  async stop(): Promise<void> {
    const child = this.#child;
    if (!child) return;
    this.#child = undefined;
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = once(child, 'exit');
    child.kill('SIGKILL');
    await exited;
  }
}
