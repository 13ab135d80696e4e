import { type ASTNode, GraphQLError, type GraphQLFormattedError, Kind } from 'graphql';
import { createGraphQLError, type YogaServerOptions } from 'graphql-yoga';
import { BadUserInputError, GatewayError } from '../errors.ts';
import type { Logger } from '../logger.ts';

export type MaskError = NonNullable<
  Exclude<YogaServerOptions<object, object>['maskedErrors'], boolean | undefined>['maskError']
>;

/** Where a GraphQL error points, and the HTTP status yoga should answer with. */
export interface ErrorPlace {
  nodes?: readonly ASTNode[] | ASTNode | null | undefined;
  path?: readonly (string | number)[] | undefined;
  /** Yoga reads `extensions.http` for the status; it never reaches a client's payload. */
  http?: unknown;
  /** Says more than the error's own message, e.g. the path of the value it refused. */
  message?: string | undefined;
}

/** The one mapping of a gateway error to what a client sees: its message and `extensions.code`. */
export function toGraphQLError(error: GatewayError, place: ErrorPlace = {}): GraphQLError {
  return createGraphQLError(place.message ?? error.message, {
    nodes: place.nodes ?? null,
    path: place.path,
    // No originalError: yoga answers 500 to an error that wraps one of its own.
    extensions: {
      ...extensionsOf(error),
      ...(place.http === undefined ? {} : { http: place.http }),
    },
  });
}

/**
 * The one place where errors become what clients see: gateway errors keep their message and
 * get `extensions.code`; GraphQL's own errors (syntax, validation) pass, and a variable value
 * its type refuses is `BAD_USER_INPUT`; anything else is masked and logged with its cause
 * (unless in `logged`: an operation's log already has it, `unexpected-errors.ts`).
 */
export function createErrorMasker(logger: Logger, logged = new WeakSet<Error>()): MaskError {
  return (error, message) => {
    const graphQLError = error instanceof GraphQLError ? error : undefined;
    const original = graphQLError ? rootCause(graphQLError) : error;
    if (original instanceof GatewayError) {
      // The outer message may say more: a variable's coercion error names the field's path.
      return toGraphQLError(original, {
        message: graphQLError?.message,
        nodes: graphQLError?.nodes,
        path: graphQLError?.path,
        http: graphQLError?.extensions.http,
      });
    }
    if (graphQLError && (!original || original instanceof GraphQLError)) {
      if (isVariableValueError(graphQLError)) {
        return toGraphQLError(new BadUserInputError(graphQLError.message), {
          nodes: graphQLError.nodes,
          http: graphQLError.extensions.http,
        });
      }
      return withDefaultCode(graphQLError);
    }
    if (original instanceof Error && original.name === 'AbortError') {
      // The caller went away (a closed WebSocket, a dropped request): nobody reads this.
      logger.debug({ path: graphQLError?.path }, 'operation abandoned by its caller');
      return createGraphQLError('The operation was abandoned by its caller', {
        nodes: graphQLError?.nodes ?? null,
        path: graphQLError?.path,
      });
    }
    if (!(original instanceof Error && logged.has(original))) {
      logger.error({ err: original, path: graphQLError?.path }, 'unexpected error');
    }
    return createGraphQLError(message, {
      nodes: graphQLError?.nodes ?? null,
      path: graphQLError?.path,
    });
  };
}

/**
 * graphql-js refuses the variables of an operation before it runs with errors that point at
 * the variable's definition ('Variable "$input" got invalid value -1 at "input.space.size"').
 */
function isVariableValueError(error: GraphQLError): boolean {
  return (
    error.extensions.code === undefined &&
    error.path === undefined &&
    error.nodes?.[0]?.kind === Kind.VARIABLE_DEFINITION
  );
}

// Other errors of GraphQL itself are about the document.
function withDefaultCode(error: GraphQLError): GraphQLError {
  if (error.extensions.code) return error;
  return createGraphQLError(error.message, {
    nodes: error.nodes ?? null,
    source: error.source ?? null,
    positions: error.positions ?? null,
    path: error.path,
    extensions: { ...error.extensions, code: 'GRAPHQL_VALIDATION_FAILED' },
  });
}

/** The error behind `error` when the masker hides it from the client; undefined otherwise. */
export function unexpectedCause(error: GraphQLError): Error | undefined {
  const cause = rootCause(error);
  const expected =
    cause instanceof GatewayError || cause instanceof GraphQLError || cause?.name === 'AbortError';
  return cause && !expected ? cause : undefined;
}

/**
 * What a GraphQL error wraps. A scalar that refuses a variable's value is wrapped twice by
 * graphql-js (coercion, then the variable), so follow the chain to the first non-GraphQL error.
 */
export function rootCause(error: GraphQLError): Error | undefined {
  let cause: Error | undefined = error.originalError;
  while (cause instanceof GraphQLError && cause.originalError) cause = cause.originalError;
  return cause;
}

function extensionsOf(error: GatewayError): Record<string, unknown> {
  if (error instanceof BadUserInputError && error.upstream) {
    return { code: error.code, upstream: error.upstream };
  }
  return { code: error.code };
}

/** An error as a client receives it: `extensions.http` is yoga's, never the client's. */
export function toClientPayload(error: GraphQLError): GraphQLFormattedError {
  const { extensions, ...payload } = error.toJSON();
  const { http: _http, ...kept } = extensions ?? {};
  return Object.keys(kept).length > 0 ? { ...payload, extensions: kept } : payload;
}
