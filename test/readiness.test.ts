import { describe, expect, it } from 'vitest';
import { testAppFactory } from './support/app.ts';

const app = testAppFactory();

async function ready(gateway: ReturnType<typeof app>) {
  const response = await gateway.yoga.fetch('http://yoga/ready');
  return {
    status: response.status,
    body: (await response.json()) as { ready: boolean; checks: Record<string, string> },
  };
}

describe('/ready', () => {
  it('should answer 200 when upstream answers, even with 401 to a probe without credentials', async () => {
    const gateway = app();
    const { status, body } = await ready(gateway);
    expect(status).toBe(200);
    expect(body).toEqual({ ready: true, checks: { upstream: 'ok' } });
    expect(gateway.simulator.requests.at(-1)?.query.get('max_records')).toBe('1');
  });

  it('should answer 503 when upstream cannot be reached', async () => {
    const { status, body } = await ready(app({ config: { aiqumUrl: 'http://127.0.0.1:1/api' } }));
    expect(status).toBe(503);
    expect(body.ready).toBe(false);
    expect(body.checks.upstream).toMatch(/unreachable/);
  });

  it('should answer 503 when upstream answers 5xx', async () => {
    const gateway = app();
    gateway.simulator.injectFault({ status: 503 });
    expect((await ready(gateway)).status).toBe(503);
  });

  it('should ask upstream at most once for probes that come together', async () => {
    const gateway = app();
    await Promise.all([ready(gateway), ready(gateway), ready(gateway)]);
    expect(gateway.simulator.requests).toHaveLength(1);
  });

  it('should answer 503 once shutting down', async () => {
    const gateway = app();
    gateway.readiness.markShuttingDown();
    const { status, body } = await ready(gateway);
    expect(status).toBe(503);
    expect(body.checks).toEqual({ process: 'shutting down' });
  });
});
