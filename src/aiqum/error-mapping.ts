import { HTTPError } from 'ky';
import {
  BadUserInputError,
  ForbiddenError,
  type GatewayError,
  NotFoundError,
  ShuttingDownError,
  UnauthenticatedError,
  type UpstreamErrorDetail,
  UpstreamProtocolError,
  UpstreamUnavailableError,
} from '../errors.ts';

export interface FailedCall {
  /** A write (POST, PATCH, DELETE) that may have started an operation before it failed. */
  write?: boolean;
  /** Set when the call's time limit ran out: how long it was. */
  timedOutAfterMs?: number | undefined;
}

const OUTCOME_UNKNOWN =
  'the outcome is unknown: the operation may have started, so look for its job before trying again';

/**
 * Turns whatever a call to AIQUM threw into a typed gateway error. An abort requested by the
 * caller is passed through unchanged: nobody is waiting for its answer. A call aborted with a
 * gateway error as its reason (shutdown) keeps it.
 */
export async function toGatewayError(
  error: unknown,
  path: string,
  call: FailedCall = {},
): Promise<GatewayError | Error> {
  if (error instanceof ShuttingDownError && call.write) {
    return new ShuttingDownError(`${error.message} (${path}); ${OUTCOME_UNKNOWN}`, {
      cause: error,
    });
  }
  if (error instanceof ShuttingDownError) return error;
  if (call.timedOutAfterMs !== undefined) {
    const late = `Upstream did not answer ${path} within ${call.timedOutAfterMs} ms`;
    return new UpstreamUnavailableError(call.write ? `${late}; ${OUTCOME_UNKNOWN}` : late, {
      cause: error,
    });
  }
  if (error instanceof HTTPError) return fromResponse(error.response, path, error, call);
  if (error instanceof UpstreamProtocolError) {
    // Thrown by the transport (an answer too large to read): the request was sent.
    return call.write
      ? new UpstreamProtocolError(`${error.message} (${path}); ${OUTCOME_UNKNOWN}`, {
          cause: error,
        })
      : new UpstreamProtocolError(`${error.message} (${path})`, { cause: error });
  }
  if (error instanceof Error && error.name === 'AbortError') return error;
  if (error instanceof SyntaxError) {
    const unreadable = `Upstream answered ${path} with a body that is not JSON`;
    return new UpstreamProtocolError(
      call.write ? `${unreadable}; ${OUTCOME_UNKNOWN}` : unreadable,
      { cause: error },
    );
  }
  const message = call.write
    ? `Upstream failed to answer (${path}); ${OUTCOME_UNKNOWN}`
    : `Upstream is unreachable (${path})`;
  return new UpstreamUnavailableError(message, { cause: error });
}

// A write answered with these may have reached AIQUM: by a proxy that lost it (502, 504), or by
// AIQUM failing part way (500).
const WRITE_OUTCOME_UNKNOWN_STATUSES = new Set([500, 502, 504]);

async function fromResponse(
  response: Response,
  path: string,
  cause: Error,
  call: FailedCall,
): Promise<GatewayError> {
  const { status } = response;
  const options = { cause };
  if (status === 401) return new UnauthenticatedError('Upstream refused the credentials', options);
  if (status === 403) {
    return new ForbiddenError('Upstream does not allow this caller to do that', options);
  }
  if (status === 404) return new NotFoundError(`Upstream knows no such resource: ${path}`, options);
  if (status === 400 || status === 409) {
    const detail = await readErrorDetail(response);
    return new BadUserInputError(
      detail.message ?? `Upstream refused the request with ${status}`,
      detail,
      options,
    );
  }
  if (status === 429 || status >= 500) {
    const failed = `Upstream answered ${status} on ${path}`;
    const unknown = call.write && WRITE_OUTCOME_UNKNOWN_STATUSES.has(status);
    return new UpstreamUnavailableError(
      unknown ? `${failed}; ${OUTCOME_UNKNOWN}` : failed,
      options,
    );
  }
  return new UpstreamProtocolError(`Upstream answered ${path} with unexpected ${status}`, options);
}

async function readErrorDetail(response: Response): Promise<UpstreamErrorDetail> {
  let body: unknown;
  try {
    body = await response.json();
  } catch {
    body = undefined;
  }
  const error = isObject(body) && isObject(body.error) ? body.error : {};
  return {
    code: asStringOrNull(error.code),
    message: asStringOrNull(error.message),
    target: asStringOrNull(error.target),
  };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

function asStringOrNull(value: unknown): string | null {
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return String(value);
  return null;
}
