import { defineProject } from 'vitest/config';

// Integration tests start real servers on loopback; give them room on a busy 2-core machine.
export default defineProject({
  test: { name: 'proxy', environment: 'node', testTimeout: 30_000, hookTimeout: 30_000 },
});
