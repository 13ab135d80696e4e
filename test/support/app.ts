import { afterEach } from 'vitest';
import { type Config, loadConfig } from '../../src/config.ts';
import { type App, type AppOverrides, buildApp } from '../../src/server.ts';
import { ManualClock } from '../../src/simulator/clock.ts';
import { Simulator } from '../../src/simulator/simulator.ts';
import type { TypedDocumentString } from '../generated/graphql.ts';

export const ADMIN = `Basic ${btoa('admin:admin')}`;
export const OPERATOR = `Basic ${btoa('operator:operator')}`;

export interface GraphQLResponse<TData> {
  status: number;
  data?: TData | null;
  errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, unknown> }[];
}

/** Config as tests want it: quiet, loopback, port 0, and `overrides` on top. */
export function testConfig(overrides: Partial<Config> = {}): Config {
  return { ...loadConfig({}), host: '127.0.0.1', port: 0, logLevel: 'silent', ...overrides };
}

export interface TestAppOptions {
  config?: Partial<Config>;
  overrides?: AppOverrides;
}

/** A gateway over a seeded simulator on a manual clock: nothing moves until the test says so. */
export function createTestApp(options: TestAppOptions = {}): App & { simulator: Simulator } {
  const simulator = options.overrides?.simulator ?? new Simulator({ clock: new ManualClock() });
  const app = buildApp(testConfig(options.config), {
    retryDelayMs: 1,
    ...options.overrides,
    simulator,
  });
  return Object.assign(app, { simulator });
}

/**
 * `createTestApp` for one test file, called at its top level: every gateway it makes is
 * stopped after each test.
 */
export function testAppFactory(): (options?: TestAppOptions) => ReturnType<typeof createTestApp> {
  const apps: App[] = [];
  afterEach(async () => {
    await Promise.all(apps.splice(0).map((app) => app.stop()));
  });
  return (options = {}) => {
    const app = createTestApp(options);
    apps.push(app);
    return app;
  };
}

/** Runs one operation in-process through `yoga.fetch`. */
export async function execute<TData, TVariables>(
  app: Pick<App, 'yoga'>,
  document: TypedDocumentString<TData, TVariables> | string,
  variables?: TVariables,
  authorization: string | null = ADMIN,
): Promise<GraphQLResponse<TData>> {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (authorization) headers.authorization = authorization;
  const response = await app.yoga.fetch('http://yoga/graphql', {
    method: 'POST',
    headers,
    body: JSON.stringify({ query: document.toString(), variables }),
  });
  const body = (await response.json()) as Omit<GraphQLResponse<TData>, 'status'>;
  return { status: response.status, ...body };
}

export function errorCodes(response: GraphQLResponse<unknown>): unknown[] {
  return (response.errors ?? []).map((error) => error.extensions?.code);
}
