import { type Browser, chromium } from '@playwright/test';
import { chromiumLaunchOptions } from '../../../e2e/chromium.ts';

/** Headless Chromium, launched as the end-to-end specs launch it. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ headless: true, ...chromiumLaunchOptions() });
}
