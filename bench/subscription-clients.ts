// A child process of bench/subscriptions.ts: opens WebSocket connections to the gateway, one
// jobUpdated subscription each, speaking graphql-transport-ws directly (no client library, so
// the client side stays light), and reports when every subscription got its first event and
// when each got the next one. Separate processes keep each under the file-descriptor limit.
import WebSocket from 'ws';

export interface ClientsJob {
  url: string;
  authorization: string;
  query: string;
  variables: Record<string, unknown>;
  connections: number;
  /** Connections being opened at once. */
  concurrency: number;
}

export type ClientsReport =
  | { type: 'ready'; subscribed: number; errors: number }
  | { type: 'received'; times: number[]; errors: number };

const send = (report: ClientsReport) => process.send?.(report);

process.once('message', async (job: ClientsJob) => {
  const sockets: WebSocket[] = [];
  const secondEventAt: number[] = [];
  let firstEvents = 0;
  let errors = 0;
  let readyResolve: () => void = () => {};
  const ready = new Promise<void>((resolve) => (readyResolve = resolve));
  let allReceived: () => void = () => {};
  const received = new Promise<void>((resolve) => (allReceived = resolve));

  const open = () =>
    new Promise<void>((resolve) => {
      const socket = new WebSocket(job.url, 'graphql-transport-ws');
      sockets.push(socket);
      let events = 0;
      socket.on('open', () =>
        socket.send(
          JSON.stringify({
            type: 'connection_init',
            payload: { authorization: job.authorization },
          }),
        ),
      );
      socket.on('message', (data) => {
        const message = JSON.parse(String(data)) as { type: string };
        if (message.type === 'connection_ack') {
          socket.send(
            JSON.stringify({
              id: '1',
              type: 'subscribe',
              payload: { query: job.query, variables: job.variables },
            }),
          );
          resolve();
        } else if (message.type === 'next') {
          events += 1;
          if (events === 1 && ++firstEvents === job.connections) readyResolve();
          if (events === 2) {
            secondEventAt.push(Date.now());
            if (secondEventAt.length === job.connections) allReceived();
          }
        } else if (message.type === 'error') {
          errors += 1;
        }
      });
      socket.on('error', () => {
        errors += 1;
        resolve();
      });
    });

  for (let opened = 0; opened < job.connections; opened += job.concurrency) {
    const batch = Math.min(job.concurrency, job.connections - opened);
    await Promise.all(Array.from({ length: batch }, open));
  }
  await ready;
  send({ type: 'ready', subscribed: firstEvents, errors });
  await received;
  send({ type: 'received', times: secondEventAt, errors });
  for (const socket of sockets) socket.terminate();
  process.disconnect();
});
