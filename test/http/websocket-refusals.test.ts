import type { Client } from 'graphql-ws';
import { describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS, type Limits } from '../../src/config.ts';
import { ADMIN } from '../support/app.ts';
import { valueWithin } from '../support/async.ts';
import { disposedAfterEach, startGateway, webSocketClient } from '../support/gateway.ts';

const WATCH = 'subscription Watch($key: ID!) { jobUpdated(key: $key) { key state } }';

const disposables = disposedAfterEach();

/**
 * Runs one operation and answers what the client saw: its result, or the errors of an `error`
 * message (a refusal before execution) or of a result without data (a refusal at execution).
 */
async function outcome(client: Client, query: string): Promise<unknown> {
  try {
    const events = client.iterate({ query });
    const result = await valueWithin(events);
    await events.return?.();
    return result.errors && result.data == null ? result.errors : result;
  } catch (errors) {
    return errors;
  }
}

// Each refusal names the limit it hit; each would close the socket if it escaped as a throw.
const REFUSED: [string, string, string][] = [
  [
    'depth',
    '{ jobs { nodes { parentJob { parentJob { parentJob { key } } } } } }',
    'DEPTH_LIMIT_EXCEEDED',
  ],
  [
    'aliases',
    '{ a: job(key: "x") { key } b: job(key: "y") { key } c: job(key: "z") { key } d: job(key: "w") { key } }',
    'ALIAS_LIMIT_EXCEEDED',
  ],
  ['directives', '{ __typename @skip(if: false) @include(if: true) }', 'DIRECTIVE_LIMIT_EXCEEDED'],
  ['tokens', `{ ${'__typename '.repeat(60)} }`, 'TOKEN_LIMIT_EXCEEDED'],
  [
    'cost',
    '{ a: jobs { totalCount } b: jobs { totalCount } c: jobs { totalCount } }',
    'COST_LIMIT_EXCEEDED',
  ],
  ['objects', '{ jobs(first: 1000) { nodes { taskReports { name } } } }', 'OBJECT_LIMIT_EXCEEDED'],
  ['syntax', '{ jobs(', 'GRAPHQL_PARSE_FAILED'],
  ['validation', '{ noSuchField }', 'GRAPHQL_VALIDATION_FAILED'],
];

const LIMITS: Partial<Limits> = {
  maxDepth: 4,
  maxAliases: 3,
  maxDirectives: 1,
  maxTokens: 50,
  maxCost: 2,
  maxObjects: 5000,
};

describe('refused operations over graphql-ws', () => {
  it('should refuse each with an error of its own and keep a live subscription going', async () => {
    const { app, url } = await startGateway(disposables, {
      config: { limits: { ...DEFAULT_LIMITS, ...LIMITS } },
    });
    const { key } = app.simulator.startJob({ name: 'Backup', type: 'backup', stepMs: 1000 });
    const client = webSocketClient(disposables, url, ADMIN);
    const events = client.iterate({ query: WATCH, variables: { key } });
    disposables.push(async () => {
      await events.return?.();
    });
    expect((await valueWithin(events)).data).toEqual({ jobUpdated: { key, state: 'RUNNING' } });

    for (const [, query, code] of REFUSED) {
      const refusal = await outcome(client, query);
      expect(refusal).toMatchObject([{ extensions: { code } }]);
      expect(JSON.stringify(refusal)).not.toMatch(/Syntax Error: .*limit|"http"/);
    }

    // The connection and its subscription outlived every refusal.
    expect(await outcome(client, '{ __typename }')).toEqual({ data: { __typename: 'Query' } });
    app.simulator.advance(1000); // the first of its two tasks ends
    expect((await valueWithin(events)).data).toEqual({ jobUpdated: { key, state: 'RUNNING' } });
    app.simulator.advance(1000);
    expect((await valueWithin(events)).data).toEqual({ jobUpdated: { key, state: 'COMPLETED' } });
  });
});
