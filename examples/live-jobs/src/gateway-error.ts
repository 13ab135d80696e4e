/** The shape of a GraphQL error on the wire. */
export interface WireError {
  message: string;
  extensions?: { code?: unknown } & Record<string, unknown>;
}

/** An error the gateway answered, with its `extensions.code` (`FORBIDDEN`, ...). */
export class GatewayError extends Error {
  override name = 'GatewayError';
  readonly code: string;

  constructor(message: string, code: string, options?: { cause?: unknown }) {
    super(message, options);
    this.code = code;
  }

  /** One error for a whole `errors` array: the codes and messages of all of them. */
  static fromWire(errors: readonly WireError[]): GatewayError {
    const first = errors[0];
    const code = typeof first?.extensions?.code === 'string' ? first.extensions.code : 'ERROR';
    const message = errors.map((error) => error.message).join('; ') || 'Unknown error';
    return new GatewayError(message, code, { cause: errors });
  }

  /** Whatever a transport threw (a network failure, a closed socket) as a GatewayError. */
  static from(error: unknown): GatewayError {
    if (error instanceof GatewayError) return error;
    if (Array.isArray(error)) return GatewayError.fromWire(error as WireError[]);
    if (error instanceof CloseEvent) {
      return new GatewayError(
        `The live connection closed (${error.code}${error.reason ? `: ${error.reason}` : ''})`,
        'CONNECTION_CLOSED',
        { cause: error },
      );
    }
    const message = error instanceof Error ? error.message : String(error);
    return new GatewayError(message, 'NETWORK_ERROR', { cause: error });
  }
}
