import { existsSync } from 'node:fs';
import { type Browser, chromium } from '@playwright/test';

/** The system's Chromium when there is one (it matches the OS libraries); Playwright's own otherwise. */
const SYSTEM_CHROMIUM = '/usr/bin/chromium';

/** Headless Chromium with everything that would do work of its own in the background turned off. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    headless: true,
    executablePath: existsSync(SYSTEM_CHROMIUM) ? SYSTEM_CHROMIUM : undefined,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}
