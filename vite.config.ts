import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// The same bundle serves Electron (file:// via app protocol) and the browser via the host: relative base.
export default defineConfig({
  root: '.',
  base: './',
  plugins: [react()],
  build: {
    outDir: 'dist/renderer',
    emptyOutDir: true,
    sourcemap: true,
    chunkSizeWarningLimit: 2000,
  },
  server: { port: 5173 },
});
