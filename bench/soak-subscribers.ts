// A child process of bench/soak.ts: keeps `subscriptions` jobUpdated subscriptions open over
// a few graphql-ws connections for a fixed time, re-subscribing to running jobs as jobs end.
import WebSocket from 'ws';

export interface SubscribersJob {
  url: string;
  authorization: string;
  connections: number;
  subscriptions: number;
  durationMs: number;
}

export interface SubscribersReport {
  opened: number;
  events: number;
  completions: number;
  errors: number;
  errorSamples: string[];
}

const WATCH = 'subscription Watch($key: ID!) { jobUpdated(key: $key) { key state status } }';
const RUNNING = '{ jobs(first: 50, filter: { state: [RUNNING] }) { nodes { key } } }';
const REFRESH_MS = 500;

process.once('message', async (job: SubscribersJob) => {
  const report: SubscribersReport = {
    opened: 0,
    events: 0,
    completions: 0,
    errors: 0,
    errorSamples: [],
  };
  const httpUrl = job.url.replace(/^ws/, 'http');
  let running: string[] = [];
  const refresh = async () => {
    const response = await fetch(httpUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: job.authorization },
      body: JSON.stringify({ query: RUNNING }),
    });
    const body = (await response.json()) as { data?: { jobs: { nodes: { key: string }[] } } };
    running = body.data?.jobs.nodes.map((node) => node.key) ?? running;
  };
  await refresh();
  const refresher = setInterval(() => void refresh().catch(() => {}), REFRESH_MS);

  const endAt = Date.now() + job.durationMs;
  const perConnection = Math.ceil(job.subscriptions / job.connections);
  let nextId = 0;
  const sockets = await Promise.all(
    Array.from({ length: job.connections }, async () => {
      const socket = new WebSocket(job.url, 'graphql-transport-ws');
      const subscribe = () => {
        const key = running[nextId % Math.max(1, running.length)];
        if (!key) return;
        nextId += 1;
        report.opened += 1;
        socket.send(
          JSON.stringify({
            id: String(nextId),
            type: 'subscribe',
            payload: { query: WATCH, variables: { key } },
          }),
        );
      };
      socket.on('message', (data) => {
        const message = JSON.parse(String(data)) as { type: string; payload?: unknown };
        if (message.type === 'connection_ack') for (let i = 0; i < perConnection; i++) subscribe();
        else if (message.type === 'next') report.events += 1;
        else if (message.type === 'complete') {
          report.completions += 1;
          subscribe();
        } else if (message.type === 'error') {
          report.errors += 1;
          if (report.errorSamples.length < 5)
            report.errorSamples.push(JSON.stringify(message.payload).slice(0, 300));
          subscribe();
        }
      });
      socket.on('open', () =>
        socket.send(
          JSON.stringify({
            type: 'connection_init',
            payload: { authorization: job.authorization },
          }),
        ),
      );
      socket.on('close', (code) => {
        if (Date.now() < endAt) {
          report.errors += 1;
          report.errorSamples.push(`socket closed with ${code}`);
        }
      });
      return socket;
    }),
  );
  await new Promise((resolve) => setTimeout(resolve, endAt - Date.now()));
  clearInterval(refresher);
  for (const socket of sockets) socket.close();
  process.send?.(report, () => process.exit(0));
});
