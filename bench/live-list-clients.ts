// A child process of bench/live-list.ts: opens WebSocket connections to the gateway with some
// jobsUpdated subscriptions each, speaking graphql-transport-ws directly (no client library, so
// the client side stays light), and records when each subscription received each job.
import WebSocket from 'ws';

export interface LiveListClientsJob {
  url: string;
  authorization: string;
  query: string;
  variables: Record<string, unknown>;
  connections: number;
  subscriptionsPerConnection: number;
}

export type LiveListClientsReport =
  | { type: 'subscribed'; subscriptions: number }
  /** Per job key, the instants (epoch ms) its first event reached each subscription. */
  | { type: 'receipts'; receipts: Record<string, number[]>; errors: number };

const send = (report: LiveListClientsReport) => process.send?.(report);

process.on('message', async (message: LiveListClientsJob | 'report') => {
  if (message === 'report') {
    const report: LiveListClientsReport = {
      type: 'receipts',
      receipts: Object.fromEntries(receipts),
      errors,
    };
    // A large message must be out before the channel closes: disconnect once it is sent.
    process.send?.(report, () => {
      for (const socket of sockets) socket.terminate();
      process.disconnect();
    });
    return;
  }
  await Promise.all(Array.from({ length: message.connections }, () => open(message)));
  send({
    type: 'subscribed',
    subscriptions: message.connections * message.subscriptionsPerConnection,
  });
});

const sockets: WebSocket[] = [];
const receipts = new Map<string, number[]>();
/** Per subscription id, the job keys it has seen. */
const seen = new Map<string, Set<string>>();
let errors = 0;
let serial = 0;

function open(job: LiveListClientsJob): Promise<void> {
  return new Promise((resolve) => {
    const socket = new WebSocket(job.url, 'graphql-transport-ws');
    const connection = ++serial;
    sockets.push(socket);
    socket.on('open', () =>
      socket.send(
        JSON.stringify({ type: 'connection_init', payload: { authorization: job.authorization } }),
      ),
    );
    socket.on('message', (data) => {
      const message = JSON.parse(String(data)) as {
        type: string;
        id?: string;
        payload?: { data?: { jobsUpdated?: { key: string } } };
      };
      if (message.type === 'connection_ack') {
        for (let index = 0; index < job.subscriptionsPerConnection; index++) {
          socket.send(
            JSON.stringify({
              id: `${connection}-${index}`,
              type: 'subscribe',
              payload: { query: job.query, variables: job.variables },
            }),
          );
        }
        resolve();
      } else if (message.type === 'next') {
        const key = message.payload?.data?.jobsUpdated?.key;
        const id = `${connection}/${message.id}`;
        if (!key) {
          errors += 1;
          return;
        }
        const keys = seen.get(id) ?? new Set<string>();
        seen.set(id, keys);
        if (keys.has(key)) return;
        keys.add(key);
        const times = receipts.get(key) ?? [];
        times.push(Date.now());
        receipts.set(key, times);
      } else if (message.type === 'error') {
        errors += 1;
      }
    });
    socket.on('error', () => {
      errors += 1;
      resolve();
    });
    socket.on('close', (code) => {
      if (code !== 1000) errors += 1;
      resolve();
    });
  });
}
