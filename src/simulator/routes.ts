// `/api` means the latest API version; `/api/v2` names it.
const API_PREFIXES = ['/api/v2', '/api'];
const JOBS_ROUTE = '/management-server/jobs';

/** The resources whose writes answer 202 with a job, and those that are only read. */
export type Resource =
  | 'luns'
  | 'file-shares'
  | 'access-endpoints'
  | 'svms'
  | 'backup'
  | 'clusters'
  | 'performance-service-levels'
  | 'storage-efficiency-policies';

const RESOURCE_ROUTES: [path: string, resource: Resource][] = [
  ['/storage-provider/luns', 'luns'],
  ['/storage-provider/file-shares', 'file-shares'],
  ['/storage-provider/access-endpoints', 'access-endpoints'],
  ['/datacenter/svm/svms', 'svms'],
  ['/admin/backup', 'backup'],
  ['/datacenter/cluster/clusters', 'clusters'],
  ['/storage-provider/performance-service-levels', 'performance-service-levels'],
  ['/storage-provider/storage-efficiency-policies', 'storage-efficiency-policies'],
];
/** Resources addressed by key as well (`/storage-provider/luns/{key}`): all but the backup. */
const KEYED_RESOURCES: ReadonlySet<Resource> = new Set(
  RESOURCE_ROUTES.map(([, resource]) => resource).filter((resource) => resource !== 'backup'),
);

export type Route =
  | { kind: 'list' }
  | { kind: 'job'; key: string }
  | { kind: 'collection'; resource: Resource }
  | { kind: 'object'; resource: Resource; key: string };

function decodeKey(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

/** The one path segment after `base/`, decoded, or undefined when the path is not that. */
function keyAfter(rest: string, base: string): string | undefined {
  if (!rest.startsWith(`${base}/`)) return undefined;
  const segment = rest.slice(base.length + 1);
  if (segment === '' || segment.includes('/')) return undefined;
  return decodeKey(segment);
}

/** The simulated endpoint a URL path names, or undefined for any other path. */
export function matchRoute(pathname: string): Route | undefined {
  const prefix = API_PREFIXES.find((candidate) => pathname.startsWith(`${candidate}/`));
  if (prefix === undefined) return undefined;
  const rest = pathname.slice(prefix.length);
  if (rest === JOBS_ROUTE) return { kind: 'list' };
  const jobKey = keyAfter(rest, JOBS_ROUTE);
  if (jobKey !== undefined) return { kind: 'job', key: jobKey };
  for (const [path, resource] of RESOURCE_ROUTES) {
    if (rest === path) return { kind: 'collection', resource };
    const key = KEYED_RESOURCES.has(resource) ? keyAfter(rest, path) : undefined;
    if (key !== undefined) return { kind: 'object', resource, key };
  }
  return undefined;
}
