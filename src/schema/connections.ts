import type { ObjectRef, SchemaTypes } from '@pothos/core';
import { builder } from './builder.ts';

type Types =
  typeof builder extends PothosSchemaTypes.SchemaBuilder<infer T extends SchemaTypes> ? T : never;

/**
 * The Relay connection of a type, `<Name>Connection` with `<Name>Edge`: edges, nodes, page info
 * and the total count AIQUM reports for the whole list.
 */
export function connectionWithTotal<Shape>(
  ref: ObjectRef<Types, Shape>,
  name: string,
  noun: string,
) {
  return builder.connectionObject(
    {
      type: ref,
      name: `${name}Connection`,
      description: `A page of ${noun}, in a Relay connection.`,
      fields: (t) => ({
        totalCount: t.int({
          description: `How many ${noun} match the filter, on all pages.`,
          resolve: (connection) => connection.totalCount,
        }),
      }),
    },
    { name: `${name}Edge`, description: `An object of a ${name}Connection, with its cursor.` },
  );
}
