import { GraphQLObjectType, GraphQLSchema, GraphQLString } from 'graphql';
import { createYoga } from 'graphql-yoga';
import { describe, expect, it } from 'vitest';
import { createErrorMasker } from '../../src/http/error-masking.ts';
import { useUnexpectedErrorLog } from '../../src/http/unexpected-errors.ts';
import { createLogger, requestLogger } from '../../src/logger.ts';

const schema = new GraphQLSchema({
  query: new GraphQLObjectType({
    name: 'Query',
    fields: {
      broken: {
        type: GraphQLString,
        resolve: () => {
          throw new TypeError('cannot read x of undefined');
        },
      },
    },
  }),
});

describe('unexpected errors', () => {
  it("should log each one once, on a line with the request's id, and mask it", async () => {
    const lines: Record<string, unknown>[] = [];
    const logger = createLogger('info', { write: (line: string) => lines.push(JSON.parse(line)) });
    const logged = new WeakSet<Error>();
    const yoga = createYoga({
      schema,
      context: () => ({ logger: requestLogger(logger, 'req-unexpected-9') }),
      maskedErrors: { maskError: createErrorMasker(logger, logged) },
      plugins: [useUnexpectedErrorLog(logged)],
      logging: false,
    });
    const response = await yoga.fetch('http://yoga/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ broken }' }),
    });
    expect(await response.json()).toMatchObject({
      data: { broken: null },
      errors: [{ message: 'Unexpected error.', path: ['broken'] }],
    });
    const unexpected = lines.filter((line) => line.msg === 'unexpected error');
    expect(unexpected).toEqual([
      expect.objectContaining({
        level: 50,
        requestId: 'req-unexpected-9',
        err: expect.objectContaining({ message: 'cannot read x of undefined' }),
        path: ['broken'],
      }),
    ]);
  });
});
