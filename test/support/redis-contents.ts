import { createHash } from 'node:crypto';
import { Redis } from 'ioredis';
import { expect } from 'vitest';
import { ADMIN, OPERATOR } from './app.ts';
import type { Disposables } from './gateway.ts';

/**
 * What passes through the Redis at `url` from now on: every message published, and on demand
 * what its keys hold (`name value`, the value only for strings). Closed after the test.
 */
export async function observeRedis(disposables: Disposables, url: string) {
  const spy = new Redis(url);
  disposables.push(() => spy.quit().then(() => {}));
  const messages: string[] = [];
  spy.on('pmessage', (_pattern: string, channel: string, message: string) => {
    messages.push(`${channel} ${message}`);
  });
  await spy.psubscribe('*');
  const reader = new Redis(url);
  disposables.push(() => reader.quit().then(() => {}));
  return {
    messages,
    async stored(): Promise<string[]> {
      const stored: string[] = [];
      for (const name of await reader.keys('*')) {
        const type = await reader.type(name);
        stored.push(`${name} ${type === 'string' ? await reader.get(name) : ''}`);
      }
      return stored;
    },
  };
}

const hashes = (text: string) =>
  ['sha1', 'sha256', 'sha512', 'md5'].map((algorithm) =>
    createHash(algorithm).update(text).digest('hex'),
  );

/** Fails if any text holds a seeded user's credentials: as a header, in clear, or hashed. */
export function expectNoCredentials(texts: readonly string[]): void {
  const secrets = [
    ...[ADMIN, OPERATOR, 'admin:admin', 'operator:operator'].flatMap((text) => [
      text,
      ...hashes(text),
    ]),
    btoa('admin:admin'),
    btoa('operator:operator'),
    'Basic ',
  ];
  for (const text of texts) {
    for (const secret of secrets) expect(text).not.toContain(secret);
  }
}
