// A Relay connection over one AIQUM list: the filter and order are the caller's, this maps
// Relay paging onto the list's offset paging and builds edges, page info and total count.

import type { UpstreamList } from '../aiqum/lookup-wire-types.ts';
import {
  checkPageArgs,
  encodeCursor,
  needsTotalCount,
  type PageArgs,
  pageWindow,
} from './paging.ts';

export interface Connection<T> {
  edges: { cursor: string; node: T }[];
  pageInfo: {
    hasNextPage: boolean;
    hasPreviousPage: boolean;
    startCursor: string | null;
    endCursor: string | null;
  };
  totalCount: number;
}

/** One page of the filtered, ordered list: `offset` and `max_records` as AIQUM takes them. */
export type ListPage<T> = (page: {
  offset: number;
  maxRecords: number;
}) => Promise<UpstreamList<T>>;

/** AIQUM's `total_records`, or `fallback` when it sent none that makes sense. */
function totalOf(list: UpstreamList<unknown>, fallback: number): number {
  const total = list.total_records;
  return Number.isSafeInteger(total) && (total as number) >= fallback
    ? (total as number)
    : fallback;
}

/** The connection of `args` over `listPage`: one list call, two when the total is needed first. */
export async function fetchConnection<T>(
  args: PageArgs,
  listPage: ListPage<T>,
): Promise<Connection<T>> {
  checkPageArgs(args);
  const count = async () => {
    const probe = await listPage({ offset: 0, maxRecords: 1 });
    return totalOf(probe, probe.records.length);
  };
  const knownTotal = needsTotalCount(args) ? await count() : undefined;
  const window = pageWindow(args, knownTotal);
  if (window.limit === 0) {
    // An empty page still counts every matching record, whatever the page.
    const totalCount = knownTotal ?? (await count());
    return connectionOf([], window.offset, totalCount, window.offset < totalCount);
  }
  const list = await listPage({ offset: window.offset, maxRecords: window.limit });
  const records = list.records.slice(0, window.limit);
  const totalCount = totalOf(list, window.offset + records.length);
  const hasNextPage = window.offset + records.length < totalCount || Boolean(list._links?.next);
  return connectionOf(records, window.offset, totalCount, hasNextPage);
}

/** A page of an unpaged list: every record read once, then the page cut from it. */
export function pageOfWholeList<T>(readAll: () => Promise<readonly T[]>): ListPage<T> {
  let all: Promise<readonly T[]> | undefined;
  return async ({ offset, maxRecords }) => {
    all ??= readAll();
    const records = await all;
    return {
      records: records.slice(offset, offset + maxRecords),
      num_records: Math.min(maxRecords, Math.max(0, records.length - offset)),
      total_records: records.length,
    };
  };
}

function connectionOf<T>(
  records: T[],
  offset: number,
  totalCount: number,
  hasNextPage: boolean,
): Connection<T> {
  const edges = records.map((node, index) => ({ cursor: encodeCursor(offset + index), node }));
  return {
    edges,
    pageInfo: {
      hasNextPage,
      hasPreviousPage: offset > 0,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
    totalCount,
  };
}
