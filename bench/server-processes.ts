// The servers bench/queries.ts compares, each started as a process of its own, as production
// runs it: the gateway's compiled JavaScript (`npm run build`, then `node dist/server.js`, what
// `npm start` runs), and the bare proxy and the yoga floor compiled the same way (TypeScript to plain JavaScript,
// no loader at run time).
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import ts from 'typescript';

const ROOT = new URL('../', import.meta.url).pathname;
const GATEWAY_ENTRY = `${ROOT}dist/server.js`;
// Inside node_modules, so the compiled file resolves packages as its source does.
const COMPILED_DIR = `${ROOT}node_modules/.cache/aiqum-bench`;
const READY_TIMEOUT_MS = 30_000;

export interface ServerProcess {
  pid: number;
  url: string;
  /** What it printed on stdout up to its URL (the gateway's start-up log lines). */
  startupLines: string[];
  /** Lines it printed on stdout (log lines for the gateway), counted as they came. */
  readonly linesPrinted: number;
  /** Keeps the stdout lines printed from now on, until `stopCapture()` returns them. */
  startCapture(): void;
  stopCapture(): string[];
  stop(): Promise<void>;
}

/** `npm run build`: production runs `dist/`, so the bench measures what is built from src/. */
export function buildGateway(): void {
  execFileSync('npm', ['run', 'build'], { cwd: ROOT, stdio: 'inherit' });
}

/**
 * `node --enable-source-maps dist/server.js` (as `npm start`; another build's `entry` if given)
 * with `env` on top of a clean environment; ready when it logs its URL. Its stdout (pino's lines) is read and counted here,
 * as a log collector would read it.
 */
export function startGatewayProcess(
  env: Record<string, string>,
  nodeOptions: string[] = [],
  entry = GATEWAY_ENTRY,
): Promise<ServerProcess> {
  const child = spawn(process.execPath, ['--enable-source-maps', ...nodeOptions, entry], {
    env: { PATH: process.env.PATH ?? '', NODE_ENV: 'production', ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return watch(child, (line) => {
    if (!line.startsWith('{')) return undefined;
    // The start line names the page beside the URL (the tracing line has a url of its own).
    const entry = JSON.parse(line) as { url?: unknown; page?: unknown };
    return typeof entry.url === 'string' && typeof entry.page === 'string' ? entry.url : undefined;
  });
}

/** bench/bare-proxy.ts, compiled to JavaScript, in front of `upstreamUrl`. */
export function startBareProxy(upstreamUrl: string): Promise<ServerProcess> {
  return startCompiledServer('bare-proxy.ts', upstreamUrl);
}

/** bench/yoga-floor.ts (graphql-yoga as it comes), compiled to JavaScript, over `upstreamUrl`. */
export function startYogaFloor(upstreamUrl: string): Promise<ServerProcess> {
  return startCompiledServer('yoga-floor.ts', upstreamUrl);
}

function startCompiledServer(benchFile: string, upstreamUrl: string): Promise<ServerProcess> {
  const child = spawn(process.execPath, [compiled(benchFile), upstreamUrl], {
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  return watch(child, (line) => (JSON.parse(line) as { url: string }).url);
}

function compiled(benchFile: string): string {
  const source = readFileSync(new URL(benchFile, import.meta.url), 'utf8');
  const { outputText } = ts.transpileModule(source, {
    compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 },
  });
  mkdirSync(COMPILED_DIR, { recursive: true });
  const file = `${COMPILED_DIR}/${benchFile.replace(/\.ts$/, '.mjs')}`;
  writeFileSync(file, outputText);
  return file;
}

/** Counts (and on demand keeps) the child's stdout lines; resolves once `urlOf` finds its URL. */
async function watch(
  child: ChildProcess,
  urlOf: (line: string) => string | undefined,
): Promise<ServerProcess> {
  let linesPrinted = 0;
  const startupLines: string[] = [];
  let captured: string[] | undefined;
  const exited = once(child, 'exit');
  // A bench that fails must not leave its servers running.
  const killOnExit = () => child.kill('SIGKILL');
  process.once('exit', killOnExit);
  exited.then(() => process.off('exit', killOnExit));
  let found = false;
  const ready = new Promise<string>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error('server did not start in time')),
      READY_TIMEOUT_MS,
    );
    child.once('exit', (code) =>
      reject(new Error(`server exited with ${code} before it was ready`)),
    );
    createInterface({ input: child.stdout as NodeJS.ReadableStream }).on('line', (line) => {
      linesPrinted += 1;
      captured?.push(line);
      if (found) return;
      startupLines.push(line);
      const url = urlOf(line);
      if (url) {
        found = true;
        clearTimeout(timer);
        resolve(url);
      }
    });
  });
  const url = await ready;
  return {
    pid: child.pid as number,
    url,
    startupLines,
    get linesPrinted() {
      return linesPrinted;
    },
    startCapture() {
      captured = [];
    },
    stopCapture() {
      const lines = captured ?? [];
      captured = undefined;
      return lines;
    },
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      if (child.stdin) child.stdin.end();
      else child.kill('SIGTERM');
      await exited;
    },
  };
}
