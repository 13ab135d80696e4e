import {
  type Context,
  ROOT_CONTEXT,
  type Span,
  SpanKind,
  SpanStatusCode,
  type Tracer,
  trace,
} from '@opentelemetry/api';
import { W3CTraceContextPropagator } from '@opentelemetry/core';
import {
  ATTR_ERROR_TYPE,
  ATTR_HTTP_REQUEST_METHOD,
  ATTR_HTTP_REQUEST_RESEND_COUNT,
  ATTR_HTTP_RESPONSE_STATUS_CODE,
  ATTR_SERVER_ADDRESS,
  ATTR_SERVER_PORT,
} from '@opentelemetry/semantic-conventions';
import { upstreamRoute } from '../metrics.ts';

const propagator = new W3CTraceContextPropagator();
// Not yet in the stable semantic conventions package.
const ATTR_URL_TEMPLATE = 'url.template';

/**
 * The client span of one upstream call (its retries included) and the `traceparent` (and
 * `tracestate`) headers that carry it to AIQUM.
 */
export class UpstreamSpan {
  readonly headers: Record<string, string> = {};
  readonly #span: Span;
  #retries = 0;

  constructor(tracer: Tracer, method: string, url: URL, parent: Context | undefined) {
    const route = upstreamRoute(url.pathname);
    this.#span = tracer.startSpan(
      `${method} ${route}`,
      {
        kind: SpanKind.CLIENT,
        attributes: {
          [ATTR_HTTP_REQUEST_METHOD]: method,
          [ATTR_URL_TEMPLATE]: route,
          [ATTR_SERVER_ADDRESS]: url.hostname,
          [ATTR_SERVER_PORT]: Number(url.port) || (url.protocol === 'https:' ? 443 : 80),
        },
      },
      parent ?? ROOT_CONTEXT,
    );
    propagator.inject(trace.setSpan(ROOT_CONTEXT, this.#span), this.headers, {
      set: (carrier, key, value) => {
        carrier[key] = value;
      },
    });
  }

  retried(): void {
    this.#retries += 1;
  }

  /** Ends the span with the final status (4xx and 5xx are errors, as for any HTTP client). */
  answered(status: number): void {
    this.#span.setAttribute(ATTR_HTTP_RESPONSE_STATUS_CODE, status);
    if (status >= 400) {
      this.#span.setAttribute(ATTR_ERROR_TYPE, String(status));
      this.#span.setStatus({ code: SpanStatusCode.ERROR });
    }
    this.#end();
  }

  /** Ends the span for a call that got no answer: network error, timeout or abort. */
  failed(error: unknown): void {
    this.#span.setAttribute(ATTR_ERROR_TYPE, error instanceof Error ? error.name : 'unknown');
    this.#span.setStatus({ code: SpanStatusCode.ERROR });
    this.#end();
  }

  #end(): void {
    if (this.#retries > 0) this.#span.setAttribute(ATTR_HTTP_REQUEST_RESEND_COUNT, this.#retries);
    this.#span.end();
  }
}
