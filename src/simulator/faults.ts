import { ErrorCode, errorBody } from './responses.ts';
import type { Fault, RecordedRequest } from './types.ts';

const BODILESS_STATUSES = new Set([204, 304, 401, 403]);

/** Injected faults, consumed first in, first out by the requests they match. */
export class FaultQueue {
  #queue: { fault: Fault; remaining: number }[] = [];

  add(fault: Fault): void {
    const times = fault.times ?? 1;
    if (!Number.isInteger(times) || times < 1) {
      throw new Error(`Fault.times must be a positive integer, but got ${times}`);
    }
    if (fault.status !== undefined && (fault.status < 200 || fault.status > 599)) {
      throw new Error(
        `Fault.status must be an HTTP status from 200 to 599, but got ${fault.status}`,
      );
    }
    this.#queue.push({ fault, remaining: times });
  }

  /** The first fault that matches the request, one use of it consumed. */
  take(request: RecordedRequest): Fault | undefined {
    const index = this.#queue.findIndex(({ fault }) => fault.match?.(request) ?? true);
    const entry = this.#queue[index];
    if (!entry) return undefined;
    entry.remaining -= 1;
    if (entry.remaining === 0) this.#queue.splice(index, 1);
    return entry.fault;
  }
}

/** The answer a fault gives instead of the normal one, or undefined for a delay-only fault. */
export function faultResponse(fault: Fault, request: RecordedRequest): Response | undefined {
  if (fault.status === undefined) return undefined;
  const headers = { ...fault.headers };
  if (fault.body !== undefined) {
    const body = typeof fault.body === 'function' ? fault.body(request) : fault.body;
    return new Response(body, {
      status: fault.status,
      headers: { 'content-type': 'application/json', ...headers },
    });
  }
  if (BODILESS_STATUSES.has(fault.status))
    return new Response(null, { status: fault.status, headers });
  const body = errorBody(`Injected fault: HTTP ${fault.status}`, ErrorCode.InjectedFault);
  return new Response(JSON.stringify(body), {
    status: fault.status,
    headers: { 'content-type': 'application/json', ...headers },
  });
}
