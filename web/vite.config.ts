import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

// In development the proxy still does the real work; Vite only adds hot reload in front of it, so
// every path the proxy owns is forwarded to it unchanged (WebSockets included).
const proxy = { target: 'http://127.0.0.1:8787', ws: true };

// The proxy, started with --dev by `pnpm dev`, keeps its launch key here (see proxy/src/dev-token.ts)
// and accepts this dev server's origin; the page Vite serves needs the key as the built page has it.
const devTokenFile = fileURLToPath(
  new URL('../node_modules/.cache/http-playground/dev-token', import.meta.url),
);

function launchTokenInPage(): Plugin {
  return {
    name: 'playground-launch-token',
    apply: 'serve',
    transformIndexHtml() {
      let token = '';
      try {
        token = readFileSync(devTokenFile, 'utf8').trim();
      } catch {
        // The proxy has not started yet: reload the page once it has.
      }
      return [{ tag: 'meta', attrs: { name: 'playground-token', content: token }, injectTo: 'head' }];
    },
  };
}

export default defineConfig({
  plugins: [react(), launchTokenInPage()],
  resolve: { tsconfigPaths: true },
  server: {
    // The proxy accepts this port's origin in dev; another port would be refused, so never drift.
    port: 5173,
    strictPort: true,
    proxy: { '/api': proxy, '/httpbin': proxy, '/practice': proxy },
  },
  // PLAYGROUND_WEB_DIST lets several checkouts' test runs build side by side without replacing
  // each other's files mid-run; the proxy reads the same variable.
  build: process.env.PLAYGROUND_WEB_DIST
    ? { outDir: process.env.PLAYGROUND_WEB_DIST, emptyOutDir: true }
    : {},
});
