import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import { afterEach, describe, expect, it } from 'vitest';
import { within } from './support/async.ts';
import { ROOT_DIR } from './support/child-gateway.ts';
import { type Disposables, startGateway } from './support/gateway.ts';

const README = new URL('../README.md', import.meta.url);
/** Inside the repository, so the snippet's imports resolve to its node_modules. */
const SNIPPET_DIR = new URL('../test-artifacts/readme/', import.meta.url);
const README_URL = 'ws://localhost:4000/graphql';
const RUN_BOUND_MS = 15_000;

const disposables: Disposables = [];
afterEach(async () => {
  for (const dispose of disposables.splice(0).reverse()) await dispose();
});

/** The fenced blocks of one language in the README section that starts with `heading`. */
function fencedBlocks(markdown: string, heading: string, language: string): string[] {
  const start = markdown.indexOf(`\n${heading}\n`);
  if (start < 0) throw new Error(`expects a section '${heading}' in the README`);
  const next = markdown.indexOf('\n## ', start + heading.length + 1);
  const section = markdown.slice(start, next < 0 ? undefined : next);
  const fence = new RegExp(`^\`\`\`${language}\\n([\\s\\S]*?)^\`\`\`$`, 'gm');
  return [...section.matchAll(fence)].map((match) => match[1] as string);
}

describe("the README's Live jobs section", () => {
  it('should have one TypeScript example, aimed at the documented address', async () => {
    const blocks = fencedBlocks(await readFile(README, 'utf8'), '## Live jobs', 'ts');
    expect(blocks).toHaveLength(1);
    expect(blocks[0]?.split(README_URL)).toHaveLength(2);
  });

  it('should follow a job to its end with the TypeScript example run as written', async () => {
    const [snippet] = fencedBlocks(await readFile(README, 'utf8'), '## Live jobs', 'ts');
    const { app, url } = await startGateway(disposables);
    const { key } = app.simulator.startJob({ name: 'Backup', type: 'backup', tasks: ['backup'] });
    await mkdir(SNIPPET_DIR, { recursive: true });
    const file = new URL('follow-job.mts', SNIPPET_DIR).pathname;
    // The one change: the gateway under test listens on a port of its own.
    await writeFile(file, (snippet as string).replace(README_URL, url.replace(/^http/, 'ws')));

    const child = spawn(process.execPath, ['--import', 'tsx', file, key], {
      cwd: ROOT_DIR,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    disposables.push(() => {
      child.kill('SIGKILL');
    });
    const output: string[] = [];
    const running = new Promise<void>((resolve) => {
      createInterface({ input: child.stdout }).on('line', (line) => {
        output.push(line);
        if (line.includes("state: 'RUNNING'")) resolve();
      });
    });
    createInterface({ input: child.stderr }).on('line', (line) => output.push(line));
    const exited = once(child, 'close');

    const endedEarly = exited.then(() => {
      throw new Error(`expects the example to follow the job, but it ended:\n${output.join('\n')}`);
    });
    endedEarly.catch(() => undefined); // it ends on its own once the job is done
    await within(Promise.race([running, endedEarly]), RUN_BOUND_MS, 'the running job printed');
    app.simulator.advance(1000);
    const [code] = await within(exited, RUN_BOUND_MS, 'the example to end with the job');

    expect(output.join('\n')).toContain("state: 'COMPLETED'");
    expect(output.join('\n')).toContain(key);
    expect(code).toBe(0);
  });
});
