// The simulator as a process of its own, like a real AIQUM on another host: prints its base
// URL as one JSON line on stdout, and exits when stdin closes (its parent went away).
// argv[2], when given, is the latency in ms every answer waits.
import { serveSimulator } from '../src/simulator/serve.ts';
import { Simulator } from '../src/simulator/simulator.ts';

const simulator = new Simulator({ latencyMs: Number(process.argv[2] ?? 0) });
const served = await serveSimulator(simulator);
process.stdout.write(`${JSON.stringify({ url: served.url })}\n`);

process.stdin.resume();
process.stdin.on('end', async () => {
  await served.close();
  simulator.close();
  process.exit(0);
});
