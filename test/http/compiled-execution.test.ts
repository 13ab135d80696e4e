import { type ExecutionResult, parse } from 'graphql';
import { compileQuery } from 'graphql-jit';
import { createSchema, createYoga } from 'graphql-yoga';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import {
  MOST_FIELDS_COMPILED,
  RUNS_BEFORE_COMPILING,
  useCompiledExecution,
} from '../../src/http/compiled-execution.ts';
import { SEEDED_KEYS } from '../../src/simulator/seed.ts';
import { ADMIN, execute, testAppFactory } from '../support/app.ts';

vi.mock('graphql-jit', async (importOriginal) => {
  const actual = await importOriginal<typeof import('graphql-jit')>();
  return { ...actual, compileQuery: vi.fn(actual.compileQuery) };
});

const compilations = () => vi.mocked(compileQuery).mock.calls.length;
const createApp = testAppFactory();

const JOB = `query Job($key: ID!) {
  job(key: $key) { key name state status submitTime taskReports { name state } parentJob { key } }
}`;
const JOBS = `query Jobs($states: [JobState!]) {
  jobs(first: 3, filter: { state: $states }) { totalCount nodes { key state } }
}`;

/** Runs `query` as often as it takes to be compiled, each answer equal to the first. */
async function untilCompiled(app: ReturnType<typeof createApp>, query: string, variables: object) {
  const first = await execute(app, query, variables);
  for (let run = 2; run <= RUNS_BEFORE_COMPILING + 2; run++) {
    expect(await execute(app, query, variables)).toEqual(first);
  }
  return first;
}

beforeEach(() => {
  vi.mocked(compileQuery).mockClear();
});

describe('compiled execution', () => {
  it('should answer a repeated query the same once it is compiled', async () => {
    const app = createApp();
    const first = await untilCompiled(app, JOB, { key: SEEDED_KEYS.completedNormal });
    expect(first.errors).toBeUndefined();
    expect(first.data).toMatchObject({ job: { key: SEEDED_KEYS.completedNormal } });
    expect(compilations()).toBe(1);
    const list = await untilCompiled(app, JOBS, { states: ['COMPLETED'] });
    expect(list.errors).toBeUndefined();
    expect(compilations()).toBe(2);
  });

  it('should keep the codes of errors raised by resolvers in a compiled query', async () => {
    const app = createApp();
    const dotted = await untilCompiled(app, JOB, { key: '..' });
    expect(compilations()).toBe(1);
    expect(dotted.data).toEqual({ job: null });
    expect(dotted.errors?.map((error) => error.extensions?.code)).toEqual(['BAD_USER_INPUT']);
    const anonymous = await untilCompiled(app, JOB, { key: SEEDED_KEYS.completedNormal });
    const refused = await execute(app, JOB, { key: SEEDED_KEYS.completedNormal }, null);
    expect(anonymous.errors).toBeUndefined();
    expect(refused.errors?.map((error) => error.extensions?.code)).toEqual(['UNAUTHENTICATED']);
  });

  it("should refuse variables with graphql-js's own words once the query is compiled", async () => {
    const app = createApp();
    await untilCompiled(app, JOBS, { states: ['RUNNING'] });
    expect(compilations()).toBe(1);
    const refused = await execute(app, JOBS, { states: ['DONE'] });
    expect(refused.errors).toHaveLength(1);
    expect(refused.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT' });
    expect(refused.errors?.[0]?.message).toMatch(/at "states\[0\]".*Value "DONE" does not exist/);
    const missing = await execute(app, JOB, {});
    expect(missing.errors?.[0]?.message).toMatch(/Variable "\$key" of required type "ID!"/);
  });

  it('should run each operation of one document as itself', async () => {
    const app = createApp();
    const document = `${JOB}\nquery Count { jobs { totalCount } }`;
    const run = async (operationName: string, variables: object) => {
      const response = await app.yoga.fetch('http://yoga/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: ADMIN },
        body: JSON.stringify({ query: document, operationName, variables }),
      });
      return (await response.json()) as { data?: Record<string, unknown>; errors?: unknown[] };
    };
    for (let i = 0; i <= RUNS_BEFORE_COMPILING; i++) {
      expect(await run('Job', { key: SEEDED_KEYS.completedNormal })).toMatchObject({
        data: { job: { key: SEEDED_KEYS.completedNormal } },
      });
    }
    const count = await run('Count', {});
    expect(count.errors).toBeUndefined();
    expect(count.data).toEqual({ jobs: { totalCount: expect.any(Number) } });
  });

  it('should compile nothing for documents that do not repeat', async () => {
    const app = createApp();
    for (let i = 0; i < 3 * RUNS_BEFORE_COMPILING; i++) {
      const response = await execute(app, `query Distinct${i} { jobs(first: 1) { totalCount } }`);
      expect(response.errors).toBeUndefined();
    }
    expect(compilations()).toBe(0);
  });

  it('should never compile a document with more fields than it compiles', async () => {
    const app = createApp();
    const page = '{ totalCount nodes { key name type state status submitTime completeTime } }';
    const aliases = Math.ceil(MOST_FIELDS_COMPILED / 9) + 1;
    const big = `query Big { ${Array.from({ length: aliases }, (_, i) => `a${i}: jobs(first: 1) ${page}`).join(' ')} }`;
    const first = await untilCompiled(app, big, {});
    expect(first.errors).toBeUndefined();
    expect(Object.keys(first.data ?? {})).toHaveLength(aliases);
    expect(compilations()).toBe(0);
  });

  it('should never compile a mutation', async () => {
    const app = createApp();
    const backup = 'mutation { createBackup { job { key } } }';
    for (let i = 0; i <= RUNS_BEFORE_COMPILING; i++) await execute(app, backup);
    expect(compilations()).toBe(0);
  });
});

