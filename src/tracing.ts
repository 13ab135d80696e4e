import type { Tracer } from '@opentelemetry/api';
import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import {
  defaultResource,
  detectResources,
  envDetector,
  resourceFromAttributes,
} from '@opentelemetry/resources';
import {
  BasicTracerProvider,
  BatchSpanProcessor,
  ConsoleSpanExporter,
  type Span,
  type SpanExporter,
  type SpanProcessor,
} from '@opentelemetry/sdk-trace-base';
import { ATTR_SERVICE_NAME } from '@opentelemetry/semantic-conventions';
import type { TraceExporterName, TracingConfig } from './config.ts';
import type { Logger } from './logger.ts';

/** The service name spans carry unless `OTEL_SERVICE_NAME` (or `OTEL_RESOURCE_ATTRIBUTES`) says. */
export const SERVICE_NAME = 'aiqum-jobs-gateway';
/**
 * The longest span name or string attribute a span keeps. A client's operation name is in both
 * (`query.<name>`, `graphql.execute.operationName`), and GraphQL does not bound a name's length:
 * without a cap, each queued span could hold a body's worth of it until exported.
 */
export const LONGEST_SPAN_TEXT = 256;
/** How long `stop()` waits for the last spans to leave, by default. */
export const TRACE_FLUSH_TIMEOUT_MS = 5000;

export interface Tracing {
  tracer: Tracer;
  provider: BasicTracerProvider;
  /** Exports what is still queued, then stops; gives up after `flushTimeoutMs`. */
  shutdown(): Promise<void>;
}

/**
 * The OpenTelemetry SDK's tracer provider for this app. Nothing is registered globally (no
 * global provider, no context manager): spans are parented explicitly through the GraphQL
 * context, so several apps can trace side by side in one process. The SDK reads the sampler,
 * span limits, batch settings and exporter headers, timeout and compression from `OTEL_*`.
 */
export function startTracing(
  config: TracingConfig,
  logger: Logger,
  flushTimeoutMs = TRACE_FLUSH_TIMEOUT_MS,
): Tracing {
  const provider = new BasicTracerProvider({
    resource: defaultResource()
      .merge(resourceFromAttributes({ [ATTR_SERVICE_NAME]: SERVICE_NAME }))
      .merge(detectResources({ detectors: [envDetector] })),
    spanProcessors: [
      new BoundedSpanText(),
      ...config.exporters.map((name) => new BatchSpanProcessor(createExporter(name, config))),
    ],
  });
  logger.info({ exporters: config.exporters, url: config.otlpTracesUrl }, 'tracing on');
  return {
    tracer: provider.getTracer(SERVICE_NAME),
    provider,
    async shutdown() {
      let timer: NodeJS.Timeout | undefined;
      const timeout = new Promise<'timeout'>((resolve) => {
        timer = setTimeout(() => resolve('timeout'), flushTimeoutMs);
      });
      const outcome = await Promise.race([
        provider.shutdown().catch((error: unknown) => {
          logger.warn({ err: error }, 'traces could not be flushed');
        }),
        timeout,
      ]);
      clearTimeout(timer);
      if (outcome === 'timeout') {
        logger.warn({ timeoutMs: flushTimeoutMs }, 'gave up flushing traces');
      }
    },
  };
}

function createExporter(name: TraceExporterName, config: TracingConfig): SpanExporter {
  return name === 'otlp'
    ? new OTLPTraceExporter({ url: config.otlpTracesUrl })
    : new ConsoleSpanExporter();
}

/** Cuts a span's name and string attributes to `LONGEST_SPAN_TEXT` as the span starts. */
class BoundedSpanText implements SpanProcessor {
  onStart(span: Span): void {
    if (span.name.length > LONGEST_SPAN_TEXT)
      span.updateName(span.name.slice(0, LONGEST_SPAN_TEXT));
    for (const [key, value] of Object.entries(span.attributes)) {
      if (typeof value === 'string' && value.length > LONGEST_SPAN_TEXT) {
        span.setAttribute(key, value.slice(0, LONGEST_SPAN_TEXT));
      }
    }
  }

  onEnd(): void {}

  forceFlush(): Promise<void> {
    return Promise.resolve();
  }

  shutdown(): Promise<void> {
    return Promise.resolve();
  }
}
