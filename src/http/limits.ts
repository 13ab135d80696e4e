import { EnvelopArmorPlugin } from '@escape.tech/graphql-armor';
import { useCSRFPrevention } from '@graphql-yoga/plugin-csrf-prevention';
import { useDisableIntrospection } from '@graphql-yoga/plugin-disable-introspection';
import type { Plugin } from 'graphql-yoga';
import type { Config } from '../config.ts';
import { useBodyLimit } from './body-limit.ts';

/** The yoga plugins that bound what one request may ask (see `Limits` in config.ts). */
export function limitPlugins(config: Pick<Config, 'limits' | 'introspection'>): Plugin[] {
  const { limits } = config;
  const plugins: Plugin[] = [
    useBodyLimit(limits.maxBodyBytes),
    // Browsers send GET and form posts cross-site without a preflight: those must carry a
    // header a page on another site cannot set.
    useCSRFPrevention({ requestHeaders: ['x-graphql-yoga-csrf', 'apollo-require-preflight'] }),
    EnvelopArmorPlugin({
      maxDepth: { n: limits.maxDepth },
      costLimit: { maxCost: limits.maxCost },
      maxAliases: { n: limits.maxAliases },
      maxTokens: { n: limits.maxTokens },
      maxDirectives: { n: limits.maxDirectives },
      // Suggestions ("did you mean ...") would reveal the schema that introspection hides.
      blockFieldSuggestion: { enabled: !config.introspection },
    }) as Plugin,
  ];
  if (!config.introspection) plugins.push(useDisableIntrospection());
  return plugins;
}
