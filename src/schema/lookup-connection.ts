import type { InputObjectRef, ObjectRef, SchemaTypes } from '@pothos/core';
import type { LookupKind, LookupWireTypes } from '../aiqum/lookups.ts';
import { fetchLookupConnection, type ParentScope } from '../resolvers/lookups-query.ts';
import { builder } from './builder.ts';
import { connectionWithTotal } from './connections.ts';
import { costs } from './field-cost.ts';
import { lookupCall } from './lookup-refs.ts';

// The connection fields of the lookup types: a root field over every object of a kind
// (`luns`), and a parent's list of them (`Svm.luns`).

type Types =
  typeof builder extends PothosSchemaTypes.SchemaBuilder<infer T extends SchemaTypes> ? T : never;

type LookupConnectionRef<Kind extends LookupKind> = ReturnType<
  typeof connectionWithTotal<LookupWireTypes[Kind]>
>;

interface LookupFieldOptions<Kind extends LookupKind> {
  kind: Kind;
  ref: ObjectRef<Types, LookupWireTypes[Kind]>;
  filter: InputObjectRef<Types, Readonly<Record<string, unknown>>>;
  /** The objects in words, as the connection's descriptions name them: `LUNs`. */
  noun: string;
}

/**
 * `<Name>Connection` and the root field over it, `<field>(filter, first, after, last,
 * before)`: the objects of one kind in name order, a page per AIQUM list call. Answers the
 * connection, for the parents' lists of the kind.
 */
export function lookupConnection<Kind extends LookupKind>(
  field: string,
  options: LookupFieldOptions<Kind> & {
    /** The GraphQL type's name: `Lun` names `LunConnection` and `LunEdge`. */
    name: string;
    description: string;
    filterDescription: string;
    /** AIQUM lists these objects only within a parent, which the filter names. */
    filterRequired?: boolean;
  },
): LookupConnectionRef<Kind> {
  const { kind, ref, filter } = options;
  const connection = connectionWithTotal(ref, options.name, options.noun);
  builder.queryField(field, (t) =>
    t.connection(
      {
        type: ref,
        description: options.description,
        args: {
          filter: t.arg({
            type: filter,
            required: options.filterRequired ?? false,
            description: options.filterDescription,
          }),
        },
        resolve: (_root, args, context) => fetchLookupConnection(lookupCall(context), kind, args),
      },
      connection,
    ),
  );
  return connection;
}

/**
 * A parent's objects of one kind (`Svm.luns`), in name order: one AIQUM request per parent
 * whose list is read, refused beyond MAX_PARENT_LISTS such lists in one operation.
 */
export function parentListField<Kind extends LookupKind, Parent>(
  t: PothosSchemaTypes.ObjectFieldBuilder<Types, Parent>,
  options: LookupFieldOptions<Kind> & {
    connection: LookupConnectionRef<Kind>;
    /** Whose objects, in words: `Its LUNs`. */
    owned: string;
    /** The parent in words: `SVM`. */
    parent: string;
    /** The parent's upstream filter (`svm.key`) and key, and the field (`Svm.luns`). */
    scope: (parent: Parent) => ParentScope;
  },
) {
  const { kind, ref, filter, noun, scope } = options;
  return t.connection(
    {
      type: ref,
      nullable: true,
      description:
        `${options.owned}, in name order: one AIQUM request per ${options.parent} that asks ` +
        'for them. Null, with TOO_MANY_LISTS, beyond MAX_PARENT_LISTS (default 50) such lists ' +
        'in one operation.',
      args: { filter: t.arg({ type: filter, description: `Which of its ${noun}.` }) },
      ...costs({ requests: 1, parentList: true }),
      resolve: (parent, args, context) =>
        fetchLookupConnection(lookupCall(context), kind, args, scope(parent)),
    },
    options.connection,
  );
}
