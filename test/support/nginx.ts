import { spawn, spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { openSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const NGINX = 'nginx';

/**
 * Whether Debian's `nginx` is installed. When it is not, the load balancer tests skip with a
 * loud message on a developer's machine and fail in CI (`CI` set), where `.ci/run` installs it.
 */
export function nginxAvailable(): boolean {
  const probe = spawnSync(NGINX, ['-v'], { stdio: 'ignore' });
  if (!probe.error && probe.status === 0) return true;
  const message =
    'nginx is not installed: the load balancer tests cannot run (apt-get install -y nginx)';
  if (process.env.CI) throw new Error(`${message}; CI must install it`);
  console.warn(`\n!!! SKIPPED: ${message}\n`);
  return false;
}

/**
 * nginx with `args`, its stdout and stderr a file in `dir`: the configuration logs to
 * /dev/stdout and /dev/stderr as containers do, which cannot be opened on the sockets
 * that Node gives a child as pipes.
 */
function nginx(dir: string, args: string[]) {
  const output = join(dir, 'output.log');
  const fd = openSync(output, 'w');
  const child = spawn(NGINX, ['-e', 'stderr', ...args], { stdio: ['ignore', fd, fd] });
  return { child, output: () => readFile(output, 'utf8') };
}

/** `nginx -t` on a configuration file: its exit code and what it said. */
export async function testNginxConfig(file: string): Promise<{ code: number; output: string }> {
  const dir = await mkdtemp(join(tmpdir(), 'nginx-t-'));
  try {
    const { child, output } = nginx(dir, ['-t', '-c', file]);
    const [code] = (await once(child, 'exit')) as [number];
    return { code, output: await output() };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** nginx in the foreground with `config`; its pid file and config live in a scratch folder. */
export async function startNginx(config: string): Promise<{ stop(): Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), 'nginx-'));
  const file = join(dir, 'nginx.conf');
  await writeFile(file, config);
  const { child } = nginx(dir, ['-c', file, '-g', `daemon off; pid ${join(dir, 'nginx.pid')};`]);
  const exited = once(child, 'exit');
  return {
    async stop() {
      if (child.exitCode === null && child.signalCode === null) {
        child.kill('SIGQUIT');
        await exited;
      }
      await rm(dir, { recursive: true, force: true });
    },
  };
}
