import type { Client } from 'graphql-ws';
import { describe, expect, it } from 'vitest';
import { ADMIN, errorCodes, execute } from '../support/app.ts';
import { valueWithin } from '../support/async.ts';
import { disposedAfterEach, startGateway, webSocketClient } from '../support/gateway.ts';
import { graphqlOverSse } from '../support/sse.ts';

const disposables = disposedAfterEach();

const LUN = {
  name: 'lun_codes',
  osType: 'LINUX',
  performanceServiceLevel: { key: 'psl' },
  svm: { key: 'svm' },
};
const CREATE_LUN =
  'mutation ($input: CreateLunInput!) { createLun(input: $input) { job { key } } }';

interface Case {
  query: string;
  variables?: Record<string, unknown>;
  code: string;
  /** What the message must say, e.g. the path of the refused value. */
  message: RegExp;
}

// One rule per case, the same over HTTP and WebSocket.
const CASES: Record<string, Case> = {
  'a syntax error': {
    query: '{ jobs(',
    code: 'GRAPHQL_PARSE_FAILED',
    message: /^Syntax Error/,
  },
  'an unknown field': {
    query: '{ jobz { totalCount } }',
    code: 'GRAPHQL_VALIDATION_FAILED',
    message: /Cannot query field "jobz"/,
  },
  'a missing required argument': {
    query: 'mutation { deleteLun { job { key } } }',
    code: 'GRAPHQL_VALIDATION_FAILED',
    message: /argument "key" of type "ID!" is required/,
  },
  'an inline value its scalar refuses': {
    query: `mutation { createLun(input: { name: "x", space: { size: -1 }, osType: LINUX,
      performanceServiceLevel: { key: "p" }, svm: { key: "s" } }) { job { key } } }`,
    code: 'BAD_USER_INPUT',
    message: /^input\.space\.size has an invalid value: .*Bytes expects a non-negative integer/,
  },
  'an inline enum value that does not exist': {
    query: '{ jobs(filter: { state: [RUNNING, DONE] }) { totalCount } }',
    code: 'BAD_USER_INPUT',
    message: /^filter\.state\[1\] has an invalid value: Value "DONE" does not exist/,
  },
  'an inline input object missing a required field': {
    query: `mutation { createLun(input: { space: { size: 1 }, osType: LINUX,
      performanceServiceLevel: { key: "p" }, svm: { key: "s" } }) { job { key } } }`,
    code: 'BAD_USER_INPUT',
    message: /^input has an invalid value: Field "CreateLunInput.name" of required type/,
  },
  'a variable value its scalar refuses': {
    query: CREATE_LUN,
    variables: { input: { ...LUN, space: { size: -1 } } },
    code: 'BAD_USER_INPUT',
    message: /at "input\.space\.size".*Bytes expects a non-negative integer/,
  },
  'a variable enum value that does not exist': {
    query: 'query ($states: [JobState!]) { jobs(filter: { state: $states }) { totalCount } }',
    variables: { states: ['DONE'] },
    code: 'BAD_USER_INPUT',
    message: /at "states\[0\]".*Value "DONE" does not exist/,
  },
  'a required variable not given': {
    query: CREATE_LUN,
    code: 'BAD_USER_INPUT',
    message: /Variable "\$input" of required type "CreateLunInput!" was not provided/,
  },
  'two root mutation fields': {
    query: 'mutation { a: createBackup { job { key } } b: deleteLun(key: "x") { job { key } } }',
    code: 'GRAPHQL_VALIDATION_FAILED',
    message: /may select one root field, but this one selects 2 \(a, b\)/,
  },
};

/** The errors a graphql-ws client saw: an `error` message's, or those of a result. */
async function errorsOverWebSocket(client: Client, { query, variables }: Case) {
  try {
    const events = client.iterate({ query, ...(variables ? { variables } : {}) });
    const result = await valueWithin(events);
    await events.return?.();
    return result.errors;
  } catch (errors) {
    return errors as { message: string; extensions?: Record<string, unknown> }[];
  }
}

