// Relay paging (first/after, last/before) mapped onto AIQUM's offset paging.

import { MAX_RECORDS_PER_PAGE } from '../aiqum/client.ts';
import { BadUserInputError } from '../errors.ts';

export const DEFAULT_PAGE_SIZE = 20;
const CURSOR_PREFIX = 'offset:';

export interface PageArgs {
  first?: number | null | undefined;
  after?: string | null | undefined;
  last?: number | null | undefined;
  before?: string | null | undefined;
}

export interface PageWindow {
  offset: number;
  limit: number;
}

export function encodeCursor(offset: number): string {
  return Buffer.from(`${CURSOR_PREFIX}${offset}`).toString('base64url');
}

export function decodeCursor(cursor: string, argument: string): number {
  const decoded = Buffer.from(cursor, 'base64url').toString('utf8');
  const offset = Number(decoded.slice(CURSOR_PREFIX.length));
  if (!decoded.startsWith(CURSOR_PREFIX) || !Number.isSafeInteger(offset) || offset < 0) {
    throw new BadUserInputError(
      `${argument} expects a cursor from this connection, but got '${cursor}'`,
    );
  }
  return offset;
}

/** True when the window can only be placed once the total count is known (`last` alone). */
export function needsTotalCount(args: PageArgs): boolean {
  return args.last != null && args.before == null;
}

/** Throws BadUserInputError for arguments no window can be made of. */
export function checkPageArgs(args: PageArgs): void {
  if (args.first != null && args.last != null) {
    throw new BadUserInputError('first and last cannot be combined: page one way at a time');
  }
  if (args.first != null) checkedSize(args.first, 'first');
  if (args.last != null) checkedSize(args.last, 'last');
  if (args.after != null) decodeCursor(args.after, 'after');
  if (args.before != null) decodeCursor(args.before, 'before');
}

export function pageWindow(args: PageArgs, totalCount?: number): PageWindow {
  checkPageArgs(args);
  const afterEnd = args.after == null ? 0 : decodeCursor(args.after, 'after') + 1;
  const beforeStart = args.before == null ? undefined : decodeCursor(args.before, 'before');

  if (args.last != null) {
    const last = checkedSize(args.last, 'last');
    const end = beforeStart ?? totalCount;
    if (end === undefined) throw new Error('pageWindow needs the total count to page with last');
    const offset = Math.max(afterEnd, end - last);
    return { offset, limit: Math.max(0, end - offset) };
  }
  const first = checkedSize(args.first ?? DEFAULT_PAGE_SIZE, 'first');
  const end = beforeStart ?? Number.POSITIVE_INFINITY;
  return { offset: afterEnd, limit: Math.max(0, Math.min(first, end - afterEnd)) };
}

function checkedSize(size: number, argument: string): number {
  if (!Number.isInteger(size) || size < 0 || size > MAX_RECORDS_PER_PAGE) {
    throw new BadUserInputError(
      `${argument} expects an integer from 0 to ${MAX_RECORDS_PER_PAGE}, but got ${size}`,
    );
  }
  return size;
}
