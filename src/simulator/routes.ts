// `/api` means the latest API version; `/api/v2` names it.
const API_PREFIXES = ['/api/v2', '/api'];
const JOBS_ROUTE = '/management-server/jobs';

export type Route = { kind: 'list' } | { kind: 'job'; key: string };

function decodeKey(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

/** The simulated endpoint a URL path names, or undefined for any other path. */
export function matchRoute(pathname: string): Route | undefined {
  const prefix = API_PREFIXES.find((candidate) => pathname.startsWith(`${candidate}/`));
  if (prefix === undefined) return undefined;
  const rest = pathname.slice(prefix.length);
  if (rest === JOBS_ROUTE) return { kind: 'list' };
  if (!rest.startsWith(`${JOBS_ROUTE}/`)) return undefined;
  const segment = rest.slice(JOBS_ROUTE.length + 1);
  if (segment === '' || segment.includes('/')) return undefined;
  return { kind: 'job', key: decodeKey(segment) };
}
