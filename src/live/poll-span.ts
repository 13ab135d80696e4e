import {
  ROOT_CONTEXT,
  type Span,
  type SpanContext,
  SpanStatusCode,
  type Tracer,
  trace,
} from '@opentelemetry/api';
import type { CallScope } from '../aiqum/call-scope.ts';

export const ATTR_JOB_KEY = 'aiqum.job.key';
export const ATTR_POLL_MODE = 'aiqum.poll.mode';
export const ATTR_POLL_OUTCOME = 'aiqum.poll.outcome';

/**
 * The span of one poll of a job (a poll loop lives as long as its job, so each poll is its own
 * trace): the job key, long poll or interval, what came of it, and a link to the operation
 * that started the watch. Its upstream call is a child, through `scope`.
 */
export class PollSpan {
  readonly scope: CallScope;
  readonly #span: Span;

  constructor(tracer: Tracer, key: string, longPoll: boolean, origin: SpanContext | undefined) {
    this.#span = tracer.startSpan(
      'aiqum job poll',
      {
        root: true,
        attributes: { [ATTR_JOB_KEY]: key, [ATTR_POLL_MODE]: longPoll ? 'long-poll' : 'interval' },
        links: origin ? [{ context: origin }] : [],
      },
      ROOT_CONTEXT,
    );
    this.scope = { upstreamCalls: 0, trace: trace.setSpan(ROOT_CONTEXT, this.#span) };
  }

  /** `changed` (published), `moved` or `none`, or the error's name. */
  end(outcome: string, failed = false): void {
    this.#span.setAttribute(ATTR_POLL_OUTCOME, outcome);
    if (failed) this.#span.setStatus({ code: SpanStatusCode.ERROR });
    this.#span.end();
  }
}
