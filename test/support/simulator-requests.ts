import { afterEach } from 'vitest';
import type {
  UpstreamErrorBody,
  UpstreamJob,
  UpstreamJobList,
} from '../../src/aiqum/wire-types.ts';
import { ManualClock } from '../../src/simulator/clock.ts';
import { Simulator, type SimulatorOptions } from '../../src/simulator/simulator.ts';

/**
 * Makes simulators on a manual clock (with `defaults`, then the call's options) for one test
 * file, called at its top level: every one it makes is closed after each test.
 */
export function simulatorFactory(
  defaults: SimulatorOptions = {},
): (options?: SimulatorOptions) => Simulator {
  const simulators: Simulator[] = [];
  afterEach(() => {
    for (const simulator of simulators.splice(0)) simulator.close();
  });
  return (options = {}) => {
    const simulator = new Simulator({ clock: new ManualClock(), ...defaults, ...options });
    simulators.push(simulator);
    return simulator;
  };
}

export const SIMULATOR_BASE = 'http://sim/api';
export const JOBS_URL = `${SIMULATOR_BASE}/management-server/jobs`;

export function basicAuth(user = 'admin', password = user): Record<string, string> {
  return { authorization: `Basic ${btoa(`${user}:${password}`)}` };
}

export function jobUrl(key: string, query = ''): string {
  return `${JOBS_URL}/${encodeURIComponent(key)}${query ? `?${query}` : ''}`;
}

/** GET `url` from the simulator as admin (or the given user). */
export function getFrom(
  simulator: Simulator,
  url: string,
  init: { user?: string; signal?: AbortSignal } = {},
): Promise<Response> {
  const requestInit: RequestInit = { headers: basicAuth(init.user) };
  if (init.signal) requestInit.signal = init.signal;
  return simulator.fetch(new Request(url, requestInit));
}

export async function getJobJson(simulator: Simulator, key: string, query = '') {
  const response = await getFrom(simulator, jobUrl(key, query));
  return { status: response.status, job: (await response.json()) as UpstreamJob };
}

export async function listJobsJson(simulator: Simulator, query = '') {
  const response = await getFrom(simulator, query ? `${JOBS_URL}?${query}` : JOBS_URL);
  const body = (await response.json()) as UpstreamJobList & UpstreamErrorBody;
  return { status: response.status, body };
}

export async function errorOf(response: Response) {
  return ((await response.json()) as UpstreamErrorBody).error;
}
