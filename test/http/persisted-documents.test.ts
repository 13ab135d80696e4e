import type { FormattedExecutionResult } from 'graphql';
import type { Client, SubscribePayload } from 'graphql-ws';
import { describe, expect, it } from 'vitest';
import {
  FollowJobDocument,
  type FollowJobSubscription,
  JobsDocument,
  StartBackupDocument,
} from '../../examples/live-jobs/src/generated/graphql.ts';
import type { Config } from '../../src/config.ts';
import { SEEDED_KEYS } from '../../src/simulator/seed.ts';
import { readTrustedDocuments } from '../../src/trusted-documents.ts';
import { ADMIN, type GraphQLResponse } from '../support/app.ts';
import { nextWithin, valueWithin } from '../support/async.ts';
import { disposedAfterEach, startGateway, webSocketClient } from '../support/gateway.ts';
import { graphqlOverSse } from '../support/sse.ts';

/** The file `npm run codegen` writes for the example page: what TRUSTED_DOCUMENTS is given. */
const PAGE_DOCUMENTS = new URL(
  '../../examples/live-jobs/src/generated/persisted-documents.json',
  import.meta.url,
).pathname;
const UNKNOWN_ID = `sha256:${'0'.repeat(64)}`;
const QUERY_TEXT = '{ jobs(first: 1) { totalCount } }';

const hashOf = (document: { __meta__?: Record<string, unknown> | undefined }) =>
  String(document.__meta__?.hash);

const disposables = disposedAfterEach();

function startTrusted(config: Partial<Config> = {}) {
  return startGateway(disposables, {
    config: { trustedDocuments: readTrustedDocuments(PAGE_DOCUMENTS), ...config },
  });
}

async function post(url: string, body: unknown): Promise<GraphQLResponse<Record<string, unknown>>> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: ADMIN },
    body: JSON.stringify(body),
  });
  return { status: response.status, ...(await response.json()) };
}

async function get(url: string, params: Record<string, string>) {
  const response = await fetch(`${url}?${new URLSearchParams(params)}`, {
    headers: { authorization: ADMIN, 'x-graphql-yoga-csrf': '1', accept: 'application/json' },
  });
  return (await response.json()) as GraphQLResponse<Record<string, unknown>>;
}

const nodesOf = (result: GraphQLResponse<Record<string, unknown>>) =>
  (result.data?.jobs as { nodes: unknown[] } | undefined)?.nodes;

const codes = (result: { errors?: readonly { extensions?: Record<string, unknown> }[] }) =>
  (result.errors ?? []).map((error) => error.extensions?.code);

/** The first message of a subscription over graphql-ws: a result, or the errors it was refused with. */
async function firstOverWebSocket(
  client: Client,
  payload: Record<string, unknown>,
): Promise<FormattedExecutionResult> {
  const events = client.iterate(payload as unknown as SubscribePayload);
  disposables.push(async () => {
    await events.return?.();
  });
  try {
    return (await valueWithin(events)) as FormattedExecutionResult;
  } catch (error) {
    return { errors: error as FormattedExecutionResult['errors'] & object };
  }
}

async function firstOverSse(url: string, body: Record<string, unknown>) {
  const events = graphqlOverSse(url, body, { authorization: ADMIN });
  disposables.push(async () => {
    await events.return(undefined);
  });
  const event = await valueWithin(events);
  return JSON.parse(event.data) as FormattedExecutionResult;
}

