import { describe, expect, it } from 'vitest';
import {
  concernsList,
  discoveryKey,
  type ListFilter,
  matchesList,
} from '../../../src/live/list/list-filter.ts';
import { clusterListId, loginIdentity } from '../../../src/live/list/login-identity.ts';

const RUNNING_ONLY: ListFilter = { upstream: {}, states: ['RUNNING'] };

describe('discoveryKey', () => {
  it('should be one for filters that ask AIQUM the same, whatever their order', () => {
    expect(discoveryKey({ type: 'backup', name: 'Create*' })).toBe(
      discoveryKey({ name: 'Create*', type: 'backup' }),
    );
    expect(discoveryKey({ key: 'b|a|b' })).toBe(discoveryKey({ key: 'a|b' }));
  });

  it('should keep apart what AIQUM reads apart', () => {
    expect(discoveryKey({ name: 'a|b' })).not.toBe(discoveryKey({ name: '"a|b"' }));
    expect(discoveryKey({ name: 'a*' })).not.toBe(discoveryKey({ type: 'a*' }));
    expect(discoveryKey({})).not.toBe(discoveryKey({ name: '*' }));
  });
});

describe('matchesList and concernsList', () => {
  const running = { key: 'k', state: 'running', status: 'normal' };
  const completed = { key: 'k', state: 'completed', status: 'error' };

  it('should check states and statuses on the job as it is', () => {
    expect(matchesList(running, RUNNING_ONLY)).toBe(true);
    expect(matchesList(completed, RUNNING_ONLY)).toBe(false);
    expect(matchesList(completed, { upstream: {}, statuses: ['ERROR'] })).toBe(true);
    expect(
      matchesList({ key: 'k', state: 'running' }, { upstream: {}, statuses: ['NORMAL'] }),
    ).toBe(false);
  });

  it('should concern a list with the change that takes a job out of it, and not after', () => {
    expect(concernsList(completed, running, RUNNING_ONLY)).toBe(true);
    expect(concernsList(completed, completed, RUNNING_ONLY)).toBe(false);
    expect(concernsList(completed, undefined, RUNNING_ONLY)).toBe(false);
  });
});

describe('login identity', () => {
  const basic = (user: string, password: string) => `Basic ${btoa(`${user}:${password}`)}`;

  it('should be the Basic user name, whatever the password', () => {
    expect(loginIdentity(basic('alice', 'one'))).toBe(loginIdentity(basic('alice', 'two')));
    expect(loginIdentity(basic('alice', 'one'))).not.toBe(loginIdentity(basic('bob', 'one')));
  });

  it('should name a list across replicas by user name and filter, never by the password', () => {
    const key = discoveryKey({ type: 'backup' });
    const id = clusterListId(loginIdentity(basic('alice', 's3cret')), key);
    expect(id).toMatch(/^[0-9a-f]{64}$/);
    expect(id).toBe(clusterListId(loginIdentity(basic('alice', 'other')), key));
    expect(id).not.toBe(clusterListId(loginIdentity(basic('alice', 's3cret')), discoveryKey({})));
    expect(clusterListId(loginIdentity('Bearer abc'), key)).toBeUndefined();
  });
});
