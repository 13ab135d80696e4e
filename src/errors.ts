// The errors a client may act on. The upstream client and the resolvers throw these;
// `src/http/error-masking.ts` turns them into GraphQL errors with `extensions.code`.

/** What AIQUM said in its error body, passed on to the client as `extensions.upstream`. */
export interface UpstreamErrorDetail {
  code: string | null;
  message: string | null;
  target: string | null;
}

export abstract class GatewayError extends Error {
  abstract readonly code: string;

  constructor(message: string, options?: ErrorOptions) {
    super(message, options);
  }
}

/** No credentials, or upstream answered 401. */
export class UnauthenticatedError extends GatewayError {
  override name = 'UnauthenticatedError';
  readonly code = 'UNAUTHENTICATED';
}

/** Upstream answered 403. */
export class ForbiddenError extends GatewayError {
  override name = 'ForbiddenError';
  readonly code = 'FORBIDDEN';
}

/** Invalid arguments, found by the gateway or refused by upstream with 400/409. */
export class BadUserInputError extends GatewayError {
  override name = 'BadUserInputError';
  readonly code = 'BAD_USER_INPUT';

  constructor(
    message: string,
    readonly upstream?: UpstreamErrorDetail,
    options?: ErrorOptions,
  ) {
    super(message, options);
  }
}

/** A mutation or subscription names a key upstream does not know. */
export class NotFoundError extends GatewayError {
  override name = 'NotFoundError';
  readonly code = 'NOT_FOUND';
}

/** Upstream unreachable, timed out, or answered 5xx/429 after retries. */
export class UpstreamUnavailableError extends GatewayError {
  override name = 'UpstreamUnavailableError';
  readonly code = 'UPSTREAM_UNAVAILABLE';
}

/** Upstream answered something the gateway cannot read. */
export class UpstreamProtocolError extends GatewayError {
  override name = 'UpstreamProtocolError';
  readonly code = 'UPSTREAM_ERROR';
}

/** The gateway already serves as many subscriptions as it is configured to. */
export class TooManySubscriptionsError extends GatewayError {
  override name = 'TooManySubscriptionsError';
  readonly code = 'TOO_MANY_SUBSCRIPTIONS';
}

/** One operation asks for more lists of a parent's objects than `MAX_PARENT_LISTS`. */
export class TooManyListsError extends GatewayError {
  override name = 'TooManyListsError';
  readonly code = 'TOO_MANY_LISTS';
}

/** What an operation went over, and the code its refusal carries. */
export const LIMIT_CODES = {
  depth: 'DEPTH_LIMIT_EXCEEDED',
  cost: 'COST_LIMIT_EXCEEDED',
  objects: 'OBJECT_LIMIT_EXCEEDED',
  aliases: 'ALIAS_LIMIT_EXCEEDED',
  tokens: 'TOKEN_LIMIT_EXCEEDED',
  directives: 'DIRECTIVE_LIMIT_EXCEEDED',
} as const;
export type LimitName = keyof typeof LIMIT_CODES;

/** An operation over one of the configured limits, refused before anything runs. */
export class OperationLimitError extends GatewayError {
  override name = 'OperationLimitError';
  readonly code: (typeof LIMIT_CODES)[LimitName];

  constructor(
    readonly limit: LimitName,
    message: string,
  ) {
    super(message);
    this.code = LIMIT_CODES[limit];
  }
}

/** A request a browser could send cross-site without the header that proves it may not. */
export class CsrfHeaderRequiredError extends GatewayError {
  override name = 'CsrfHeaderRequiredError';
  readonly code = 'CSRF_HEADER_REQUIRED';
}

/** The gateway stopped waiting for AIQUM because it is shutting down; try another replica. */
export class ShuttingDownError extends GatewayError {
  override name = 'ShuttingDownError';
  readonly code = 'SHUTTING_DOWN';
}
