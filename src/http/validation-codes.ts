import {
  type ASTNode,
  BREAK,
  type DocumentNode,
  type GraphQLError,
  type GraphQLSchema,
  Kind,
  type ValueNode,
  ValuesOfCorrectTypeRule,
  validate,
  visit,
} from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { BadUserInputError, GatewayError } from '../errors.ts';
import { rootCause, toGraphQLError } from './error-masking.ts';

/**
 * Gives a document's validation errors the code of their case: a value that an argument's type
 * refuses (`size: -1`, an unknown enum value, a missing input field) is `BAD_USER_INPUT` and
 * names where the value is, as a refused variable value does; every other validation error
 * stays `GRAPHQL_VALIDATION_FAILED`, which yoga sets.
 */
export function useValidationCodes(): Plugin {
  return {
    onValidate({ params }) {
      return ({ valid, result, setResult }) => {
        if (valid) return;
        const refused = refusedValues(params.schema, params.documentAST);
        if (refused.size === 0) return;
        setResult(
          result.map((error) =>
            refused.has(signature(error)) ? badValue(error, params.documentAST) : error,
          ),
        );
      };
    },
  };
}

/** The errors of the values-of-correct-type rule alone, by signature. */
function refusedValues(schema: GraphQLSchema, document: DocumentNode): Set<string> {
  return new Set(validate(schema, document, [ValuesOfCorrectTypeRule]).map(signature));
}

function signature(error: GraphQLError): string {
  const location = error.locations?.[0];
  return `${location?.line}:${location?.column}:${error.message}`;
}

function badValue(error: GraphQLError, document: DocumentNode): GraphQLError {
  const cause = rootCause(error);
  const gatewayError = cause instanceof GatewayError ? cause : new BadUserInputError(error.message);
  const node = error.nodes?.[0];
  const path = node ? argumentPathOf(document, node) : undefined;
  return toGraphQLError(gatewayError, {
    message: path ? `${path} has an invalid value: ${error.message}` : error.message,
    nodes: error.nodes,
    http: error.extensions.http,
  });
}

/** Where a value node sits in its argument, e.g. `input.lunMaps[0].igroup.key`. */
export function argumentPathOf(document: DocumentNode, target: ASTNode): string | undefined {
  let found: string | undefined;
  visit(document, {
    Argument(argument) {
      found = pathWithin(argument.value, target, argument.name.value);
      return found === undefined ? false : BREAK;
    },
  });
  return found;
}

function pathWithin(value: ValueNode, target: ASTNode, path: string): string | undefined {
  if (value === target) return path;
  if (value.kind === Kind.OBJECT) {
    for (const field of value.fields) {
      const found = pathWithin(field.value, target, `${path}.${field.name.value}`);
      if (found !== undefined) return found;
    }
  }
  if (value.kind === Kind.LIST) {
    for (const [index, item] of value.values.entries()) {
      const found = pathWithin(item, target, `${path}[${index}]`);
      if (found !== undefined) return found;
    }
  }
  return undefined;
}
