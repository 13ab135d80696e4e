/** The shape of a GraphQL error on the wire. */
export interface WireError {
  message: string;
  extensions?: { code?: unknown } & Record<string, unknown>;
}

/** Codes the page gives itself, beside the gateway's `extensions.code` values. */
export const NETWORK_ERROR = 'NETWORK_ERROR';
export const CONNECTION_CLOSED = 'CONNECTION_CLOSED';

/** An error the gateway answered, with its `extensions.code` (`FORBIDDEN`, ...). */
export class GatewayError extends Error {
  override name = 'GatewayError';
  readonly code: string;

  constructor(message: string, code: string, options?: { cause?: unknown }) {
    super(message, options);
    this.code = code;
  }

  /** One error for a whole `errors` array: the first code, every message. */
  static fromWire(errors: readonly WireError[]): GatewayError {
    const first = errors[0];
    const code = typeof first?.extensions?.code === 'string' ? first.extensions.code : 'ERROR';
    const message = [...new Set(errors.map((error) => error.message))].join('; ');
    return new GatewayError(message || 'The gateway gave no reason', code, { cause: errors });
  }

  /** Whatever a transport threw (a failed fetch, a socket's error Event, a CloseEvent). */
  static from(error: unknown): GatewayError {
    if (error instanceof GatewayError) return error;
    if (Array.isArray(error)) return GatewayError.fromWire(error as WireError[]);
    if (isCloseEvent(error)) {
      const reason = error.reason ? `: ${error.reason}` : '';
      return new GatewayError(
        `The live connection closed (code ${error.code}${reason})`,
        CONNECTION_CLOSED,
        { cause: error },
      );
    }
    // A browser says no more than "Failed to fetch" or hands an Event without a message.
    return new GatewayError('The gateway could not be reached', NETWORK_ERROR, { cause: error });
  }
}

function isCloseEvent(value: unknown): value is { code: number; reason: string } {
  return typeof value === 'object' && value !== null && 'code' in value && 'reason' in value;
}

const HEADLINES: Record<string, string> = {
  UNAUTHENTICATED: 'AIQUM did not accept this user and password.',
  FORBIDDEN: 'Your AIQUM role does not allow this.',
  BAD_USER_INPUT: 'AIQUM refused the request.',
  NOT_FOUND: 'AIQUM does not know this object (any more).',
  UPSTREAM_UNAVAILABLE: 'AIQUM is not answering right now. Try again in a moment.',
  UPSTREAM_ERROR: 'AIQUM answered something the gateway could not read.',
  TOO_MANY_SUBSCRIPTIONS: 'The gateway follows too many jobs right now. The page tries again.',
  TOO_MANY_LISTS: 'This login follows too many live lists at once (other tabs?).',
  PERSISTED_QUERY_ONLY: 'This gateway serves only the operations of another build of this page.',
  SHUTTING_DOWN: 'The gateway is shutting down. The page reconnects on its own.',
  [NETWORK_ERROR]: 'The gateway cannot be reached. The page reconnects on its own.',
  [CONNECTION_CLOSED]: 'The live connection closed.',
};

/** A sentence a person understands, then the details (the gateway's message). */
export function describeError(error: unknown): { headline: string; detail: string; code: string } {
  const gatewayError = error instanceof GatewayError ? error : undefined;
  const code = gatewayError?.code ?? 'ERROR';
  const message = error instanceof Error ? error.message : String(error);
  const headline = HEADLINES[code] ?? (code.startsWith('HTTP_') ? 'The gateway failed.' : message);
  // The page's own network errors have nothing to add to their headline.
  const detail = headline === message || code === NETWORK_ERROR ? '' : message;
  return { headline, detail, code };
}
