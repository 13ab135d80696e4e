import { describe, expect, it } from 'vitest';
import { checkKey, keyPath } from '../../src/aiqum/keys.ts';
import { BadUserInputError } from '../../src/errors.ts';
import { ADMIN, errorCodes, execute, testAppFactory } from '../support/app.ts';
import { valueWithin } from '../support/async.ts';
import { disposedAfterEach, startGateway, webSocketClient } from '../support/gateway.ts';

const app = testAppFactory();
const disposables = disposedAfterEach();

const DOT_KEYS = ['.', '..'];

describe('checkKey', () => {
  it.each(DOT_KEYS)('should refuse %j with BAD_USER_INPUT', (key) => {
    expect(() => checkKey(key)).toThrow(BadUserInputError);
  });

  it('should let keys with dots among other characters through', () => {
    expect(checkKey('...')).toBe('...');
    expect(checkKey('a.b')).toBe('a.b');
    expect(checkKey('%2e%2e')).toBe('%2e%2e');
  });
});

describe('keyPath', () => {
  it('should put the key into one percent-encoded segment of its collection', () => {
    expect(keyPath('storage-provider/luns', 'a:b/../c?d#e')).toBe(
      'storage-provider/luns/a%3Ab%2F..%2Fc%3Fd%23e',
    );
    expect(keyPath('storage-provider/luns', '%2e%2e')).toBe('storage-provider/luns/%252e%252e');
  });

  it.each(DOT_KEYS)('should never build a path that leaves its collection with %j', (key) => {
    expect(() => keyPath('storage-provider/luns', key)).toThrow(BadUserInputError);
  });
});

describe('keys a URL reads as folders', () => {
  it.each(DOT_KEYS)('should refuse deleteLun(key: %j) without calling AIQUM', async (key) => {
    const gateway = app();
    const response = await execute(
      gateway,
      'mutation($key: ID!) { deleteLun(key: $key) { job { key } } }',
      { key },
    );
    expect(errorCodes(response)).toEqual(['BAD_USER_INPUT']);
    expect(gateway.simulator.requests).toEqual([]);
  });

  it.each(DOT_KEYS)('should refuse jobUpdated(key: %j) without calling AIQUM', async (key) => {
    const { app: gateway, url } = await startGateway(disposables);
    const client = webSocketClient(disposables, url, ADMIN);
    const events = client.iterate({
      query: 'subscription($key: ID!) { jobUpdated(key: $key) { key state } }',
      variables: { key },
    });
    const first = await valueWithin(events);
    expect(first.errors?.map((error) => error.extensions?.code)).toEqual(['BAD_USER_INPUT']);
    expect(gateway.simulator.requests).toEqual([]);
  });
});
