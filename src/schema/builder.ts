import SchemaBuilder from '@pothos/core';
import RelayPlugin from '@pothos/plugin-relay';
import type { Context } from '../context.ts';
import { encodeNodeId } from '../resolvers/global-ids.ts';

export const builder = new SchemaBuilder<{
  Context: Context;
  Scalars: {
    DateTime: { Input: string; Output: string };
    /** Sizes in bytes: integers beyond 32 bits, up to Number.MAX_SAFE_INTEGER. */
    Bytes: { Input: number; Output: number };
  };
  DefaultFieldNullability: false;
  /** Every connection resolver must supply its total, which AIQUM lists report. */
  Connection: { totalCount: number };
}>({
  plugins: [RelayPlugin],
  defaultFieldNullability: false,
  relay: {
    clientMutationId: 'omit',
    cursorType: 'String',
    // node and nodes are declared in node.ts: they load through the request's loaders.
    nodeQueryOptions: false,
    nodesQueryOptions: false,
    nodesOnConnection: { description: 'The objects of this page, in order: the nodes of edges.' },
    edgesFieldOptions: { description: 'The objects of this page, each with its cursor.' },
    nodeFieldOptions: { description: 'The object.' },
    cursorFieldOptions: {
      description: 'Where this object stands in the list: pass it as after or before.',
    },
    pageInfoFieldOptions: { description: 'Where this page stands in the whole list.' },
    pageInfoTypeOptions: { description: 'Where a page stands in its list (Relay).' },
    hasNextPageFieldOptions: { description: 'More objects follow this page.' },
    hasPreviousPageFieldOptions: { description: 'Objects come before this page.' },
    startCursorFieldOptions: { description: 'The cursor of the first object; null when empty.' },
    endCursorFieldOptions: { description: 'The cursor of the last object; null when empty.' },
    firstArgOptions: {
      description: 'The page size from the start (or from after), 0 to 1000; default 20.',
    },
    afterArgOptions: { description: 'Start after the object with this cursor.' },
    lastArgOptions: { description: 'The page size from the end (or up to before), 0 to 1000.' },
    beforeArgOptions: { description: 'End before the object with this cursor.' },
    encodeGlobalID: (typename, id) => encodeNodeId(typename, String(id)),
    nodeTypeOptions: {
      description:
        'An object with an id that node(id) and nodes(ids) read again, so normalized client ' +
        'caches (Apollo, urql, Relay) can refetch it.',
    },
    idFieldOptions: {
      description:
        "The object's id: a job's key as it is, `<type>:<AIQUM key>` for every other object " +
        '(e.g. `Svm:...`). Opaque to clients; mutation inputs take it where they take a key.',
    },
  },
});
