import {
  type DocumentNode,
  type ExecutionResult,
  type GraphQLError,
  getOperationAST,
} from 'graphql';
import { isAsyncIterable, type Plugin } from 'graphql-yoga';
import { GatewayError } from '../errors.ts';
import type { Metrics } from '../metrics.ts';
import { accessRecordOf } from './access-log.ts';
import { rootCause } from './error-masking.ts';

/**
 * Counts GraphQL operations by name, type and outcome ("ok" or the first error code), and hands
 * the same three to the access record of the request or WebSocket operation, if any.
 */
export function useOperationAccounting(metrics: Metrics): Plugin {
  const count = (args: CountedArgs, result: ExecutionResult) => {
    const operation = getOperationAST(args.document, args.operationName);
    const [firstError] = result.errors ?? [];
    const name = metrics.operationNames.label(operation?.name?.value);
    const type = operation?.operation ?? 'unknown';
    const outcome = firstError ? errorCode(firstError) : 'ok';
    metrics.operations.inc({ operation_name: name, operation_type: type, outcome });
    accessRecordOf(args.contextValue)?.operations.push({ name, type, outcome });
  };

  return {
    onExecute: ({ args }) => ({
      onExecuteDone: ({ result }) => {
        if (!isAsyncIterable(result)) count(args, result);
      },
    }),
    // Without an onEnd hook, envelop does not wrap a subscription's stream: nothing is held
    // per open subscription.
    onSubscribe: ({ args }) => ({
      onSubscribeResult: ({ result }) => {
        count(args, isAsyncIterable(result) ? {} : result);
      },
    }),
  };
}

/** The code the client will see: masking runs after this plugin, so read the cause too. */
export function errorCode(error: GraphQLError): string {
  const cause = rootCause(error);
  if (cause instanceof GatewayError) return cause.code;
  const code = error.extensions?.code;
  return typeof code === 'string' ? code : 'INTERNAL_SERVER_ERROR';
}

interface CountedArgs {
  document: DocumentNode;
  operationName?: string | null | undefined;
  contextValue?: unknown;
}
