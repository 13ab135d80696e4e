import {
  getCurrentOtelContext,
  setCurrentOtelContext,
  useOpenTelemetry,
} from '@envelop/opentelemetry';
import { ROOT_CONTEXT, SpanKind, type Context as TraceContext, trace } from '@opentelemetry/api';
import { W3CTraceContextPropagator } from '@opentelemetry/core';
import type { ExecutionResult } from 'graphql';
import { isAsyncIterable, type Plugin } from 'graphql-yoga';
import type { Context } from '../context.ts';
import { SERVICE_NAME, type Tracing } from '../tracing.ts';
import { errorCode } from './operation-metrics.ts';

export const ATTR_OUTCOME = 'graphql.outcome';
const propagator = new W3CTraceContextPropagator();

/**
 * A span per GraphQL operation (envelop's OpenTelemetry plugin: `query.JobDetails`, its name
 * and type; never its document, variables or result), child of the caller's W3C `traceparent`
 * (the HTTP header, or `connectionParams.traceparent` of a WebSocket), with the operation's
 * outcome ("ok" or the first error code). The operation's upstream calls become its children.
 * Installed only when tracing is on.
 */
export function tracingPlugins(tracing: Tracing): Plugin[] {
  return [
    useCallerTraceAndOutcome(),
    useOpenTelemetry(
      { document: false, variables: false, result: false, resolvers: false },
      tracing.provider,
      SpanKind.SERVER,
      {},
      SERVICE_NAME,
    ) as unknown as Plugin,
    useUpstreamTraceContext(),
  ];
}

/** The trace context a caller sent, or undefined when it sent none (or an unusable one). */
function callerTraceOf(
  context: Partial<Context> & Record<string, unknown>,
): TraceContext | undefined {
  const headers = (context.request as Request | undefined)?.headers;
  const carrier: Record<string, unknown> = headers
    ? { traceparent: headers.get('traceparent'), tracestate: headers.get('tracestate') }
    : ((context.connectionParams as Record<string, unknown> | undefined) ?? {});
  if (typeof carrier.traceparent !== 'string') return undefined;
  const extracted = propagator.extract(ROOT_CONTEXT, carrier, {
    get: (from, key) => {
      const value = from[key];
      return typeof value === 'string' ? value : undefined;
    },
    keys: (from) => Object.keys(from),
  });
  return trace.getSpanContext(extracted) ? extracted : undefined;
}

/** Runs before envelop's plugin: parents its span on the caller's trace; notes the outcome. */
function useCallerTraceAndOutcome(): Plugin {
  const adoptCallerTrace = (contextValue: unknown) => {
    const context = contextValue as Partial<Context> & Record<string, unknown>;
    const callerTrace = callerTraceOf(context);
    if (callerTrace) setCurrentOtelContext(context, callerTrace);
  };
  const noteOutcome = (contextValue: unknown, result: ExecutionResult) => {
    const [firstError] = result.errors ?? [];
    trace
      .getSpan(getCurrentOtelContext(contextValue))
      ?.setAttribute(ATTR_OUTCOME, firstError ? errorCode(firstError) : 'ok');
  };
  return {
    onExecute({ args }) {
      adoptCallerTrace(args.contextValue);
      return {
        onExecuteDone({ result }) {
          if (!isAsyncIterable(result)) noteOutcome(args.contextValue, result);
        },
      };
    },
    onSubscribe({ args }) {
      adoptCallerTrace(args.contextValue);
      return {
        onSubscribeResult({ result }) {
          noteOutcome(args.contextValue, isAsyncIterable(result) ? {} : result);
        },
      };
    },
  };
}

/** Runs after envelop's plugin: the operation's upstream calls become children of its span. */
function useUpstreamTraceContext(): Plugin {
  const adopt = (contextValue: unknown) => {
    const context = contextValue as Context;
    context.upstream.trace = getCurrentOtelContext(context);
  };
  return {
    onExecute: ({ args }) => adopt(args.contextValue),
    onSubscribe: ({ args }) => adopt(args.contextValue),
  };
}
