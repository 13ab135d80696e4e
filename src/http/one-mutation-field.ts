import {
  type ASTVisitor,
  GraphQLError,
  Kind,
  type SelectionSetNode,
  type ValidationContext,
} from 'graphql';

/**
 * A mutation operation selects one root field at most (aliases and fragments count;
 * `__typename` does not). Every mutation field is non-null: an error in a second field would
 * null the whole answer, and with it the key of the job the first field had started.
 */
export function OneRootMutationFieldRule(context: ValidationContext): ASTVisitor {
  return {
    OperationDefinition(operation) {
      if (operation.operation !== 'mutation') return false;
      const keys = responseKeys(context, operation.selectionSet, new Set());
      if (keys.size > 1) {
        context.reportError(
          new GraphQLError(
            `A mutation operation may select one root field, but this one selects ${keys.size} ` +
              `(${[...keys].join(', ')}): send each as an operation of its own, so that an ` +
              'error in one never hides the job another started.',
            { nodes: operation },
          ),
        );
      }
      return false;
    },
  };
}

/** The response keys of a selection set, fragments expanded; graphql-js merges equal keys. */
function responseKeys(
  context: ValidationContext,
  selectionSet: SelectionSetNode,
  visitedFragments: Set<string>,
  keys = new Set<string>(),
): Set<string> {
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) {
      if (selection.name.value !== '__typename') {
        keys.add(selection.alias?.value ?? selection.name.value);
      }
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      responseKeys(context, selection.selectionSet, visitedFragments, keys);
    } else if (!visitedFragments.has(selection.name.value)) {
      visitedFragments.add(selection.name.value);
      const fragment = context.getFragment(selection.name.value);
      if (fragment) responseKeys(context, fragment.selectionSet, visitedFragments, keys);
    }
  }
  return keys;
}
