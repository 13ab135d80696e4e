import type { UpstreamList } from '../aiqum/lookup-wire-types.ts';
import type { ListPage, ListQuery } from './list-query.ts';
import { jsonResponse } from './responses.ts';

function hrefWithQuery(path: string, params: URLSearchParams): string {
  const query = params.toString();
  return query === '' ? path : `${path}?${query}`;
}

/**
 * AIQUM's list envelope: `records`, `num_records`, `total_records`, and `_links.next` while
 * more records follow.
 */
export function listResponse<T>(
  path: string,
  params: URLSearchParams,
  query: ListQuery,
  { records, totalRecords }: ListPage<T>,
): Response {
  const list: UpstreamList<T> = {
    records,
    num_records: records.length,
    total_records: totalRecords,
    _links: { self: { href: hrefWithQuery(path, params) } },
  };
  const nextOffset = query.offset + records.length;
  if (records.length > 0 && nextOffset < totalRecords) {
    const nextParams = new URLSearchParams(params);
    nextParams.set('offset', String(nextOffset));
    list._links = { ...list._links, next: { href: hrefWithQuery(path, nextParams) } };
  }
  return jsonResponse(list);
}
