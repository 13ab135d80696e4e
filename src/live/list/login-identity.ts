import { createHash } from 'node:crypto';
import type { Credentials } from '../../aiqum/client.ts';

const BASIC = /^Basic\s+([A-Za-z0-9+/=]+)\s*$/i;

/**
 * Who AIQUM sees behind an Authorization value: `user:<name>` for HTTP Basic, the whole value
 * otherwise. Two values with one user name (a password changed while both are in use) are one
 * login to AIQUM: they are listed the same jobs. Each value is still checked with AIQUM on its
 * own before its subscriber is admitted.
 */
export function loginIdentity(credentials: Credentials): string {
  const match = BASIC.exec(credentials);
  const decoded = match?.[1] ? Buffer.from(match[1], 'base64').toString('utf8') : '';
  const colon = decoded.indexOf(':');
  return colon > 0 ? `user:${decoded.slice(0, colon)}` : `opaque:${credentials}`;
}

/**
 * What names a list of a login across replicas: a SHA-256 over the user name and the filter.
 * Never a password, nor anything derived from one; undefined for a login that is no Basic user
 * name, which is then never shared.
 */
export function clusterListId(identity: string, discoveryKey: string): string | undefined {
  if (!identity.startsWith('user:')) return undefined;
  return createHash('sha256').update(`${identity}\u0000${discoveryKey}`).digest('hex');
}
