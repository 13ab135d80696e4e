import SchemaBuilder from '@pothos/core';
import RelayPlugin from '@pothos/plugin-relay';
import type { Context } from '../context.ts';

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
    nodeQueryOptions: false,
    nodesQueryOptions: false,
    nodesOnConnection: true,
  },
});
