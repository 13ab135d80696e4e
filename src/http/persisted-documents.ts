import { usePersistedOperations } from '@graphql-yoga/plugin-persisted-operations';
import type { GraphQLError } from 'graphql';
import { createGraphQLError, type Plugin } from 'graphql-yoga';
import { findTrustedDocument, type TrustedDocuments } from '../trusted-documents.ts';

/** An id that names no document (or the gateway holds no trusted documents at all). */
export const PERSISTED_QUERY_NOT_FOUND = 'PERSISTED_QUERY_NOT_FOUND';
/** Trusted mode: a document's text was sent, or no document id. */
export const PERSISTED_QUERY_ONLY = 'PERSISTED_QUERY_ONLY';

/** What a request names its document by: HTTP params or a graphql-ws subscribe payload. */
interface DocumentParams {
  query?: string | null | undefined;
  extensions?: Record<string, unknown> | null | undefined;
}

const NO_DOCUMENTS: TrustedDocuments = new Map();

function notFound(): GraphQLError {
  return createGraphQLError('No trusted document has this documentId', {
    extensions: { code: PERSISTED_QUERY_NOT_FOUND },
  });
}

function persistedOnly(): GraphQLError {
  return createGraphQLError(
    'This gateway serves only its trusted documents: send {"documentId": "<hash>"} instead of a query',
    { extensions: { code: PERSISTED_QUERY_ONLY } },
  );
}

/**
 * The document id a request names: `documentId` (the body's, or a GET's query parameter), or
 * `extensions.persistedQuery.sha256Hash` (version 1).
 */
export function documentIdOf(params: DocumentParams, request?: Request): string | undefined {
  const { documentId } = params as { documentId?: unknown };
  if (typeof documentId === 'string') return documentId;
  if (request?.method === 'GET') {
    const fromUrl = new URL(request.url).searchParams.get('documentId');
    if (fromUrl) return fromUrl;
  }
  const persisted = params.extensions?.persistedQuery as
    | { version?: unknown; sha256Hash?: unknown }
    | undefined;
  if (persisted?.version === 1 && typeof persisted.sha256Hash === 'string') {
    return persisted.sha256Hash;
  }
  return undefined;
}

/**
 * Persisted documents over HTTP and SSE, with yoga's plugin. With `trusted` documents only those
 * run, by id; without, any query runs and an id is answered PERSISTED_QUERY_NOT_FOUND, so a
 * client that sends ids can tell to send the text instead.
 */
export function usePersistedDocuments(trusted: TrustedDocuments | undefined): Plugin {
  const documents = trusted ?? NO_DOCUMENTS;
  return usePersistedOperations({
    allowArbitraryOperations: trusted === undefined,
    extractPersistedOperationId: (params, request) => documentIdOf(params, request) ?? null,
    getPersistedOperation: (id) => findTrustedDocument(documents, id) ?? null,
    customErrors: {
      notFound,
      persistedQueryOnly: persistedOnly,
      keyNotFound: trusted
        ? persistedOnly
        : () =>
            createGraphQLError('Must provide query string.', {
              extensions: { code: 'BAD_REQUEST', http: { status: 400 } },
            }),
    },
  }) as Plugin;
}

/**
 * The document text of a graphql-ws subscribe payload, which goes through `yoga.getEnveloped`,
 * not yoga's HTTP params: the same ids and rules as over HTTP. graphql-ws requires `query` to
 * be a string, so a client sending an id sends `query: ""`.
 */
export function resolveWebSocketDocument(
  trusted: TrustedDocuments | undefined,
  payload: DocumentParams,
): string | GraphQLError {
  const id = documentIdOf(payload);
  if (payload.query) return trusted ? persistedOnly() : payload.query;
  if (id === undefined) return trusted ? persistedOnly() : '';
  return findTrustedDocument(trusted ?? NO_DOCUMENTS, id) ?? notFound();
}
