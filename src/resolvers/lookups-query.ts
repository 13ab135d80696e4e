// The lookup connections (`clusters`, `svms`, `luns`, ...): filter and paging onto one AIQUM
// list. Lists AIQUM pages are read page by page in name order; the others are read whole,
// filtered where AIQUM cannot, put in name order and cut into pages by the gateway.

import type { AiqumClient, Credentials, ListQuery } from '../aiqum/client.ts';
import { LOOKUPS, type LookupKind, type LookupWireTypes } from '../aiqum/lookups.ts';
import type { ListBudget } from './list-budget.ts';
import { type Connection, fetchConnection, pageOfWholeList } from './list-connection.ts';
import { exactFilterValue, toLookupFilters } from './lookup-filters.ts';
import type { PageArgs } from './paging.ts';

/** Name order, the key breaking ties, so offset paging is stable. */
const NAME_ORDER = ['name asc', 'key asc'];

export interface LookupArgs extends PageArgs {
  filter?: Readonly<Record<string, unknown>> | null | undefined;
}

/** What a cross-link connection is bound to: `svm.key` for an SVM's LUNs. */
export interface ParentScope {
  upstream: string;
  key: string;
  /** The field, for the refusal beyond the budget: `Svm.luns`. */
  field: string;
}

export interface LookupCall {
  client: AiqumClient;
  credentials: Credentials | undefined;
  signal: AbortSignal | undefined;
  /** What is left of the operation's lists of a parent's objects. */
  parentLists: ListBudget;
}

function textOf(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

function byName(a: { name?: unknown; key: unknown }, b: { name?: unknown; key: unknown }) {
  const [nameA, nameB] = [textOf(a.name), textOf(b.name)];
  if (nameA !== nameB) return nameA < nameB ? -1 : 1;
  const [keyA, keyB] = [textOf(a.key), textOf(b.key)];
  if (keyA === keyB) return 0;
  return keyA < keyB ? -1 : 1;
}

export function fetchLookupConnection<Kind extends LookupKind>(
  { client, credentials, signal, parentLists }: LookupCall,
  kind: Kind,
  args: LookupArgs,
  scope?: ParentScope,
): Promise<Connection<LookupWireTypes[Kind]>> {
  const filters = toLookupFilters(kind, args.filter);
  if (scope) {
    parentLists.take(scope.field);
    const value = exactFilterValue(scope.key, scope.upstream);
    const given = filters.upstream[scope.upstream];
    // The filter asks for another parent than this one: nothing can match both.
    if (given !== undefined && given !== value) {
      return fetchConnection(args, async () => ({ records: [], total_records: 0 }));
    }
    filters.upstream[scope.upstream] = value;
  }
  const list = (query: ListQuery) => client.listObjects(kind, query, credentials, { signal });
  const { matches } = filters;
  if (LOOKUPS[kind].paged && !matches) {
    return fetchConnection(args, (page) =>
      list({ filters: filters.upstream, orderBy: NAME_ORDER, ...page }),
    );
  }
  return fetchConnection(
    args,
    pageOfWholeList(async () => {
      const { records } = await list({ filters: filters.upstream });
      return (matches ? records.filter(matches) : [...records]).sort(byName);
    }),
  );
}
