import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { DEFAULT_SHUTDOWN_TIMEOUT_MS } from '../../src/config.ts';
import { SHUTDOWN_GRACE_MS } from '../../src/signals.ts';
import { ROOT_DIR } from '../support/child-gateway.ts';
import { readRuntimeStage } from '../support/dockerfile.ts';

const run = promisify(execFile);
const COMPOSE_FILE = join(ROOT_DIR, 'compose.yaml');
const DCLINT = join(ROOT_DIR, 'node_modules/.bin/dclint');

interface Service {
  build?: string;
  image?: string;
  environment?: Record<string, string>;
  deploy?: { replicas?: number };
  depends_on?: Record<string, { condition: string }>;
  volumes?: string[];
  ports?: { target: number }[];
  stop_grace_period?: string;
}

async function services(): Promise<Record<string, Service>> {
  return (parse(await readFile(COMPOSE_FILE, 'utf8')) as { services: Record<string, Service> })
    .services;
}

/** dclint: the Compose specification's JSON schema (always checked), then its own rules. */
async function lintCompose(file: string): Promise<{ code: number; output: string }> {
  try {
    const { stdout, stderr } = await run(DCLINT, [file, '--color', 'false']);
    return { code: 0, output: stdout + stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, output: failed.stdout + failed.stderr };
  }
}

describe('compose.yaml', () => {
  // `npm run lint` checks compose.yaml with dclint; this shows that check can fail.
  it('should have a linter that refuses a file breaking the Compose specification', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'compose-'));
    try {
      const broken = join(dir, 'compose.yaml');
      const text = await readFile(COMPOSE_FILE, 'utf8');
      // A misspelt key, which compose would refuse: the specification allows no unknown keys.
      await writeFile(broken, text.replace('stop_grace_period:', 'stop_grace_time:'));

      const { code, output } = await lintCompose(broken);
      expect(output).toMatch(/invalid-schema/);
      expect(code).not.toBe(0);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('should run three gateway replicas from this image, sharing one Redis', async () => {
    const { gateway, redis } = await services();

    expect(gateway?.build).toBe('.');
    expect(gateway?.deploy?.replicas).toBe(3);
    expect(redis?.image).toMatch(/^redis:\d/);
    expect(gateway?.environment?.REDIS_URL).toBe('redis://redis:6379');
    expect(gateway?.depends_on?.redis?.condition).toBe('service_healthy');
    // Without AIQUM_URL each replica would serve a simulator of its own: compose must refuse.
    expect(gateway?.environment?.AIQUM_URL).toMatch(/^\$\{AIQUM_URL:\?/);
  });

  it("should give a replica's SIGTERM drain time to finish before it is killed", async () => {
    const { gateway } = await services();
    const graceS = Number(/^(\d+)s$/.exec(gateway?.stop_grace_period ?? '')?.[1]);

    expect(graceS * 1000).toBeGreaterThanOrEqual(DEFAULT_SHUTDOWN_TIMEOUT_MS + SHUTDOWN_GRACE_MS);
  });

  it("should put the load balancer's own configuration in front of the replicas' port", async () => {
    const balancer = (await services())['load-balancer'];
    const nginxConf = await readFile(join(ROOT_DIR, 'deploy/nginx.conf'), 'utf8');
    const listen = Number(/^\s*listen (\d+);/m.exec(nginxConf)?.[1]);

    expect(balancer?.image).toMatch(/^nginx:\d/);
    expect(balancer?.volumes).toContain('./deploy/nginx.conf:/etc/nginx/nginx.conf:ro');
    expect(balancer?.ports?.map((port) => port.target)).toEqual([listen]);
    expect(balancer?.depends_on?.gateway?.condition).toBe('service_healthy');
    expect(nginxConf).toContain(`set $gateway http://gateway:${readRuntimeStage().env.PORT};`);
  });
});
