import type { UpstreamJobList } from '../../src/aiqum/wire-types.ts';
import type { Simulator } from '../../src/simulator/simulator.ts';
import { ADMIN } from './app.ts';

/** The newest `count` job keys straight from the simulator's REST API, leaving no request count behind. */
export async function upstreamKeys(simulator: Simulator, count: number): Promise<string[]> {
  const list = await upstreamList(simulator, `max_records=${count}`);
  if (list.records.length < count)
    throw new Error(`expects ${count} seeded jobs, but got ${list.records.length}`);
  return list.records.map((job) => job.key);
}

/** GET /management-server/jobs?query straight from the simulator, not counted in its requests. */
export async function upstreamList(simulator: Simulator, query: string): Promise<UpstreamJobList> {
  const before = simulator.requests.length;
  const response = await simulator.fetch(
    new Request(`http://aiqum.test/api/management-server/jobs?${query}`, {
      headers: { authorization: ADMIN },
    }),
  );
  simulator.requests.splice(before);
  if (!response.ok)
    throw new Error(`simulator answered ${response.status}: ${await response.text()}`);
  return (await response.json()) as UpstreamJobList;
}
