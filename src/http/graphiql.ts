import { renderGraphiQL } from '@graphql-yoga/render-graphiql';
import type { GraphiQLOptions } from 'graphql-yoga';

/**
 * GraphiQL with every asset (scripts, styles, editor workers, icon) inlined by yoga's
 * render-graphiql: nothing is fetched from a CDN, so it works where the browser has no
 * internet. The page is large (~9 MB), so it is rendered once per set of options.
 */
export function offlineGraphiQL(): (options: GraphiQLOptions) => string {
  let rendered: { key: string; html: string } | undefined;
  return (options) => {
    const key = JSON.stringify(options);
    if (rendered?.key !== key) rendered = { key, html: renderGraphiQL(options) };
    return rendered.html;
  };
}