describe('trusted documents (TRUSTED_DOCUMENTS)', () => {
  it("should serve the example page's documents by id over POST, GET and extensions.persistedQuery", async () => {
    const { url } = await startTrusted();
    const byPost = await post(url, {
      documentId: hashOf(JobsDocument),
      variables: { first: 3 },
    });
    expect(byPost.errors).toBeUndefined();
    expect(nodesOf(byPost)).toHaveLength(3);

    const byGet = await get(url, {
      documentId: hashOf(JobsDocument),
      variables: JSON.stringify({ first: 2 }),
    });
    expect(nodesOf(byGet)).toHaveLength(2);

    const bareHex = hashOf(JobsDocument).replace(/^sha256:/, '');
    const byExtension = await post(url, {
      variables: { first: 1 },
      extensions: { persistedQuery: { version: 1, sha256Hash: bareHex } },
    });
    expect(nodesOf(byExtension)).toHaveLength(1);

    const mutation = await post(url, { documentId: hashOf(StartBackupDocument) });
    expect(mutation.errors).toBeUndefined();
    expect(mutation.data?.createBackup).toMatchObject({ job: { state: 'RUNNING' } });
  });

  it('should refuse an unknown id with PERSISTED_QUERY_NOT_FOUND and a query with PERSISTED_QUERY_ONLY over HTTP', async () => {
    const { app, url } = await startTrusted();
    const before = app.simulator.requests.length;
    expect(codes(await post(url, { documentId: UNKNOWN_ID }))).toEqual([
      'PERSISTED_QUERY_NOT_FOUND',
    ]);
    expect(codes(await get(url, { documentId: UNKNOWN_ID }))).toEqual([
      'PERSISTED_QUERY_NOT_FOUND',
    ]);
    expect(codes(await post(url, { query: QUERY_TEXT }))).toEqual(['PERSISTED_QUERY_ONLY']);
    expect(codes(await get(url, { query: QUERY_TEXT }))).toEqual(['PERSISTED_QUERY_ONLY']);
    // The text of a trusted document is no way in either: only its id is.
    expect(codes(await post(url, { query: JobsDocument.toString() }))).toEqual([
      'PERSISTED_QUERY_ONLY',
    ]);
    expect(codes(await post(url, { variables: {} }))).toEqual(['PERSISTED_QUERY_ONLY']);
    expect(app.simulator.requests.length).toBe(before);
  });

  it('should follow a job by document id over SSE and refuse what is not trusted', async () => {
    const { url } = await startTrusted();
    const followed = await firstOverSse(url, {
      documentId: hashOf(FollowJobDocument),
      variables: { key: SEEDED_KEYS.running },
    });
    expect((followed.data as FollowJobSubscription).jobUpdated).toMatchObject({
      key: SEEDED_KEYS.running,
      state: 'RUNNING',
    });
    const unknown = await firstOverSse(url, { documentId: UNKNOWN_ID });
    expect(codes(unknown)).toEqual(['PERSISTED_QUERY_NOT_FOUND']);
    const text = await firstOverSse(url, {
      query: `subscription { jobUpdated(key: "${SEEDED_KEYS.running}") { key } }`,
    });
    expect(codes(text)).toEqual(['PERSISTED_QUERY_ONLY']);
  });

  it('should follow a job by document id over WebSocket and refuse what is not trusted', async () => {
    const { url } = await startTrusted();
    const client = webSocketClient(disposables, url, ADMIN);
    const followed = await firstOverWebSocket(client, {
      query: '',
      documentId: hashOf(FollowJobDocument),
      variables: { key: SEEDED_KEYS.running },
    });
    expect((followed.data as FollowJobSubscription).jobUpdated).toMatchObject({
      key: SEEDED_KEYS.running,
      state: 'RUNNING',
    });
    const byExtension = await firstOverWebSocket(client, {
      query: '',
      extensions: { persistedQuery: { version: 1, sha256Hash: hashOf(JobsDocument) } },
      variables: { first: 1 },
    });
    expect(byExtension.errors).toBeUndefined();

    const unknown = await firstOverWebSocket(client, { query: '', documentId: UNKNOWN_ID });
    expect(codes(unknown)).toEqual(['PERSISTED_QUERY_NOT_FOUND']);
    const text = await firstOverWebSocket(client, {
      query: `subscription { jobUpdated(key: "${SEEDED_KEYS.running}") { key } }`,
    });
    expect(codes(text)).toEqual(['PERSISTED_QUERY_ONLY']);
    const nothing = await firstOverWebSocket(client, { query: '' });
    expect(codes(nothing)).toEqual(['PERSISTED_QUERY_ONLY']);
  });

  it('should run any query without TRUSTED_DOCUMENTS, and answer an id with PERSISTED_QUERY_NOT_FOUND', async () => {
    const { url } = await startGateway(disposables);
    const text = await post(url, { query: QUERY_TEXT });
    expect(text.errors).toBeUndefined();
    expect(codes(await post(url, { documentId: hashOf(JobsDocument) }))).toEqual([
      'PERSISTED_QUERY_NOT_FOUND',
    ]);
    const client = webSocketClient(disposables, url, ADMIN);
    const byId = await firstOverWebSocket(client, {
      query: '',
      documentId: hashOf(FollowJobDocument),
      variables: { key: SEEDED_KEYS.running },
    });
    expect(codes(byId)).toEqual(['PERSISTED_QUERY_NOT_FOUND']);
    const events = client.iterate({
      query: FollowJobDocument.toString(),
      variables: { key: SEEDED_KEYS.running },
    });
    disposables.push(async () => {
      await events.return?.();
    });
    const first = await nextWithin(events);
    expect(first.done).toBe(false);
  });
});
