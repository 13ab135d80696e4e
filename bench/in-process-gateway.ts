// A gateway in the bench's own process (so the bench can read its heap and its watchers), over
// the simulator served on loopback. The gateway is its compiled JavaScript, as production runs
// it (a TypeScript loader's helpers would weigh on every subscription's heap): call
// `buildGateway()` (server-processes.ts) once before the first `startGateway`.
import type * as ConfigModule from '../src/config.ts';
import type * as ServerModule from '../src/server.ts';
import type { App } from '../src/server.ts';
import { serveSimulator } from '../src/simulator/serve.ts';
import { Simulator } from '../src/simulator/simulator.ts';

const DIST = new URL('../dist/', import.meta.url);

export interface Gateway {
  simulator: Simulator;
  app: App;
  url: string;
  upstreamUrl: string;
  close(): Promise<void>;
}

export async function startGateway(options: {
  longPoll: boolean;
  pollIntervalMs?: number;
  /** The simulator starts with its demo jobs. */
  seed?: boolean;
}): Promise<Gateway> {
  const { loadConfig } = (await import(new URL('config.js', DIST).href)) as typeof ConfigModule;
  const { buildApp } = (await import(new URL('server.js', DIST).href)) as typeof ServerModule;
  const simulator = new Simulator({ seed: options.seed ?? false, longPoll: options.longPoll });
  const upstream = await serveSimulator(simulator);
  const app = buildApp({
    ...loadConfig({}),
    aiqumUrl: upstream.url,
    host: '127.0.0.1',
    port: 0,
    logLevel: 'silent',
    ...(options.pollIntervalMs ? { pollIntervalMs: options.pollIntervalMs } : {}),
  });
  const { url } = await app.start();
  return {
    simulator,
    app,
    url,
    upstreamUrl: upstream.url,
    async close() {
      await app.stop();
      await upstream.close();
      simulator.close();
    },
  };
}
