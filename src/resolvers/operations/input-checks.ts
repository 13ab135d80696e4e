import { isIP } from 'node:net';
import { BadUserInputError } from '../../errors.ts';
import type { InputObject } from './upstream-body.ts';

// What the gateway checks itself before it calls AIQUM. The rest (references that do not
// exist, combinations AIQUM refuses) is left to AIQUM, whose 400 reaches the caller with its
// `target`. Each message names the field by its path in the mutation's arguments.

const IPV4_PREFIX_MAX = 32;
const IPV6_PREFIX_MAX = 128;
const PREFIX_LENGTH = /^\d{1,3}$/;

/** A name, when given, must hold more than white space. */
export function checkName(value: unknown, field: string): void {
  if (value === undefined || value === null) return;
  if (typeof value !== 'string' || value.trim() === '') {
    throw new BadUserInputError(
      `${field} expects a non-empty name, but got ${JSON.stringify(value)}`,
    );
  }
}

/** An IP address, when given: dotted IPv4 (`10.162.83.26`) or IPv6. */
export function checkIpAddress(value: unknown, field: string): void {
  if (value === undefined || value === null) return;
  if (typeof value !== 'string' || isIP(value) === 0) {
    throw new BadUserInputError(
      `${field} expects an IPv4 address such as 10.162.83.26 (or an IPv6 address), but got ${JSON.stringify(value)}`,
    );
  }
}

function isIpv4Mask(value: string): boolean {
  if (isIP(value) !== 4) return false;
  const bits = value
    .split('.')
    .map((octet) => Number(octet).toString(2).padStart(8, '0'))
    .join('');
  return /^1*0*$/.test(bits);
}

/**
 * A netmask, when given, as AIQUM takes it: a prefix length (`16`) or a dotted IPv4 mask of
 * contiguous ones (`255.255.0.0`). An IPv6 `address` allows prefix lengths up to 128.
 */
export function checkNetmask(value: unknown, field: string, address?: unknown): void {
  if (value === undefined || value === null) return;
  const maxPrefix =
    typeof address === 'string' && isIP(address) === 6 ? IPV6_PREFIX_MAX : IPV4_PREFIX_MAX;
  const valid =
    typeof value === 'string' &&
    ((PREFIX_LENGTH.test(value) && Number(value) <= maxPrefix) || isIpv4Mask(value));
  if (!valid) {
    throw new BadUserInputError(
      `${field} expects a prefix length from 0 to ${maxPrefix} or an IPv4 mask such as 255.255.0.0, but got ${JSON.stringify(value)}`,
    );
  }
}

/** `address` and `netmask` of an IP block (`ip { address netmask }`), when given. */
export function checkIpBlock(ip: InputObject | undefined, field: string): void {
  if (!ip) return;
  checkIpAddress(ip.address, `${field}.address`);
  checkNetmask(ip.netmask, `${field}.netmask`, ip.address);
}
