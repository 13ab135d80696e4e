import { ErrorCode } from './responses.ts';

/** A write the simulator refuses as AIQUM would: a status and an AIQUM error body. */
export class Refusal extends Error {
  override readonly name = 'Refusal';

  constructor(
    readonly status: 400 | 404 | 409,
    message: string,
    readonly code: string,
    readonly target?: string,
  ) {
    super(message);
  }
}

export function badRequest(message: string, target: string): Refusal {
  return new Refusal(400, message, ErrorCode.InvalidParameter, target);
}

export function conflict(message: string, target: string): Refusal {
  return new Refusal(409, message, ErrorCode.Conflict, target);
}

export function notFound(message: string): Refusal {
  return new Refusal(404, message, ErrorCode.NotFound, 'key');
}
