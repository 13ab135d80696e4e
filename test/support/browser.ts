import { existsSync } from 'node:fs';
import { type Browser, chromium } from 'playwright-core';

/** Debian's Chromium (`apt-get install chromium`); playwright-core never downloads a browser. */
export const CHROMIUM_PATH = '/usr/bin/chromium';

// Headless as root on a machine without network: no sandbox, no GPU, no calls home.
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-quic',
  '--no-first-run',
  '--disable-component-update',
  '--disable-sync',
];

const LAUNCH_TIMEOUT_MS = 15_000;

/**
 * Whether browser tests run. Outside CI a machine without Chromium skips them, loudly; in CI
 * they run regardless and fail at launch, so a missing Chromium is never a silent pass.
 */
export function browserTestsEnabled(name: string): boolean {
  if (existsSync(CHROMIUM_PATH) || process.env.CI) return true;
  console.warn(
    `\n*** SKIPPING ${name}: no Chromium at ${CHROMIUM_PATH}. ` +
      'Install it with `apt-get install -y chromium` (CI does, and fails without it). ***\n',
  );
  return false;
}

/** Launches Chromium; playwright gives each launch a fresh temporary profile (user data dir). */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: CHROMIUM_ARGS,
    timeout: LAUNCH_TIMEOUT_MS,
  });
}
