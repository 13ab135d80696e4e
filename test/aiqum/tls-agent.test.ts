import { writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServerAdapter } from '@whatwg-node/server';
import { generate } from 'selfsigned';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Config } from '../../src/config.ts';
import { ManualClock } from '../../src/simulator/clock.ts';
import { SEEDED_KEYS } from '../../src/simulator/seed.ts';
import { Simulator } from '../../src/simulator/simulator.ts';
import { createTestApp, errorCodes, execute } from '../support/app.ts';

const query = `query { job(key: "${SEEDED_KEYS.running}") { key } }`;

let server: Server;
let aiqumUrl: string;
let caFile: string;
const simulator = new Simulator({ clock: new ManualClock() });

beforeAll(async () => {
  const pems = await generate([{ name: 'commonName', value: 'localhost' }], { keySize: 2048 });
  caFile = join(tmpdir(), `aiqum-test-ca-${process.pid}.pem`);
  writeFileSync(caFile, pems.cert);
  server = createServer(
    { key: pems.private, cert: pems.cert },
    createServerAdapter((request: Request) => simulator.fetch(request)),
  );
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  aiqumUrl = `https://127.0.0.1:${(server.address() as AddressInfo).port}/api`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
  simulator.close();
});

async function queryWith(config: Partial<Config>) {
  const gateway = createTestApp({ config: { upstreamRetries: 0, ...config } });
  try {
    return await execute(gateway, query);
  } finally {
    await gateway.stop();
  }
}

describe('upstream TLS', () => {
  it('should refuse an upstream certificate no trusted CA signed', async () => {
    const response = await queryWith({ aiqumUrl });
    expect(errorCodes(response)).toEqual(['UPSTREAM_UNAVAILABLE']);
  });

  it('should trust the CAs in AIQUM_CA_FILE', async () => {
    const response = await queryWith({ aiqumUrl, aiqumCaFile: caFile });
    expect(response.errors).toEqual(undefined);
    expect(response.data).toEqual({ job: { key: SEEDED_KEYS.running } });
  });

  it('should skip certificate checks with AIQUM_TLS_INSECURE', async () => {
    const response = await queryWith({ aiqumUrl, aiqumTlsInsecure: true });
    expect(response.errors).toEqual(undefined);
  });

  it('should refuse to start with a CA file that holds no certificate', () => {
    const empty = join(tmpdir(), `aiqum-test-empty-${process.pid}.pem`);
    writeFileSync(empty, 'nothing here');
    expect(() => createTestApp({ config: { aiqumUrl, aiqumCaFile: empty } })).toThrow(/PEM/);
    expect(() => createTestApp({ config: { aiqumUrl, aiqumCaFile: '/no/such.pem' } })).toThrow(
      /readable PEM/,
    );
  });
});
