import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fileWithin } from '../../src/http/static-page.ts';
import { createTestApp } from '../support/app.ts';

let dir: string;
let app: ReturnType<typeof createTestApp>;

beforeAll(async () => {
  // A page dir beside a secret file, as the built page sits inside the project.
  const parent = await mkdtemp(join(tmpdir(), 'static-page-'));
  dir = join(parent, 'dist');
  await mkdir(join(dir, 'assets'), { recursive: true });
  await writeFile(join(parent, 'secret.txt'), 'secret');
  await writeFile(join(dir, 'index.html'), '<!doctype html><title>page</title>');
  await writeFile(join(dir, 'assets', 'main-abc123.js'), 'console.log(1)');
  await writeFile(join(dir, 'assets', 'main-abc123.css'), 'body{}');
  await writeFile(join(dir, '.env'), 'TOKEN=1');
  app = createTestApp({ overrides: { pageDir: dir } });
});

afterAll(async () => {
  await app.stop();
  await rm(join(dir, '..'), { recursive: true, force: true });
});

const get = (path: string, init: RequestInit = {}) => app.yoga.fetch(`http://yoga${path}`, init);

describe('useStaticPage', () => {
  it('should serve index.html at / as HTML that is always revalidated', async () => {
    const response = await get('/');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('cache-control')).toBe('no-cache');
    expect(await response.text()).toContain('<title>page</title>');
  });

  it('should serve hashed assets with their content type, cached for good', async () => {
    const script = await get('/assets/main-abc123.js');
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(script.headers.get('cache-control')).toContain('immutable');
    expect(await script.text()).toBe('console.log(1)');
    const style = await get('/assets/main-abc123.css');
    expect(style.headers.get('content-type')).toBe('text/css; charset=utf-8');
  });

  it('should answer HEAD without a body', async () => {
    const response = await get('/', { method: 'HEAD' });
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('');
  });

  it.each([
    '/../secret.txt',
    '/%2e%2e/secret.txt',
    '/assets/%2e%2e%2f%2e%2e%2fsecret.txt',
    '/..%5csecret.txt',
    '/.env',
    '/missing.js',
    '/assets/',
    '/%E0%A4%A',
  ])('should not serve %s', async (path) => {
    const response = await get(path);
    expect(response.status).toBe(404);
    expect(await response.text()).not.toContain('secret');
  });

  it('should leave the gateway endpoints as they are', async () => {
    expect((await get('/health')).status).toBe(200);
    expect((await get('/metrics')).status).toBe(200);
    const graphql = await get('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    expect(await graphql.json()).toEqual({ data: { __typename: 'Query' } });
  });

  it('should answer 404 at / when the page was not built', async () => {
    const bare = createTestApp({ overrides: { pageDir: join(dir, 'nowhere') } });
    try {
      expect((await bare.yoga.fetch('http://yoga/')).status).toBe(404);
    } finally {
      await bare.stop();
    }
  });
});

describe('fileWithin', () => {
  it('should keep every path inside the root', () => {
    expect(fileWithin('/srv/page', '/')).toBe('/srv/page/index.html');
    expect(fileWithin('/srv/page', '/assets/a.js')).toBe('/srv/page/assets/a.js');
    expect(fileWithin('/srv/page', '/%2e%2e/etc/passwd')).toBeUndefined();
    expect(fileWithin('/srv/page', '/a%00.js')).toBeUndefined();
  });
});
