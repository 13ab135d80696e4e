import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { readFileSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import { Kind, parse, validate } from 'graphql';
import { describe, expect, it } from 'vitest';
import { encodeNodeId } from '../src/resolvers/global-ids.ts';
import { schema } from '../src/schema/index.ts';
import { SEEDED_OBJECTS } from '../src/simulator/inventory-seed.ts';
import { SEEDED_KEYS } from '../src/simulator/seed.ts';
import { ADMIN } from './support/app.ts';
import { valueWithin, within } from './support/async.ts';
import { ROOT_DIR } from './support/child-gateway.ts';
import { disposedAfterEach, startGateway, webSocketClient } from './support/gateway.ts';

const README = new URL('../README.md', import.meta.url);
/** Inside the repository, so the snippet's imports resolve to its node_modules. */
const SNIPPET_DIR = new URL('../test-artifacts/readme/', import.meta.url);
const README_URL = 'ws://localhost:4000/graphql';
const RUN_BOUND_MS = 15_000;

const disposables = disposedAfterEach();

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

/** The ```graphql blocks, and the operations of its curl commands' JSON bodies. */
function readmeOperations(markdown: string): {
  where: string;
  query: string;
  variables?: Record<string, unknown>;
}[] {
  const blocks = [...markdown.matchAll(/```graphql\n([\s\S]*?)```/g)].map((match) => ({
    where: `graphql block at line ${markdown.slice(0, match.index).split('\n').length}`,
    query: match[1] ?? '',
  }));
  const curls = [...markdown.matchAll(/-d '(\{"query".*?\})'/g)].map((match) => {
    const body = JSON.parse(match[1] ?? '{}') as {
      query: string;
      variables?: Record<string, unknown>;
    };
    return { where: `curl body ${match[1]}`, ...body };
  });
  return [...blocks, ...curls];
}

/** What the README's variables and placeholders stand for in the demo. */
const DEMO_VALUES: Record<string, unknown> = {
  key: SEEDED_KEYS.running,
  svm: encodeNodeId('Svm', SEEDED_OBJECTS.svm),
  level: encodeNodeId('PerformanceServiceLevel', SEEDED_OBJECTS.performanceServiceLevels.value),
};
const PLACEHOLDERS: Record<string, unknown> = { '<job key>': SEEDED_KEYS.running };

/** The key of the job an operation's answer names (`{ createLun: { job: { key } } }`), if any. */
function jobKeyIn(data: unknown): string | undefined {
  const [field] = Object.values((data ?? {}) as Record<string, { job?: { key?: unknown } }>);
  return typeof field?.job?.key === 'string' ? field.job.key : undefined;
}

describe("the README's GraphQL examples", () => {
  // README and schema agree: every GraphQL operation the README shows runs as written, against
  // the embedded simulator, with admin's credentials. The operations of one block run in order;
  // a job key one of them answers is the $key of the next.
  const operations = readmeOperations(readFileSync(README, 'utf8'));

  it('should show some operations to check', () => {
    expect(operations.length).toBeGreaterThanOrEqual(4);
  });

  it.each(operations)('should run the $where as written', async ({ query, variables = {} }) => {
    const document = parse(query);
    expect(validate(schema, document)).toEqual([]);
    const { app, url } = await startGateway(disposables);
    const known: Record<string, unknown> = { ...DEMO_VALUES };
    for (const definition of document.definitions) {
      if (definition.kind !== Kind.OPERATION_DEFINITION) continue;
      const names = (definition.variableDefinitions ?? []).map((item) => item.variable.name.value);
      const values = Object.fromEntries([
        ...names.map((name) => [name, known[name]]),
        ...Object.entries(variables).map(([name, value]) => [
          name,
          typeof value === 'string' && value in PLACEHOLDERS ? PLACEHOLDERS[value] : value,
        ]),
      ]);
      const operationName = definition.name?.value;
      if (definition.operation === 'subscription') {
        const events = webSocketClient(disposables, url, ADMIN).iterate({
          query,
          variables: values,
          ...(operationName ? { operationName } : {}),
        });
        disposables.push(async () => {
          await events.return?.();
        });
        const first = await valueWithin(events);
        expect(first.errors).toBeUndefined();
        expect(first.data).toBeTruthy();
        continue;
      }
      const response = await app.yoga.fetch('http://yoga/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: ADMIN },
        body: JSON.stringify({ query, variables: values, operationName }),
      });
      const result = (await response.json()) as { data?: unknown; errors?: unknown };
      expect(result.errors).toBeUndefined();
      expect(result.data).toBeTruthy();
      known.key = jobKeyIn(result.data) ?? known.key;
    }
  });
});
