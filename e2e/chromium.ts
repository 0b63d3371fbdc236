import { existsSync } from 'node:fs';
import type { LaunchOptions } from '@playwright/test';

/**
 * Debian's Chromium where it exists (CI machines and containers have no Playwright browser
 * download), Playwright's own browser otherwise; with the system one, everything that would do
 * work of its own in the background (or reach the network) is turned off.
 */
export function chromiumLaunchOptions(): LaunchOptions {
  const systemChromium =
    process.env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);
  if (!systemChromium) return {};
  return {
    executablePath: systemChromium,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  };
}