describe('compiled execution and @oneOf', () => {
  // graphql-jit does not enforce @oneOf on variables: such an operation must stay with graphql-js.
  const yoga = createYoga({
    schema: createSchema({
      typeDefs: `input Target @oneOf { svm: ID lun: ID }
        type Query { pick(target: Target!): String }`,
      resolvers: {
        Query: { pick: (_: unknown, { target }: { target: object }) => JSON.stringify(target) },
      },
    }),
    plugins: [useCompiledExecution()],
    logging: false,
  });
  const pick = async (target: object) => {
    const response = await yoga.fetch('http://yoga/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: 'query ($t: Target!) { pick(target: $t) }',
        variables: { t: target },
      }),
    });
    return (await response.json()) as { data?: unknown; errors?: { message: string }[] };
  };

  it('should refuse two members of a @oneOf variable however often the query ran', async () => {
    for (let i = 0; i <= RUNS_BEFORE_COMPILING; i++) {
      expect(await pick({ svm: 'a' })).toEqual({ data: { pick: '{"svm":"a"}' } });
    }
    const refused = await pick({ svm: 'a', lun: 'b' });
    expect(refused.data).toBeUndefined();
    expect(refused.errors?.[0]?.message).toMatch(/Exactly one key must be specified/);
    expect(compilations()).toBe(0);
  });
});

describe('compiled execution and operation names', () => {
  // Yoga refuses an unknown operation name over HTTP before executing; an executor called
  // directly must refuse it as yoga's own does, and keep nothing for it.
  const yoga = createYoga({
    schema: createSchema({
      typeDefs: 'type Query { hello(name: String!): String }',
      resolvers: { Query: { hello: (_: unknown, { name }: { name: string }) => `hello ${name}` } },
    }),
    plugins: [useCompiledExecution()],
    logging: false,
  });
  const document = parse('query Hello($name: String!) { hello(name: $name) }');
  const run = async (operationName: string) => {
    const { execute, contextFactory, schema } = yoga.getEnveloped({});
    const contextValue = await contextFactory();
    return (await execute({
      schema,
      document,
      operationName,
      contextValue,
      variableValues: { name: 'x' },
    })) as ExecutionResult;
  };

  it('should refuse an operation name the document does not have as before, compiled or not', async () => {
    // As yoga's own executor does without this plugin: it throws.
    const refused = (name: string) =>
      expect(run(name)).rejects.toThrow(/Must provide an operation/);
    for (let i = 0; i < 2 * RUNS_BEFORE_COMPILING; i++) await refused(`Missing${i}`);
    expect(compilations()).toBe(0);
    for (let i = 0; i < RUNS_BEFORE_COMPILING; i++) {
      expect((await run('Hello')).data).toEqual({ hello: 'hello x' });
    }
    expect(compilations()).toBe(1);
    await refused('Missing');
    expect((await run('Hello')).data).toEqual({ hello: 'hello x' });
    expect(compilations()).toBe(1);
  });
});
