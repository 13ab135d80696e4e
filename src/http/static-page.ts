import { existsSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'graphql-yoga';

/** Where `npm run build:example` writes the example page. */
export const DEFAULT_PAGE_DIR = fileURLToPath(
  new URL('../../examples/live-jobs/dist', import.meta.url),
);

/** Whether `npm run build:example` has written the page into `dir`. */
export function pageIsBuilt(dir: string = DEFAULT_PAGE_DIR): boolean {
  return existsSync(join(dir, 'index.html'));
}

/** Paths the gateway answers itself; a file of the page never shadows them. */
const RESERVED_PATHS = ['/graphql', '/health', '/ready', '/metrics'];

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.map': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};

/**
 * Serves the files of a built page (`index.html` at `/`) on GET and HEAD. A path that names
 * no file, leaves `dir` or names a dotfile falls through to the gateway (404); so does
 * everything when `dir` does not exist, which is checked per request so a later build shows.
 */
export function useStaticPage(dir: string = DEFAULT_PAGE_DIR): Plugin {
  const root = resolve(dir);
  return {
    onRequest({ request, url, endResponse, fetchAPI }) {
      if (request.method !== 'GET' && request.method !== 'HEAD') return;
      if (
        RESERVED_PATHS.some((path) => url.pathname === path || url.pathname.startsWith(`${path}/`))
      ) {
        return;
      }
      const file = fileWithin(root, url.pathname);
      if (!file) return;
      return readIfFile(file).then((body) => {
        if (!body) return;
        const headers = {
          'content-type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream',
          'x-content-type-options': 'nosniff',
          // Vite puts a content hash in every asset name; index.html must always be fresh.
          'cache-control': url.pathname.startsWith('/assets/')
            ? 'public, max-age=31536000, immutable'
            : 'no-cache',
        };
        endResponse(new fetchAPI.Response(request.method === 'HEAD' ? null : body, { headers }));
      });
    },
  };
}

/** The file a URL path names inside `root`, or undefined when it would leave it. */
export function fileWithin(root: string, pathname: string): string | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return undefined;
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return undefined;
  const segments = decoded.split('/').filter((segment) => segment !== '');
  if (segments.some((segment) => segment.startsWith('.'))) return undefined;
  const file = resolve(root, ...segments, ...(decoded.endsWith('/') ? ['index.html'] : []));
  return file.startsWith(root + sep) ? file : undefined;
}

async function readIfFile(file: string): Promise<Buffer<ArrayBuffer> | undefined> {
  try {
    if (!(await stat(file)).isFile()) return undefined;
    return await readFile(file);
  } catch {
    return undefined;
  }
}
