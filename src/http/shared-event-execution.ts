import { createHash } from 'node:crypto';
import {
  createSourceEventStream,
  type DocumentNode,
  type ExecutionArgs,
  type ExecutionResult,
  execute,
  getOperationAST,
  getVariableValues,
  OperationTypeNode,
} from 'graphql';
import { createGraphQLError, isAsyncIterable, mapAsyncIterator, type Plugin } from 'graphql-yoga';
import type { Context } from '../context.ts';

type SubscribeFunction = Parameters<NonNullable<Plugin['onSubscribe']>>[0]['subscribeFn'];
type EventExecution = ExecutionResult | Promise<ExecutionResult>;

/**
 * How long after its execution a shared result is still handed out. The subscribers one event
 * wakes ask for it within milliseconds; one that asks later (a new subscriber's first event, a
 * login whose access check was stale) executes afresh, so what a selection reads beside the
 * event itself (a parent job, a created object) is never older than this.
 */
const SHARE_WINDOW_MS = 1000;

/**
 * Executes a subscription event once per group of identical subscribers. The live channels hand
 * every subscriber of a job or list the same event object; subscribers with the same document,
 * operation name, variables and credentials would each execute their selection over it to the
 * same result. This replaces the engine's subscribe with one that creates the source stream as
 * usual and maps each event through an execution shared by the group:
 *
 * - never across credentials (they enter the group's key through a hash, nothing else);
 * - a result carrying errors is not shared: each subscriber executes its own, so each error is
 *   masked and logged for its own operation; an Error event (access refused) is never shared;
 * - nothing is kept beyond the event object: the executions hang off it in a WeakMap.
 *
 * Anything that fails before the stream exists (an unknown operation, variables the schema
 * refuses) goes to the engine, so its errors stay the engine's. A plugin that replaces the
 * subscribe function itself (graphql-jit) must come before this one in the plugin list, or it
 * takes over and events are executed per subscriber again; queries and mutations are untouched.
 */
export function useSharedEventExecution(): Plugin {
  const executions = new SharedExecutions();
  return {
    onSubscribe({ subscribeFn, setSubscribeFn }) {
      setSubscribeFn((args) => subscribeSharing(args, subscribeFn, executions));
    },
  };
}

async function subscribeSharing(
  args: ExecutionArgs,
  engine: SubscribeFunction,
  executions: SharedExecutions,
) {
  const operation = getOperationAST(args.document, args.operationName);
  if (operation?.operation !== OperationTypeNode.SUBSCRIPTION) return engine(args);
  const variables = getVariableValues(
    args.schema,
    operation.variableDefinitions ?? [],
    args.variableValues ?? {},
  );
  if (variables.errors) return engine(args);

  const stream = await createSourceEventStream(args);
  if (!isAsyncIterable(stream)) return stream;
  const iterator = stream[Symbol.asyncIterator]();
  // Yoga hands an HTTP request's signal to the engine: its end ends the stream, as there.
  const { signal } = args as { signal?: AbortSignal };
  signal?.addEventListener('abort', () => void iterator.return?.(), { once: true });
  const group = executions.groupOf(args);
  const executeEvent = (event: unknown) => execute({ ...args, rootValue: event });
  return mapAsyncIterator(
    iterator,
    (event: unknown) => executions.execute(event, group, executeEvent),
    (error: Error) => {
      throw createGraphQLError(error.message, { originalError: error, nodes: [operation] });
    },
  );
}

interface SharedExecution {
  readonly result: Promise<ExecutionResult>;
  /** `performance.now()` after which it is no longer handed out. */
  readonly until: number;
}

/** Per source event, the execution each group of identical subscribers shares. */
class SharedExecutions {
  readonly #byEvent = new WeakMap<object, Map<string, SharedExecution>>();
  readonly #documentIds = new WeakMap<DocumentNode, number>();
  #nextDocumentId = 0;

  /**
   * Who shares: one document (yoga's parser cache hands out one object per text), operation
   * name, variables and credentials. A hash, so the key holds no credential.
   */
  groupOf(args: ExecutionArgs): string {
    let documentId = this.#documentIds.get(args.document);
    if (documentId === undefined) {
      documentId = this.#nextDocumentId++;
      this.#documentIds.set(args.document, documentId);
    }
    const credentials = (args.contextValue as Partial<Context> | undefined)?.credentials ?? null;
    const parts = [documentId, args.operationName ?? null, args.variableValues ?? {}, credentials];
    return createHash('sha256').update(JSON.stringify(parts)).digest('base64');
  }

  /** The group's execution of `event`: a fresh one, or one still shared. */
  execute(event: unknown, group: string, run: (event: unknown) => EventExecution): EventExecution {
    if (typeof event !== 'object' || event === null || event instanceof Error) return run(event);
    let groups = this.#byEvent.get(event);
    if (!groups) {
      groups = new Map();
      this.#byEvent.set(event, groups);
    }
    const now = performance.now();
    const shared = groups.get(group);
    if (shared && now < shared.until) return followed(shared.result, () => run(event));
    const result = Promise.resolve().then(() => run(event));
    groups.set(group, { result, until: now + SHARE_WINDOW_MS });
    return result;
  }
}

/** The shared result, unless it failed or carries errors: then an execution of one's own. */
async function followed(
  shared: Promise<ExecutionResult>,
  own: () => EventExecution,
): Promise<ExecutionResult> {
  const result = await shared.catch(() => undefined);
  return result && !result.errors ? result : own();
}
