// A live jobs list against the gateway, the way a frontend keeps one: query the first page of
// jobs(filter), subscribe to jobsUpdated with the same filter, merge every event by id, and
// drop a row once its job no longer matches the filter.
//
//   npm start                            # the gateway over its embedded simulator, on :4000
//   npx tsx examples/live-list.ts        # prints the running jobs, live; start one in GraphiQL
import { pathToFileURL } from 'node:url';
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';

export interface JobRow {
  id: string;
  name: string | null;
  state: string;
  status: string | null;
  submitTime: string | null;
}

export interface JobFilter {
  state?: string[];
  status?: string[];
  name?: string;
  type?: string;
}

const JOB_FIELDS = 'id name state status submitTime';
const FIRST_PAGE = `query FirstPage($filter: JobFilter) {
  jobs(first: 20, filter: $filter) { nodes { ${JOB_FIELDS} } }
}`;
const UPDATES = `subscription Updates($filter: JobFilter) {
  jobsUpdated(filter: $filter) { ${JOB_FIELDS} }
}`;

/** Whether a job belongs in the list: what jobsUpdated's last event for a job tells apart. */
export function matches(row: JobRow, filter: JobFilter): boolean {
  if (filter.state && !filter.state.includes(row.state)) return false;
  if (filter.status && (!row.status || !filter.status.includes(row.status))) return false;
  return true;
}

/**
 * Keeps `rows` (by id) current until `signal` aborts: subscribes first, so nothing that happens
 * while the first page loads is missed, then loads the page; `onChange` runs after each change.
 */
export async function followJobs(options: {
  url: string;
  authorization: string;
  filter: JobFilter;
  onChange: (rows: Map<string, JobRow>) => void;
  signal: AbortSignal;
}): Promise<void> {
  const { url, authorization, filter, onChange, signal } = options;
  const rows = new Map<string, JobRow>();
  const merge = (job: JobRow) => {
    if (matches(job, filter)) rows.set(job.id, job);
    else rows.delete(job.id);
  };
  const client = createClient({
    url: url.replace(/^http/, 'ws'),
    webSocketImpl: WebSocket,
    connectionParams: { authorization },
  });
  const updates = client.iterate<{ jobsUpdated: JobRow }>({
    query: UPDATES,
    variables: { filter },
  });
  signal.addEventListener('abort', () => void updates.return?.(), { once: true });
  const pending: JobRow[] = [];
  let loaded = false;
  const listening = (async () => {
    for await (const event of updates) {
      if (event.errors) throw new Error(event.errors.map((error) => error.message).join('; '));
      if (!event.data) continue;
      if (!loaded) pending.push(event.data.jobsUpdated);
      else {
        merge(event.data.jobsUpdated);
        onChange(rows);
      }
    }
  })();
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization },
    body: JSON.stringify({ query: FIRST_PAGE, variables: { filter } }),
    signal,
  });
  const page = (await response.json()) as { data?: { jobs: { nodes: JobRow[] } } };
  for (const job of page.data?.jobs.nodes ?? []) rows.set(job.id, job);
  // Events that came while the page loaded are newer than it: they win.
  for (const job of pending.splice(0)) merge(job);
  loaded = true;
  onChange(rows);
  try {
    await listening;
  } finally {
    await client.dispose();
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const abort = new AbortController();
  process.once('SIGINT', () => abort.abort());
  await followJobs({
    url: process.env.GATEWAY_URL ?? 'http://localhost:4000/graphql',
    authorization: `Basic ${btoa(process.env.AIQUM_LOGIN ?? 'admin:admin')}`,
    filter: { state: ['RUNNING'] },
    signal: abort.signal,
    onChange: (rows) => {
      console.clear();
      console.table([...rows.values()].map(({ id, ...row }) => row));
    },
  });
}
