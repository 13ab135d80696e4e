import { defineConfig } from 'vite';

// Root is this folder (`vite build examples/live-jobs`); the gateway serves dist/ at `/`.
// In dev mode (`npx vite examples/live-jobs`), /graphql and its WebSocket go to the gateway.
const GATEWAY = 'http://localhost:4000';

export default defineConfig({
  build: { outDir: 'dist', emptyOutDir: true },
  server: { proxy: { '/graphql': { target: GATEWAY, ws: true } } },
});
