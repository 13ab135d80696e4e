import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserTestsEnabled, launchChromium } from '../support/browser.ts';
import { WAIT_MS } from '../support/console-page.ts';
import { type Disposables, startGateway } from '../support/gateway.ts';

describe.skipIf(!browserTestsEnabled('the GraphiQL page test'))("the gateway's GraphiQL", () => {
  const disposables: Disposables = [];
  let browser: Browser;
  let origin: string;

  beforeAll(async () => {
    const gateway = await startGateway(disposables);
    origin = new URL(gateway.url).origin;
    browser = await launchChromium();
    disposables.push(() => browser.close());
  });

  afterAll(async () => {
    for (const dispose of disposables.reverse()) await dispose();
  });

  it('should give GraphiQL the WebSocket transport for subscriptions', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    // GraphiQL loads from a CDN this machine cannot reach: stand in for it and record what
    // the gateway's page hands it.
    await page.route(/^https:\/\/(unpkg\.com|raw\.githubusercontent\.com)\//, (route) =>
      route.request().url().endsWith('yoga-graphiql.umd.js')
        ? route.fulfill({
            contentType: 'text/javascript',
            body: 'window.YogaGraphiQL = { renderYogaGraphiQL: (_root, options) => { window.graphiqlOptions = options; } };',
          })
        : route.fulfill({ body: '' }),
    );
    await page.goto(`${origin}/graphql`);
    const options = await page.waitForFunction(() => Reflect.get(window, 'graphiqlOptions'), null, {
      timeout: WAIT_MS,
    });
    // GraphiQL's endpoint defaults to the page's own path, where graphql-ws listens.
    expect(new URL(page.url()).pathname).toBe('/graphql');
    expect(await options.jsonValue()).toMatchObject({ subscriptionsProtocol: 'WS' });
    await context.close();
  });
});