describe('error codes', () => {
  it.each(Object.entries(CASES))('should answer %s the same over HTTP', async (_name, testCase) => {
    const { app } = await startGateway(disposables);
    const response = await execute(app, testCase.query, testCase.variables);
    expect(response.errors).toHaveLength(1);
    expect(response.errors?.[0]?.extensions).toEqual({ code: testCase.code });
    expect(response.errors?.[0]?.message).toMatch(testCase.message);
    expect(app.simulator.requests).toHaveLength(0);
  });

  it.each(Object.entries(CASES))(
    'should answer %s the same over WebSocket, with nothing of HTTP in it',
    async (_name, testCase) => {
      const { app, url } = await startGateway(disposables);
      const errors = await errorsOverWebSocket(webSocketClient(disposables, url, ADMIN), testCase);
      expect(errors).toHaveLength(1);
      expect(errors?.[0]?.extensions).toEqual({ code: testCase.code });
      expect(errors?.[0]?.message).toMatch(testCase.message);
      expect(app.simulator.requests).toHaveLength(0);
    },
  );

  it('should refuse a GET without a CSRF header with a code of its own', async () => {
    const { app } = await startGateway(disposables);
    const response = await app.yoga.fetch(
      `http://yoga/graphql?query=${encodeURIComponent('{ __typename }')}`,
    );
    expect(response.status).toBe(403);
    expect(await response.json()).toEqual({
      errors: [
        {
          message: expect.stringMatching(/x-graphql-yoga-csrf/),
          extensions: { code: 'CSRF_HEADER_REQUIRED' },
        },
      ],
    });
  });
});

describe('one root field per mutation operation', () => {
  const JOB = '{ job { key } }';

  it.each([
    ['aliases', `mutation { a: createBackup ${JOB} b: deleteLun(key: "nope") ${JOB} }`],
    [
      'a fragment',
      `mutation { ...Both } fragment Both on Mutation { a: createBackup ${JOB} b: createBackup ${JOB} }`,
    ],
    [
      'an inline fragment',
      `mutation { createBackup ${JOB} ... on Mutation { deleteLun(key: "x") ${JOB} } }`,
    ],
    ['@skip', `mutation { createBackup ${JOB} deleteLun(key: "x") @skip(if: true) ${JOB} }`],
  ])('should refuse two through %s before anything reaches AIQUM', async (_how, query) => {
    const { app } = await startGateway(disposables);
    const response = await execute(app, query);
    expect(response.data ?? null).toBeNull();
    expect(errorCodes(response)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
    expect(app.simulator.requests).toHaveLength(0);
  });

  it.each([
    ['with __typename', `mutation { __typename createBackup ${JOB} }`],
    [
      'selected twice under one name, which runs once',
      `mutation { createBackup ${JOB} createBackup { job { state } } }`,
    ],
  ])('should run one root field %s', async (_how, query) => {
    const { app } = await startGateway(disposables);
    const response = await execute(app, query);
    expect(response.errors).toBeUndefined();
    expect(app.simulator.requests.filter((request) => request.method === 'POST')).toHaveLength(1);
  });

  it('should refuse two over SSE before anything reaches AIQUM', async () => {
    const { app, url } = await startGateway(disposables);
    const events = graphqlOverSse(
      url,
      { query: `mutation { a: createBackup ${JOB} b: deleteLun(key: "nope") ${JOB} }` },
      { authorization: ADMIN },
    );
    const first = await valueWithin(events);
    expect(first.event).toBe('next');
    expect(JSON.parse(first.data)).toEqual({
      errors: [expect.objectContaining({ extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } })],
    });
    expect((await valueWithin(events)).event).toBe('complete');
    expect(app.simulator.requests).toHaveLength(0);
  });
});
