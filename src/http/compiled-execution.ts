import {
  type ASTNode,
  type DocumentNode,
  type ExecutionArgs,
  type ExecutionResult,
  GraphQLError,
  type GraphQLInputType,
  getNamedType,
  getOperationAST,
  isInputObjectType,
  type OperationDefinitionNode,
  OperationTypeNode,
  type SourceLocation,
  typeFromAST,
  visit,
} from 'graphql';
import { type CompiledQuery, compileQuery, isCompiledQuery } from 'graphql-jit';
import { makeExecute, type Plugin } from 'graphql-yoga';

/** Executions of one operation before it is compiled; none are compiled before they repeat. */
export const RUNS_BEFORE_COMPILING = 10;
/**
 * The most fields a compiled document selects. Compiling costs about 30-50 µs per field (a
 * 1,000-field query: about 90 ms, against 10 ms to parse and validate it): past this, a caller
 * rotating large documents could make the gateway spend more compiling than answering.
 */
export const MOST_FIELDS_COMPILED = 100;

/** What is known of one operation of one document. */
interface OperationPlan {
  runs: number;
  compiled: CompiledQuery | undefined;
  /** graphql-jit does not run it the way graphql-js does (below): always graphql-js. */
  interpreted: boolean;
}

/** The plan of an operation the document does not have: graphql-js refuses it. */
const NOT_COMPILED: OperationPlan = { runs: 0, compiled: undefined, interpreted: true };

/**
 * Runs the queries that repeat through graphql-jit, which compiles an operation into one
 * JavaScript function: about 8% less CPU per `jobs(first: 20)` and 4% per `job(key)` than
 * graphql-js's interpreter (BENCHMARKS.md). What a caller sees does not change:
 * - only queries are compiled: mutations and subscriptions run as before;
 * - an operation is compiled on its RUNS_BEFORE_COMPILING-th run, and only in a document of at
 *   most MOST_FIELDS_COMPILED fields, so a caller sending distinct documents can make the
 *   gateway compile at most one small document per RUNS_BEFORE_COMPILING requests;
 * - graphql-jit coerces variables with messages of its own and does not enforce `@oneOf`: an
 *   operation whose variables take a `@oneOf` input is never compiled, and when graphql-jit
 *   refuses the variables, graphql-js runs the operation instead, for its exact refusal.
 * Plans are kept per document (yoga's parse cache hands out the same document for the same
 * text) and per operation the document has: they go with the document, and an operation name
 * the document does not have (graphql-js refuses it) leaves nothing behind.
 */
export function useCompiledExecution(): Plugin {
  const plans = new WeakMap<DocumentNode, Map<string, OperationPlan>>();

  function planOf(args: ExecutionArgs): OperationPlan {
    let byName = plans.get(args.document);
    if (!byName) {
      byName = new Map();
      plans.set(args.document, byName);
    }
    const name = args.operationName ?? '';
    let plan = byName.get(name);
    if (!plan) {
      const operation = getOperationAST(args.document, args.operationName);
      if (!operation) return NOT_COMPILED;
      plan = { runs: 0, compiled: undefined, interpreted: !compilable(args, operation) };
      byName.set(name, plan);
    }
    return plan;
  }

  return {
    onExecute({ executeFn, setExecuteFn }) {
      const interpret = executeFn;
      setExecuteFn(
        makeExecute((args) => {
          const plan = planOf(args);
          if (plan.interpreted) return interpret(args);
          if (!plan.compiled) {
            plan.runs += 1;
            if (plan.runs < RUNS_BEFORE_COMPILING) return interpret(args);
            const compiled = compileQuery(
              args.schema,
              args.document,
              args.operationName ?? undefined,
            );
            if (!isCompiledQuery(compiled)) {
              plan.interpreted = true;
              return interpret(args);
            }
            plan.compiled = compiled;
          }
          const result = plan.compiled.query(
            args.rootValue,
            args.contextValue,
            args.variableValues,
          );
          const settle = (settled: ExecutionResult) =>
            refusedBeforeRunning(settled) ? interpret(args) : withGraphQLJsErrors(settled, args);
          return isPromise(result) ? result.then(settle) : settle(result);
        }),
      );
    },
  };
}

/** A query whose variables graphql-jit coerces as graphql-js does. */
function compilable(args: ExecutionArgs, operation: OperationDefinitionNode): boolean {
  if (operation.operation !== OperationTypeNode.QUERY) return false;
  if (fieldCount(args.document) > MOST_FIELDS_COMPILED) return false;
  return (operation.variableDefinitions ?? []).every((definition) => {
    const type = typeFromAST(args.schema, definition.type);
    return type !== undefined && !takesOneOf(type as GraphQLInputType, new Set());
  });
}

/** Field selections in the whole document, fragments included. */
function fieldCount(document: DocumentNode): number {
  let count = 0;
  visit(document, {
    Field() {
      count += 1;
    },
  });
  return count;
}

function takesOneOf(type: GraphQLInputType, seen: Set<string>): boolean {
  const named = getNamedType(type);
  if (!isInputObjectType(named) || seen.has(named.name)) return false;
  if (named.isOneOf) return true;
  seen.add(named.name);
  return Object.values(named.getFields()).some((field) => takesOneOf(field.type, seen));
}

/** No data at all: the variables were refused (errors from resolvers come with `data`). */
function refusedBeforeRunning(result: ExecutionResult): boolean {
  return result.data === undefined && (result.errors?.length ?? 0) > 0;
}

/**
 * graphql-jit's errors point at the document by line and column only, and have no
 * `extensions` unless the error they wrap had some: made graphql-js errors again, with the
 * field nodes they point at, they reach the error masker as graphql-js's would.
 */
function withGraphQLJsErrors(result: ExecutionResult, args: ExecutionArgs): ExecutionResult {
  if (!result.errors?.length) return result;
  const body = args.document.loc?.source.body ?? '';
  const errors = result.errors.map((error) => {
    const starts = new Set((error.locations ?? []).map((at) => offsetOf(body, at)));
    const nodes: ASTNode[] = [];
    visit(args.document, {
      Field(node) {
        if (node.loc && starts.has(node.loc.start)) nodes.push(node);
      },
    });
    return new GraphQLError(error.message, {
      nodes,
      path: error.path,
      originalError: error.originalError,
      extensions: error.extensions,
    });
  });
  return { ...result, errors };
}

/** Where a line and column (both from 1) fall in `body`. */
function offsetOf(body: string, { line, column }: SourceLocation): number {
  let offset = 0;
  for (let at = 1; at < line; at++) offset = body.indexOf('\n', offset) + 1;
  return offset + column - 1;
}

function isPromise<T>(value: T | Promise<T>): value is Promise<T> {
  return typeof (value as Promise<T> | undefined)?.then === 'function';
}
