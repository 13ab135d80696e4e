import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { createInterface } from 'node:readline';

/** The repository's root: `npm start` runs there, and `dist/` is built there. */
export const ROOT_DIR = new URL('../../', import.meta.url).pathname;
/** What `npm run build` writes and production runs (the global setup builds it first). */
export const BUILT_ENTRY = new URL('../../dist/server.js', import.meta.url).pathname;

export interface ChildGateway {
  child: ChildProcess;
  url: string;
  /** Every JSON log line the child printed, parsed. */
  logs: Record<string, unknown>[];
  /** Everything else it printed (npm's banner, stderr). */
  otherOutput: string[];
  /** Resolves once the child exited and its output is fully read. */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

const READY_TIMEOUT_MS = 20_000;

/**
 * Environment of a child gateway: port 0, the embedded simulator, info logs; `HOST` unset so
 * the default (loopback with the simulator) holds, and nothing inherited from the caller.
 */
function childEnv(env: Record<string, string>): NodeJS.ProcessEnv {
  const { AIQUM_URL: _url, HOST: _host, REDIS_URL: _redis, ...inherited } = process.env;
  return { ...inherited, PORT: '0', LOG_LEVEL: 'info', ...env };
}

/** Runs the built gateway (`node dist/server.js`) as its own process, ready when it logs its URL. */
export function startChildGateway(env: Record<string, string> = {}): Promise<ChildGateway> {
  return startLogging(
    spawn(process.execPath, ['--enable-source-maps', BUILT_ENTRY], {
      env: childEnv(env),
      stdio: ['ignore', 'pipe', 'pipe'],
    }),
  );
}

/**
 * Runs `npm start` as a terminal would: in a process group of its own (signal it with
 * `process.kill(-child.pid, signal)`), ready when the gateway logs its URL.
 */
export function startNpmStart(env: Record<string, string> = {}): Promise<ChildGateway> {
  return startLogging(
    spawn('npm', ['start'], {
      cwd: ROOT_DIR,
      detached: true,
      env: childEnv(env),
      stdio: ['ignore', 'pipe', 'pipe'],
    }),
  );
}

/** Reads the JSON log lines of a started gateway process until it logs its URL. */
export async function startLogging(child: ChildProcess): Promise<ChildGateway> {
  const logs: Record<string, unknown>[] = [];
  const otherOutput: string[] = [];
  const exited = once(child, 'close').then(([code, signal]) => ({
    code: code as number | null,
    signal: signal as NodeJS.Signals | null,
  }));
  createInterface({ input: child.stderr as NodeJS.ReadableStream }).on('line', (line) =>
    otherOutput.push(line),
  );
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => {
      killAll(child);
      reject(new Error(`expects the gateway to log its URL within ${READY_TIMEOUT_MS} ms`));
    }, READY_TIMEOUT_MS);
    exited.then(({ code }) => {
      clearTimeout(timer);
      reject(
        new Error(`gateway exited with ${code} before it was ready: ${otherOutput.join('\n')}`),
      );
    });
    createInterface({ input: child.stdout as NodeJS.ReadableStream }).on('line', (line) => {
      const entry = parseLogLine(line);
      if (!entry) {
        otherOutput.push(line);
        return;
      }
      logs.push(entry);
      if (typeof entry.url === 'string') {
        clearTimeout(timer);
        resolve(entry.url);
      }
    });
  });
  return { child, url, logs, otherOutput, exited };
}

function parseLogLine(line: string): Record<string, unknown> | undefined {
  if (!line.startsWith('{')) return undefined;
  try {
    return JSON.parse(line) as Record<string, unknown>;
  } catch {
    return undefined;
  }
}

/** Kills the child and, when it leads a process group of its own (`npm start`), the whole group. */
export function killAll(child: ChildProcess): void {
  try {
    process.kill(-(child.pid as number), 'SIGKILL');
  } catch {
    child.kill('SIGKILL');
  }
}
