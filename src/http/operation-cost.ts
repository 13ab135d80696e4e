// What an operation can cost, priced from its document before it runs: the AIQUM requests it
// can cause, and the objects its answer can hold.

import {
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLSchema,
  getArgumentValues,
  getNamedType,
  getNullableType,
  getOperationAST,
  getVariableValues,
  isCompositeType,
  isInterfaceType,
  isListType,
  isObjectType,
  Kind,
  type OperationTypeNode,
  type SelectionSetNode,
} from 'graphql';
import { MAX_RECORDS_PER_PAGE } from '../aiqum/client.ts';
import { DEFAULT_PAGE_SIZE } from '../resolvers/paging.ts';
import { FIELD_COST_EXTENSION, type FieldCost } from '../schema/field-cost.ts';

export interface OperationCost {
  /** AIQUM requests the operation can cause at most. */
  requests: number;
  /** Objects (jobs, task reports, page infos, ...) its answer can hold at most. */
  objects: number;
}

/** A list whose length upstream decides (task reports, results) is priced at this many items. */
export const UNSIZED_LIST_ITEMS = 10;
/** The page arguments of a Relay connection; its `edges` and `nodes` hold that many items. */
const PAGE_ARGUMENTS = ['last', 'first'] as const;
const CONNECTION_LISTS = new Set(['edges', 'nodes']);
const ROOT_FIELD_REQUESTS: Record<OperationTypeNode, number> = {
  query: 1,
  mutation: 2,
  subscription: 1,
};

/**
 * Prices the operation `operationName` names (or the only one) with these variables, parents'
 * lists counted up to `maxParentLists` (the rest are refused unread); `undefined`
 * when it cannot run as sent (no such operation, variables its types refuse), which execution
 * reports on its own.
 */
export function operationCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName: string | null | undefined,
  variables: Record<string, unknown> | null | undefined,
  maxParentLists: number,
): OperationCost | undefined {
  const operation = getOperationAST(document, operationName);
  const rootType = operation && schema.getRootType(operation.operation);
  if (!operation || !rootType) return undefined;
  const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], variables ?? {});
  if (coerced.errors) return undefined;
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) {
      fragments.set(definition.name.value, definition);
    }
  }
  const pricer = new Pricer(
    schema,
    fragments,
    coerced.coerced,
    ROOT_FIELD_REQUESTS[operation.operation],
    maxParentLists,
  );
  return pricer.total(pricer.selectionSet(operation.selectionSet, rootType, undefined, true));
}

/**
 * What a selection set costs once, relative to its own depth. Loads through a batching loader
 * are kept by depth (index 0: this selection set), since only loads at one depth share a
 * request.
 */
interface Tally {
  requests: number;
  /** Requests of parents' lists, which `MAX_PARENT_LISTS` caps at run time. */
  parentLists: number;
  objects: number;
  /** Per loader, the loads at each depth below the selection set; none when absent. */
  loads?: Map<string, number[]>;
}

const emptyTally = (): Tally => ({ requests: 0, parentLists: 0, objects: 0 });

/** Adds `part`, `times` over and `depth` levels deeper, to `into`. */
function addTally(into: Tally, part: Tally, times: number, depth: number): void {
  into.requests += part.requests * times;
  into.parentLists += part.parentLists * times;
  into.objects += part.objects * times;
  if (!part.loads) return;
  into.loads ??= new Map();
  for (const [loader, loads] of part.loads) {
    const target = into.loads.get(loader) ?? [];
    loads.forEach((count, index) => {
      target[index + depth] = (target[index + depth] ?? 0) + count * times;
    });
    into.loads.set(loader, target);
  }
}

class Pricer {
  // A fragment is priced once per page size it is spread under: spreads cannot multiply work.
  readonly #fragmentTallies = new Map<string, Tally>();
  readonly #batchSizes = new Map<string, number>();

  constructor(
    readonly schema: GraphQLSchema,
    readonly fragments: Map<string, FragmentDefinitionNode>,
    readonly variables: Record<string, unknown>,
    readonly rootFieldRequests: number,
    readonly maxParentLists: number,
  ) {}

  total(tally: Tally): OperationCost {
    let requests = tally.requests + Math.min(tally.parentLists, this.maxParentLists);
    for (const [loader, loads] of tally.loads ?? []) {
      const batchSize = this.#batchSizes.get(loader) ?? 1;
      for (const count of loads) if (count) requests += Math.ceil(count / batchSize);
    }
    return { requests, objects: tally.objects };
  }

