import { GraphQLError, Kind } from 'graphql';
import { BadUserInputError } from '../errors.ts';
import { builder } from './builder.ts';

builder.queryType({
  description:
    "Reads of AIQUM's jobs, each with the caller's own credentials (HTTP Basic, forwarded), " +
    'so AIQUM decides what each caller may see.',
});
builder.mutationType({
  description:
    'Each mutation starts an asynchronous AIQUM operation and answers with its job right after ' +
    'AIQUM accepted it (202). Mutations are never retried by the gateway. A mutation operation ' +
    'selects one root field at most (aliases and fragments count, __typename does not): more ' +
    'are refused with GRAPHQL_VALIDATION_FAILED before anything is sent to AIQUM, so that an ' +
    'error in one field never hides the job key another started. Send each mutation as an ' +
    'operation of its own.',
});
builder.subscriptionType({
  description:
    'Jobs followed live, over graphql-ws (WebSocket) or Server-Sent Events on /graphql: the ' +
    'gateway polls AIQUM once per job for all its subscribers.',
});

const ISO_8601_WITH_OFFSET = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})$/;

function parseDateTime(value: unknown): string {
  if (typeof value !== 'string' || !ISO_8601_WITH_OFFSET.test(value)) {
    throw new GraphQLError(
      `DateTime expects ISO 8601 with an offset, e.g. 2019-11-15T09:57:18+05:30, but got ${JSON.stringify(value)}`,
    );
  }
  return value;
}

builder.scalarType('DateTime', {
  description:
    'A date and time with an offset (RFC 3339, the Internet profile of ISO 8601), e.g. ' +
    "2019-11-15T09:57:18+05:30: AIQUM's time (`2019-11-15 09:57:18+05:30`) with the same " +
    'instant and offset.',
  specifiedByURL: 'https://datatracker.ietf.org/doc/html/rfc3339',
  serialize: (value) => parseDateTime(value),
  parseValue: parseDateTime,
  parseLiteral: (node) => parseDateTime(node.kind === Kind.STRING ? node.value : undefined),
});

const DECIMAL_DIGITS = /^\d+$/;

/** A number of bytes: a JSON number or a decimal string, a non-negative safe integer. */
function parseBytes(value: unknown): number {
  const bytes = typeof value === 'string' && DECIMAL_DIGITS.test(value) ? Number(value) : value;
  if (typeof bytes !== 'number' || !Number.isSafeInteger(bytes) || bytes < 0) {
    throw new BadUserInputError(
      `Bytes expects a non-negative integer up to ${Number.MAX_SAFE_INTEGER}, as a number or a decimal string, but got ${JSON.stringify(value)}`,
    );
  }
  return bytes;
}

builder.scalarType('Bytes', {
  description:
    'A size in bytes: a non-negative integer up to 9007199254740991 (2^53 - 1), so sizes ' +
    'beyond 32 bits such as 10 GiB = 10737418240 fit. Accepted as a JSON number or as a ' +
    'decimal string ("10737418240"); answered as a JSON number. Its range is that of ' +
    "ECMAScript's Number.isSafeInteger.",
  specifiedByURL: 'https://tc39.es/ecma262/#sec-number.issafeinteger',
  serialize: (value) => parseBytes(value),
  parseValue: parseBytes,
  parseLiteral: (node) => {
    if (node.kind === Kind.INT) return parseBytes(Number(node.value));
    return parseBytes(node.kind === Kind.STRING ? node.value : undefined);
  },
});
