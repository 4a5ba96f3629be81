import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
import { mockConnectEndpoint } from './src/dev/mock-connect-endpoint.js';

const root = import.meta.dirname;
export const DEV_PORT = 5173;

/** The widget injects its CSS itself; this also ships it as `connect-hub/styles.css` for strict-CSP and SSR hosts. */
function emitStylesheet(): Plugin {
  return {
    name: 'connect-hub:emit-stylesheet',
    apply: 'build',
    generateBundle() {
      this.emitFile({
        type: 'asset',
        fileName: 'connect-hub.css',
        source: readFileSync(resolve(root, 'src/styles/connect-hub.css'), 'utf8'),
      });
    },
  };
}

// One config, two jobs: `vite` serves the dev page (src/dev) with the mock connect endpoint;
// `vite build` builds the library from src/index.ts into dist/.
export default defineConfig(({ command }) => ({
  plugins: [react(), mockConnectEndpoint(), emitStylesheet()],
  root: command === 'serve' ? resolve(root, 'src/dev') : root,
  // public/ serves the dev page only; the library ships nothing from it.
  publicDir: command === 'serve' ? resolve(root, 'public') : false,
  server: { port: DEV_PORT, strictPort: true, host: '127.0.0.1' },
  preview: { port: DEV_PORT, strictPort: true, host: '127.0.0.1' },
  build: {
    outDir: resolve(root, 'dist'),
    emptyOutDir: true,
    sourcemap: true,
    minify: true,
    lib: {
      entry: resolve(root, 'src/index.ts'),
      formats: ['es'],
      fileName: () => 'connect-hub.js',
      cssFileName: 'connect-hub',
    },
    rolldownOptions: {
      external: [/^react(-dom)?(\/.*)?$/],
    },
  },
  test: {
    root,
    environment: 'jsdom',
    include: ['src/**/*.test.{ts,tsx}'],
    setupFiles: [resolve(root, 'src/test/setup.ts')],
  },
}));