  /** `pageSize` is set when the selection set is a connection's: its edges and nodes hold that many. */
  selectionSet(
    selectionSet: SelectionSetNode,
    type: GraphQLNamedType,
    pageSize: number | undefined,
    isRoot = false,
  ): Tally {
    const tally = emptyTally();
    const spread = new Set<string>();
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD) {
        addTally(tally, this.field(selection, type, pageSize, isRoot), 1, 0);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        const condition = selection.typeCondition?.name.value;
        const fragmentType = condition ? this.schema.getType(condition) : type;
        if (fragmentType) {
          const part = this.selectionSet(selection.selectionSet, fragmentType, pageSize, isRoot);
          addTally(tally, part, 1, 0);
        }
      } else if (!spread.has(selection.name.value)) {
        // graphql-js runs a fragment spread twice in one selection set once.
        spread.add(selection.name.value);
        addTally(tally, this.fragment(selection.name.value, pageSize, isRoot), 1, 0);
      }
    }
    return tally;
  }

  fragment(name: string, pageSize: number | undefined, isRoot: boolean): Tally {
    const memoKey = `${name}:${pageSize ?? ''}`;
    const known = this.#fragmentTallies.get(memoKey);
    if (known) return known;
    const fragment = this.fragments.get(name);
    const type = fragment && this.schema.getType(fragment.typeCondition.name.value);
    const tally =
      fragment && type
        ? this.selectionSet(fragment.selectionSet, type, pageSize, isRoot)
        : emptyTally();
    this.#fragmentTallies.set(memoKey, tally);
    return tally;
  }

  field(
    node: FieldNode,
    parentType: GraphQLNamedType,
    pageSize: number | undefined,
    isRoot: boolean,
  ): Tally {
    const tally = emptyTally();
    // __typename costs nothing; introspection is bounded by the schema and the depth limit.
    if (node.name.value.startsWith('__')) return tally;
    if (!isObjectType(parentType) && !isInterfaceType(parentType)) return tally;
    const field = parentType.getFields()[node.name.value];
    if (!field) return tally;
    const args = this.argumentsOf(field, node);
    const cost = field.extensions[FIELD_COST_EXTENSION] as FieldCost | undefined;

    const items = isListType(getNullableType(field.type))
      ? (cost?.items?.(args) ??
        (CONNECTION_LISTS.has(field.name) ? pageSize : undefined) ??
        UNSIZED_LIST_ITEMS)
      : 1;
    if (cost?.batch) {
      this.#batchSizes.set(cost.batch.loader, cost.batch.size);
      tally.loads = new Map([[cost.batch.loader, [1]]]);
    } else {
      const requests = typeof cost?.requests === 'function' ? cost.requests(args) : cost?.requests;
      const made = requests ?? (isRoot ? this.rootFieldRequests : 0);
      if (cost?.parentList) tally.parentLists += made;
      else tally.requests += made;
    }
    const namedType = getNamedType(field.type);
    if (isCompositeType(namedType)) tally.objects += items;
    if (node.selectionSet) {
      const childPageSize = pageSizeOf(field, args);
      addTally(tally, this.selectionSet(node.selectionSet, namedType, childPageSize), items, 1);
    }
    return tally;
  }

  argumentsOf(field: GraphQLField<unknown, unknown>, node: FieldNode): Record<string, unknown> {
    if (field.args.length === 0) return {};
    try {
      return getArgumentValues(field, node, this.variables);
    } catch {
      return {};
    }
  }
}

/**
 * The page a connection field (one with `first` or `last`) asks for; the default page when it
 * names none, and the largest for anything but a sane size.
 */
function pageSizeOf(
  field: GraphQLField<unknown, unknown>,
  args: Record<string, unknown>,
): number | undefined {
  if (!field.args.some((arg) => (PAGE_ARGUMENTS as readonly string[]).includes(arg.name))) {
    return undefined;
  }
  const size = args.last ?? args.first ?? DEFAULT_PAGE_SIZE;
  return typeof size === 'number' && Number.isInteger(size) && size >= 0
    ? Math.min(size, MAX_RECORDS_PER_PAGE)
    : MAX_RECORDS_PER_PAGE;
}
