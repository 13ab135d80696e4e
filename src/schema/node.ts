import { brandWithType } from '@pothos/core';
import type { LookupWireTypes } from '../aiqum/lookups.ts';
import type { Context } from '../context.ts';
import { BadUserInputError } from '../errors.ts';
import {
  decodeNodeId,
  JOB_TYPE,
  LOOKUP_TYPES,
  type LookupTypeName,
  type NodeId,
} from '../resolvers/global-ids.ts';
import { KEYS_PER_LIST_REQUEST } from '../resolvers/key-loader.ts';
import { builder } from './builder.ts';
import { costs } from './field-cost.ts';

/** As GitHub's API: a bounded number of ids per nodes(ids), so one field costs few requests. */
export const MAX_NODE_IDS = 100;

const NodeInterface = builder.nodeInterfaceRef();
const NODE_TYPE_COUNT = Object.keys(LOOKUP_TYPES).length + 1;
const idCount = (args: Record<string, unknown>) =>
  Array.isArray(args.ids) ? Math.min(args.ids.length, MAX_NODE_IDS) : MAX_NODE_IDS;

/** Marks an object with its GraphQL type, so fields typed `Node` resolve it. */
function branded<T extends object>(object: T | null, typename: string): T | null {
  if (object !== null) brandWithType(object, typename as never);
  return object;
}

/** A cluster, SVM, LUN, ... through the request's loader of its kind; null when AIQUM has none. */
export async function loadLookup<Name extends LookupTypeName>(
  context: Context,
  typename: Name,
  key: string,
): Promise<LookupWireTypes[(typeof LOOKUP_TYPES)[Name]] | null> {
  return branded(await context.lookups.of(LOOKUP_TYPES[typename]).load(key), typename);
}

async function loadNode(context: Context, id: NodeId): Promise<object | null> {
  if (id.typename === null) return null;
  if (id.typename === JOB_TYPE) return branded(await context.jobLoader.load(id.key), JOB_TYPE);
  return loadLookup(context, id.typename, id.key);
}

builder.queryFields((t) => ({
  node: t.field({
    type: NodeInterface,
    nullable: true,
    description:
      'The object with this id: a job, cluster, SVM, LUN, file share, access endpoint, ' +
      'performance service level or storage efficiency policy. Null when AIQUM knows no such ' +
      'object, or the id names no type the gateway has; an id no object can have is ' +
      'BAD_USER_INPUT.',
    args: { id: t.arg.id({ required: true, description: 'An id as the gateway answered it.' }) },
    resolve: (_root, args, context) => loadNode(context, decodeNodeId(String(args.id))),
  }),
  nodes: t.field({
    type: [NodeInterface],
    nullable: { list: false, items: true },
    description:
      `The objects with these ids, in the same order, null where node(id) is null; at most ` +
      `${MAX_NODE_IDS} ids. Ids of one type are read together: 20 job ids cost one AIQUM ` +
      'request.',
    args: {
      ids: t.arg.idList({
        required: true,
        description: `Ids as the gateway answered them, at most ${MAX_NODE_IDS}.`,
      }),
    },
    // Ids of one type share a request per 40; at worst every type is asked for.
    ...costs({
      items: (args) => idCount(args),
      requests: (args) =>
        Math.min(
          idCount(args),
          NODE_TYPE_COUNT + Math.floor(idCount(args) / KEYS_PER_LIST_REQUEST),
        ),
    }),
    resolve: (_root, args, context) => {
      if (args.ids.length > MAX_NODE_IDS) {
        throw new BadUserInputError(
          `ids expects at most ${MAX_NODE_IDS} ids, but got ${args.ids.length}`,
        );
      }
      // Every id is checked before any is read: a refused one costs no upstream request.
      const decoded = args.ids.map((id, index) => decodeNodeId(String(id), `ids[${index}]`));
      return decoded.map((id) => loadNode(context, id));
    },
  }),
}));
