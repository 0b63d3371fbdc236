import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// In development the proxy still does the real work; Vite only adds hot reload in front of it, so
// every path the proxy owns is forwarded to it unchanged (WebSockets included).
const proxy = { target: 'http://127.0.0.1:8787', ws: true };

export default defineConfig({
  plugins: [react()],
  resolve: { tsconfigPaths: true },
  server: {
    proxy: { '/api': proxy, '/httpbin': proxy, '/practice': proxy },
  },
});
