import type { ExecutionResult } from 'graphql';
import { handleStreamOrSingleExecutionResult, type Plugin } from 'graphql-yoga';
import type { Context } from '../context.ts';
import { unexpectedCause } from './error-masking.ts';

/**
 * Logs the unexpected errors of each operation (those the masker hides from the client) with
 * the operation's logger, so the line carries the request's id; runs before the masker, which
 * logs only what no operation reported (`logged` holds what was). Subscription events included.
 */
export function useUnexpectedErrorLog(logged: WeakSet<Error>): Plugin {
  const logErrors = ({
    result,
    args,
  }: {
    result: ExecutionResult;
    args: { contextValue: unknown };
  }) => {
    if (!result.errors) return;
    const { logger } = args.contextValue as Context;
    for (const error of result.errors) {
      const cause = unexpectedCause(error);
      if (!cause || logged.has(cause)) continue;
      logged.add(cause);
      logger.error({ err: cause, path: error.path }, 'unexpected error');
    }
  };
  return {
    onExecute: () => ({
      onExecuteDone: (payload) => handleStreamOrSingleExecutionResult(payload, logErrors),
    }),
    onSubscribe: () => ({
      onSubscribeResult: (payload) => handleStreamOrSingleExecutionResult(payload, logErrors),
    }),
  };
}
