import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

// Resolved from this file, not the working directory, so `vite build --config web/vite.config.ts`
// and the JS API called from a test build the same thing.
const root = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root,
  // Served under /console by the local runtime and by CloudFront in AWS.
  base: '/console/',
  logLevel: 'warn',
  build: {
    outDir: fileURLToPath(new URL('./dist', import.meta.url)),
    emptyOutDir: true,
    target: 'es2022',
  },
});
