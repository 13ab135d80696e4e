import { EnvelopArmorPlugin } from '@escape.tech/graphql-armor';
import { useCSRFPrevention } from '@graphql-yoga/plugin-csrf-prevention';
import { useDisableIntrospection } from '@graphql-yoga/plugin-disable-introspection';
import type { GraphQLError, ValidationContext } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { Config } from '../config.ts';
import { CsrfHeaderRequiredError, type LimitName, OperationLimitError } from '../errors.ts';
import { useBodyLimit } from './body-limit.ts';
import { useCostLimits } from './cost-limits.ts';
import { toGraphQLError } from './error-masking.ts';
import { OneRootMutationFieldRule } from './one-mutation-field.ts';
import { useValidationCodes } from './validation-codes.ts';

const CSRF_HEADERS = ['x-graphql-yoga-csrf', 'apollo-require-preflight'];

/**
 * The yoga plugins that bound what one request may ask (see `Limits` in config.ts) and the
 * rules every document must follow, each refusal with a code of its own.
 */
export function limitPlugins(config: Pick<Config, 'limits' | 'introspection'>): Plugin[] {
  const { limits } = config;
  const plugins: Plugin[] = [
    useBodyLimit(limits.maxBodyBytes),
    useCsrfHeaderRequired(),
    EnvelopArmorPlugin({
      maxDepth: { n: limits.maxDepth, ...reportedAs('depth') },
      maxAliases: { n: limits.maxAliases, ...reportedAs('aliases') },
      maxTokens: { n: limits.maxTokens, ...reportedAs('tokens') },
      maxDirectives: { n: limits.maxDirectives, ...reportedAs('directives') },
      // Priced by what it costs upstream instead (cost-limits.ts).
      costLimit: { enabled: false },
      // Suggestions ("did you mean ...") would reveal the schema that introspection hides.
      blockFieldSuggestion: { enabled: !config.introspection },
    }) as Plugin,
    {
      onValidate: ({ addValidationRule }) => addValidationRule(OneRootMutationFieldRule),
    },
    useValidationCodes(),
    useCostLimits(limits),
  ];
  if (!config.introspection) plugins.push(useDisableIntrospection());
  return plugins;
}

/**
 * graphql-armor throws its refusals ("Syntax Error: Query depth limit of 12 exceeded"), which
 * would end a whole WebSocket. Report them instead, as validation errors with their own code;
 * the token limit, counted while parsing, throws a parse error of its own.
 */
function reportedAs(limit: LimitName) {
  return {
    propagateOnRejection: false,
    onReject: [
      (context: ValidationContext | null, error: GraphQLError) => {
        const message = error.message.replace(/^Syntax Error: /, '');
        const refusal = toGraphQLError(new OperationLimitError(limit, message), {
          http: { status: 400, spec: true },
        });
        if (context) context.reportError(refusal);
        else throw refusal;
      },
    ],
  };
}

/**
 * Browsers send GET and form posts cross-site without a preflight: those must carry a header
 * a page on another site cannot set. The refusal carries `CSRF_HEADER_REQUIRED`.
 */
function useCsrfHeaderRequired(): Plugin {
  const prevention = useCSRFPrevention({ requestHeaders: CSRF_HEADERS });
  return {
    onRequestParse(payload) {
      try {
        return prevention.onRequestParse?.(payload);
      } catch {
        throw toGraphQLError(
          new CsrfHeaderRequiredError(
            `This request could come from another site: send one of the headers ${CSRF_HEADERS.join(', ')}, or POST it as application/json`,
          ),
          { http: { status: 403 } },
        );
      }
    },
  };
}
