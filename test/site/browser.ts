/**
 * Debian's chromium, driven by playwright-core. CI installs it (`.ci/run`); on a machine without it the browser
 * tests are skipped with a message, except in CI, where a missing browser is a failure.
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** True when the browser tests can run here. */
export function hasBrowser(): boolean {
  if (existsSync(CHROMIUM)) return true;
  if (process.env.CI) throw new Error(`browser tests need ${CHROMIUM} (installed by .ci/run)`);
  console.warn(`skipping browser tests: no ${CHROMIUM} (apt-get install chromium)`);
  return false;
}

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'],
  });
}
