import type { ExecutionArgs, GraphQLError } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { Limits } from '../config.ts';
import { OperationLimitError } from '../errors.ts';
import { toGraphQLError } from './error-masking.ts';
import { operationCost } from './operation-cost.ts';

// Answered as yoga answers a document that fails validation: 400, or 200 to a client that
// asked for plain application/json.
const REFUSED = { status: 400, spec: true };

/**
 * Refuses, before it runs, an operation whose price (`operation-cost.ts`) is over `MAX_COST`
 * AIQUM requests or `MAX_OBJECTS` objects. It runs at execution, not validation: the price
 * depends on the variables (`first: $size`), and validation results are cached per document.
 */
export function useCostLimits(
  limits: Pick<Limits, 'maxCost' | 'maxObjects' | 'maxParentLists'>,
): Plugin {
  const refusalsOf = (args: ExecutionArgs): GraphQLError[] => {
    const cost = operationCost(
      args.schema,
      args.document,
      args.operationName,
      args.variableValues as Record<string, unknown> | null | undefined,
      limits.maxParentLists,
    );
    const refusals: GraphQLError[] = [];
    if (cost && cost.requests > limits.maxCost) {
      refusals.push(
        refusal(
          'cost',
          `Query cost limit of ${limits.maxCost} AIQUM requests exceeded, found ${cost.requests}.`,
        ),
      );
    }
    if (cost && cost.objects > limits.maxObjects) {
      refusals.push(
        refusal(
          'objects',
          `Query object limit of ${limits.maxObjects} exceeded, found ${cost.objects}.`,
        ),
      );
    }
    return refusals;
  };
  return {
    onExecute({ args, setResultAndStopExecution }) {
      const errors = refusalsOf(args);
      if (errors.length > 0) setResultAndStopExecution({ errors });
    },
    onSubscribe({ args, setResultAndStopExecution }) {
      const errors = refusalsOf(args);
      if (errors.length > 0) setResultAndStopExecution({ errors });
    },
  };
}

function refusal(limit: 'cost' | 'objects', message: string): GraphQLError {
  return toGraphQLError(new OperationLimitError(limit, message), { http: REFUSED });
}
