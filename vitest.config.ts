import { defineConfig } from 'vitest/config';

// One run covers every package: unit tests beside the code and integration tests that start
// real servers on loopback (proxy/). End-to-end specs run under Playwright, not here.
export default defineConfig({
  test: {
    projects: ['shared', 'proxy', 'web'],
  },
});
