import { execFile, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cp, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN } from '../support/app.ts';
import { within } from '../support/async.ts';
import { type ChildGateway, ROOT_DIR, startLogging } from '../support/child-gateway.ts';
import { type RuntimeStage, readRuntimeStage } from '../support/dockerfile.ts';
import { freePort } from '../support/redis.ts';

const run = promisify(execFile);

/** `npm ci --omit=dev` from the npm cache that the project's own `npm ci` filled. */
const INSTALL_TIMEOUT_MS = 120_000;
const EXIT_BOUND_MS = 15_000;
const PAGE_MARKER = '<title>live jobs page</title>';

/**
 * Where the build stage's outputs come from here: the compiled gateway that the global setup
 * built, and a stand-in for the Vite build (the browser test builds the real page).
 */
function buildStageOutputs(pageDir: string): Record<string, string> {
  return { '/app/dist': join(ROOT_DIR, 'dist'), '/app/examples/live-jobs/dist': pageDir };
}

/** Lays out the runtime stage in `dir` as its COPY instructions do, then installs as it does. */
async function assembleRuntime(stage: RuntimeStage, dir: string, pageDir: string): Promise<void> {
  const outputs = buildStageOutputs(pageDir);
  for (const copy of stage.copies) {
    for (const source of copy.sources) {
      const from = copy.from === undefined ? join(ROOT_DIR, source) : outputs[source];
      if (!from) throw new Error(`expects to know where ${copy.from}:${source} comes from`);
      const target = copy.destination.endsWith('/')
        ? join(dir, copy.destination, source)
        : join(dir, copy.destination);
      await cp(from, target, { recursive: true });
    }
  }
  await run(
    'npm',
    ['ci', '--omit=dev', '--ignore-scripts', '--prefer-offline', '--no-audit', '--no-fund'],
    {
      cwd: dir,
      timeout: INSTALL_TIMEOUT_MS,
    },
  );
}

describe('the container image', () => {
  const stage = readRuntimeStage();
  let runtimeDir: string;
  let gateway: ChildGateway;
  let port: number;

  beforeAll(async () => {
    const scratch = await mkdtemp(join(tmpdir(), 'gateway-image-'));
    runtimeDir = join(scratch, 'app');
    const pageDir = join(scratch, 'page');
    await mkdir(pageDir, { recursive: true });
    await writeFile(join(pageDir, 'index.html'), `<!doctype html>${PAGE_MARKER}`);
    await assembleRuntime(stage, runtimeDir, pageDir);
    port = await freePort();
    // The image's command and environment, on loopback (tests never listen elsewhere).
    const [command, ...args] = stage.cmd;
    gateway = await startLogging(
      spawn(command as string, args, {
        cwd: runtimeDir,
        env: { PATH: process.env.PATH, ...stage.env, HOST: '127.0.0.1', PORT: String(port) },
        stdio: ['ignore', 'pipe', 'pipe'],
      }),
    );
    return () => rm(scratch, { recursive: true, force: true });
  }, INSTALL_TIMEOUT_MS + 30_000);

  afterAll(() => {
    if (gateway?.child.exitCode === null) gateway.child.kill('SIGKILL');
  });

  it('should run as a non-root user, expose the port and stop on SIGTERM', () => {
    expect(stage.user).toBeDefined();
    expect(['root', '0']).not.toContain(stage.user);
    expect(stage.expose).toEqual([stage.env.PORT]);
    expect(stage.env.HOST).toBe('0.0.0.0');
    expect(stage.stopSignal).toBe('SIGTERM');
  });

  it('should hold production dependencies only: no TypeScript, no tsx, no test tools', () => {
    for (const devTool of ['typescript', 'tsx', 'vitest', 'vite', '@biomejs/biome']) {
      expect(existsSync(join(runtimeDir, 'node_modules', devTool)), devTool).toBe(false);
    }
    expect(existsSync(join(runtimeDir, 'node_modules', 'graphql-yoga'))).toBe(true);
  });

  it("should serve GraphQL, /health and the page with the image's command", async () => {
    const origin = `http://127.0.0.1:${port}`;
    expect(gateway.url).toBe(`${origin}/graphql`);

    expect((await fetch(`${origin}/health`)).status).toBe(200);
    expect(await (await fetch(`${origin}/`)).text()).toContain(PAGE_MARKER);
    const response = await fetch(`${origin}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: ADMIN },
      body: JSON.stringify({ query: '{ jobs(first: 1) { totalCount } }' }),
    });
    const body = (await response.json()) as { data?: { jobs: { totalCount: number } } };
    expect(body.data?.jobs.totalCount).toBeGreaterThan(0);
  });

  it("should pass the image's HEALTHCHECK while it serves, and fail it where nothing does", async () => {
    const [command, ...args] = stage.healthcheck;
    const check = (checkedPort: number) =>
      run(command as string, args, { env: { ...process.env, PORT: String(checkedPort) } }).then(
        () => 0,
        (error: { code?: number }) => error.code,
      );

    expect(await check(port)).toBe(0);
    expect(await check(await freePort())).toBe(1);
  });

  it('should end with "stopped" and exit 0 on its STOPSIGNAL', async () => {
    gateway.child.kill(stage.stopSignal as NodeJS.Signals);
    const exit = await within(gateway.exited, EXIT_BOUND_MS, 'the gateway to exit');

    expect(exit).toEqual({ code: 0, signal: null });
    expect(gateway.logs.at(-1)?.msg).toBe('stopped');
  });
});
