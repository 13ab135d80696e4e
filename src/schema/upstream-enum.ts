import { graphQLEnumName } from '../aiqum/operation-enums.ts';
import { builder } from './builder.ts';

/**
 * A GraphQL enum of AIQUM strings: each value's name is the string upper-cased (`.` as `_`),
 * and its internal value is the string itself, which is what resolvers send upstream. Each
 * value's description says what it means (from `meanings`) and what AIQUM receives.
 */
export function upstreamEnumType<const Values extends readonly string[]>(
  name: string,
  values: Values,
  description: string,
  meanings: Partial<Record<Values[number], string>> = {},
) {
  const entries = Object.fromEntries(
    values.map((value: Values[number]) => {
      const sent = `Sent to AIQUM as \`${value}\`.`;
      const meaning = meanings[value];
      return [
        graphQLEnumName(value),
        { value, description: meaning ? `${meaning} ${sent}` : sent },
      ];
    }),
  ) as Record<string, { value: Values[number]; description: string }>;
  if (Object.keys(entries).length !== values.length) {
    throw new Error(`${name}: two upstream values share one GraphQL name`);
  }
  return builder.enumType(name, { description, values: entries });
}
