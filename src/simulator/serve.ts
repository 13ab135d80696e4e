import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createServerAdapter } from '@whatwg-node/server';
import type { Simulator } from './simulator.ts';

export interface ServedSimulator {
  /** Base URL of the API, e.g. `http://127.0.0.1:PORT/api`. */
  url: string;
  /** Stops listening and drops open connections; the simulator itself stays open. */
  close(): Promise<void>;
}

/** Serves the simulator over plain HTTP (port 0 = any free port). */
export async function serveSimulator(
  simulator: Simulator,
  options: { host?: string; port?: number } = {},
): Promise<ServedSimulator> {
  const host = options.host ?? '127.0.0.1';
  const adapter = createServerAdapter((request: Request) => simulator.fetch(request));
  const server = createServer(adapter);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  const urlHost = host.includes(':') ? `[${host}]` : host;
  return {
    url: `http://${urlHost}:${port}/api`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}
