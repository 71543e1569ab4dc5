import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// The same bundle serves Electron (app://thuky/) and the browser via the host; absolute base so
// print views at /print/<view> find their assets.
export default defineConfig({
  root: '.',
  base: '/',
  plugins: [react()],
  build: {
    outDir: 'dist/renderer',
    emptyOutDir: true,
    sourcemap: true,
    chunkSizeWarningLimit: 2000,
  },
  server: { port: 5173 },
});
