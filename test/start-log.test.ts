import { describe, expect, it } from 'vitest';
import { readyMessage, simulatorNotice } from '../src/server.ts';

const URL = 'http://127.0.0.1:4000/graphql';
const PAGE = 'http://127.0.0.1:4000/';

describe('the start log', () => {
  it('should point to the page at / and to GraphiQL', () => {
    expect(readyMessage({ url: URL, page: PAGE, graphiql: true, pageBuilt: true })).toBe(
      `GraphQL gateway ready: the live jobs page at ${PAGE}; GraphQL and GraphiQL at ${URL}`,
    );
  });

  it('should say how to build the page when it is not built', () => {
    expect(readyMessage({ url: URL, page: PAGE, graphiql: true, pageBuilt: false })).toContain(
      `the live jobs page at ${PAGE} is not built (npm run build:example)`,
    );
  });

  it('should not offer GraphiQL when it is turned off', () => {
    const message = readyMessage({ url: URL, page: PAGE, graphiql: false, pageBuilt: true });
    expect(message).not.toContain('GraphiQL');
    expect(message).toContain(`GraphQL at ${URL}`);
  });

  it('should say how to open the simulator to the network when it listens on loopback', () => {
    expect(simulatorNotice('127.0.0.1')).toMatch(
      /admin\/admin.*127\.0\.0\.1 only; HOST=0\.0\.0\.0/,
    );
    expect(simulatorNotice('0.0.0.0')).not.toContain('HOST=');
  });
});
