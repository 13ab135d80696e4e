import { GraphQLError, Kind } from 'graphql';
import { builder } from './builder.ts';

builder.queryType({});
builder.subscriptionType({});

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
  description: 'ISO 8601 date and time with an offset, e.g. 2019-11-15T09:57:18+05:30',
  serialize: (value) => parseDateTime(value),
  parseValue: parseDateTime,
  parseLiteral: (node) => parseDateTime(node.kind === Kind.STRING ? node.value : undefined),
});
