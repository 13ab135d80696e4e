import { afterEach, describe, expect, it, vi } from 'vitest';
import { ManualClock } from '../../src/simulator/clock.ts';
import { SEEDED_KEYS } from '../../src/simulator/seed.ts';
import { serveSimulator } from '../../src/simulator/serve.ts';
import { Simulator } from '../../src/simulator/simulator.ts';
import { basicAuth, errorOf, getFrom, JOBS_URL, jobUrl } from '../support/simulator-requests.ts';

const disposers: (() => unknown)[] = [];

function createSimulator(): Simulator {
  const simulator = new Simulator({ clock: new ManualClock() });
  disposers.push(() => simulator.close());
  return simulator;
}

afterEach(async () => {
  for (const dispose of disposers.splice(0).reverse()) await dispose();
});

const key = SEEDED_KEYS.completedNormal;

describe('simulator faults', () => {
  it('should answer an injected status with an AIQUM error body, once by default', async () => {
    const simulator = createSimulator();
    simulator.injectFault({ status: 500 });
    const faulted = await getFrom(simulator, jobUrl(key));
    expect(faulted.status).toBe(500);
    expect(await errorOf(faulted)).toMatchObject({
      code: expect.any(String),
      message: expect.any(String),
    });
    expect((await getFrom(simulator, jobUrl(key))).status).toBe(200);
  });

  it('should send a garbage body and headers as given', async () => {
    const simulator = createSimulator();
    simulator.injectFault({
      status: 502,
      body: '<html>bad gateway',
      headers: { 'content-type': 'text/html' },
    });
    const response = await getFrom(simulator, JOBS_URL);
    expect(response.status).toBe(502);
    expect(response.headers.get('content-type')).toBe('text/html');
    expect(await response.text()).toBe('<html>bad gateway');
  });

  it('should apply faults first in, first out, each for its number of times', async () => {
    const simulator = createSimulator();
    simulator.injectFault({ status: 429, times: 2, headers: { 'retry-after': '1' } });
    simulator.injectFault({ status: 503 });
    const statuses: number[] = [];
    for (let index = 0; index < 4; index += 1)
      statuses.push((await getFrom(simulator, jobUrl(key))).status);
    expect(statuses).toEqual([429, 429, 503, 200]);
  });

  it('should only hit requests its match accepts', async () => {
    const simulator = createSimulator();
    simulator.injectFault({
      status: 500,
      match: (request) => request.jobKey === SEEDED_KEYS.error,
    });
    expect((await getFrom(simulator, jobUrl(key))).status).toBe(200);
    expect((await getFrom(simulator, JOBS_URL)).status).toBe(200);
    expect((await getFrom(simulator, jobUrl(SEEDED_KEYS.error))).status).toBe(500);
  });

  it('should answer 401 and 403 faults with no body', async () => {
    const simulator = createSimulator();
    simulator.injectFault({ status: 403 });
    const response = await getFrom(simulator, jobUrl(key));
    expect(response.status).toBe(403);
    expect(await response.text()).toBe('');
  });

  it('should delay the normal answer', async () => {
    const simulator = createSimulator();
    simulator.injectFault({ delayMs: 50 });
    const started = Date.now();
    const response = await getFrom(simulator, jobUrl(key));
    expect(Date.now() - started).toBeGreaterThanOrEqual(45);
    expect(response.status).toBe(200);
  });

  it('should end a delay when the request aborts', async () => {
    const simulator = createSimulator();
    simulator.injectFault({ delayMs: 60_000, status: 500 });
    const controller = new AbortController();
    const pending = getFrom(simulator, jobUrl(key), { signal: controller.signal });
    await vi.waitFor(() => expect(simulator.heldRequestCount).toBe(1), { interval: 1 });
    controller.abort();
    await expect(pending).rejects.toMatchObject({ name: 'AbortError' });
    expect(simulator.heldRequestCount).toBe(0);
  });

  it('should answer every request after its configured latency', async () => {
    const simulator = new Simulator({ clock: new ManualClock(), latencyMs: 300 });
    const startedAt = performance.now();
    const pending = getFrom(simulator, jobUrl(SEEDED_KEYS.running));
    await expect.poll(() => simulator.heldRequestCount).toBe(1);
    expect((await pending).status).toBe(200);
    expect(performance.now() - startedAt).toBeGreaterThanOrEqual(290);
    simulator.close();
  });

  it('should refuse a fault it cannot give', () => {
    const simulator = createSimulator();
    expect(() => simulator.injectFault({ status: 500, times: 0 })).toThrow(/times/);
    expect(() => simulator.injectFault({ status: 99 })).toThrow(/status/);
  });
});

describe('simulator request counting', () => {
  it('should count GETs per job key, refused and faulted ones included', async () => {
    const simulator = createSimulator();
    simulator.injectFault({ status: 500 });
    await getFrom(simulator, jobUrl(key));
    await getFrom(simulator, jobUrl(key));
    await simulator.fetch(new Request(jobUrl(key)));
    await getFrom(simulator, jobUrl(SEEDED_KEYS.error));
    await getFrom(simulator, `${JOBS_URL}?key=${encodeURIComponent(key)}`);
    await simulator.fetch(new Request(jobUrl(key), { method: 'DELETE', headers: basicAuth() }));
    expect(simulator.requestsForJob(key)).toBe(3);
    expect(simulator.requestsForJob(SEEDED_KEYS.error)).toBe(1);
    expect(simulator.requestsForJob('unknown')).toBe(0);
    expect(simulator.requests).toHaveLength(6);
  });
});

describe('serveSimulator', () => {
  it('should serve the simulator over real HTTP on a free port', async () => {
    const simulator = createSimulator();
    const served = await serveSimulator(simulator);
    disposers.push(() => served.close());
    expect(served.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/api$/);

    const job = await fetch(`${served.url}/management-server/jobs/${encodeURIComponent(key)}`, {
      headers: basicAuth(),
    });
    expect(job.status).toBe(200);
    expect(((await job.json()) as { key: string }).key).toBe(key);
    const refused = await fetch(`${served.url}/management-server/jobs`);
    expect(refused.status).toBe(401);
    expect(await refused.text()).toBe('');

    const held = fetch(
      `${served.url}/management-server/jobs/${encodeURIComponent(SEEDED_KEYS.running)}?poll_timeout=120`,
      {
        headers: basicAuth(),
      },
    );
    await vi.waitFor(() => expect(simulator.heldRequestCount).toBe(1), { interval: 5 });
    simulator.advance(15_000);
    expect((await held).status).toBe(200);
    expect(simulator.heldRequestCount).toBe(0);
  });

  it('should drop held requests when the server closes', async () => {
    const simulator = createSimulator();
    const served = await serveSimulator(simulator, { port: 0 });
    const url = `${served.url}/management-server/jobs/${encodeURIComponent(SEEDED_KEYS.running)}?poll_timeout=120`;
    const held = fetch(url, { headers: basicAuth() }).catch((error: unknown) => error);
    await vi.waitFor(() => expect(simulator.heldRequestCount).toBe(1), { interval: 5 });
    await served.close();
    expect(await held).toBeInstanceOf(Error);
    await vi.waitFor(() => expect(simulator.heldRequestCount).toBe(0), { interval: 5 });
  });
});
