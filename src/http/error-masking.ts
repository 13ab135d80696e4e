import { GraphQLError } from 'graphql';
import { createGraphQLError, type YogaServerOptions } from 'graphql-yoga';
import { BadUserInputError, GatewayError } from '../errors.ts';
import type { Logger } from '../logger.ts';

type MaskError = NonNullable<
  Exclude<YogaServerOptions<object, object>['maskedErrors'], boolean | undefined>['maskError']
>;

/**
 * The one place where errors become what clients see: gateway errors keep their message and
 * get `extensions.code`; GraphQL's own errors (syntax, validation) pass; anything else is
 * masked and logged with its cause.
 */
export function createErrorMasker(logger: Logger): MaskError {
  return (error, message) => {
    const graphQLError = error instanceof GraphQLError ? error : undefined;
    const original = graphQLError ? rootCause(graphQLError) : error;
    if (original instanceof GatewayError) {
      // The outer message may say more: a variable's coercion error names the field's path.
      return createGraphQLError(graphQLError?.message ?? original.message, {
        nodes: graphQLError?.nodes ?? null,
        path: graphQLError?.path,
        extensions: extensionsOf(original),
      });
    }
    if (graphQLError && (!original || original instanceof GraphQLError)) {
      return withDefaultCode(graphQLError);
    }
    logger.error({ err: original, path: graphQLError?.path }, 'unexpected error');
    return createGraphQLError(message, {
      nodes: graphQLError?.nodes ?? null,
      path: graphQLError?.path,
    });
  };
}

// Query limits (depth, cost, aliases, directives) are validation rules that set no code.
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
