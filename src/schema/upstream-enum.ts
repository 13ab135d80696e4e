import { graphQLEnumName } from '../aiqum/operation-enums.ts';
import { builder } from './builder.ts';

/**
 * A GraphQL enum of AIQUM strings: each value's name is the string upper-cased (`.` as `_`),
 * and its internal value is the string itself, which is what resolvers send upstream.
 */
export function upstreamEnumType<const Values extends readonly string[]>(
  name: string,
  values: Values,
  description: string,
) {
  const entries = Object.fromEntries(
    values.map((value) => [graphQLEnumName(value), { value, description: `\`${value}\`` }]),
  ) as Record<string, { value: Values[number]; description: string }>;
  if (Object.keys(entries).length !== values.length) {
    throw new Error(`${name}: two upstream values share one GraphQL name`);
  }
  return builder.enumType(name, { description, values: entries });
}
