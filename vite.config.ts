import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import type { BuildEnvironmentOptions, Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
import { elementHostPage } from './src/dev/element/element-host.js';
import { mockConnectEndpoint } from './src/dev/mock-connect-endpoint.js';
import { referenceEndpoint } from './src/dev/reference-endpoint.js';

const root = import.meta.dirname;
export const DEV_PORT = 5173;
const ELEMENT_MODE = 'element';

/**
 * The dev page's root is src/dev, so the widget's own files (src/components, src/styles, …) are
 * outside it, and the dev server watches each of them alone, once loaded. A file replaced rather
 * than rewritten (`git checkout`, `git stash`, an editor's atomic save) then drops out of the watch,
 * and the page keeps serving its old version until a restart. Watching the whole of src keeps it.
 */
function watchWidgetSource(): Plugin {
  return {
    name: 'connect-hub:watch-widget-source',
    apply: 'serve',
    configureServer(server) {
      server.watcher.add(resolve(root, 'src'));
    },
  };
}

/**
 * The widget injects its CSS itself; this also ships it as `connect-hub/styles.css` for strict-CSP
 * and SSR hosts: the very text it injects (the `?inline` imports as the build transformed and
 * minified them), connect-hub.css first, as the component joins them. Not the source files: a host
 * that links the file with no bundler of its own would get the comments, twice the bytes.
 * Beside it, its declaration (`types` in package.json's exports): TypeScript checks that a
 * side-effect import resolves (TS2882 in a host without a bundler's `*.css` declarations).
 */
function emitStylesheet(): Plugin {
  return {
    name: 'connect-hub:emit-stylesheet',
    apply: 'build',
    generateBundle() {
      const dir = resolve(root, 'src/styles');
      const files = readdirSync(dir)
        .filter((file) => file.endsWith('.css'))
        .sort((a, b) => Number(b === 'connect-hub.css') - Number(a === 'connect-hub.css') || a.localeCompare(b));
      const injected = files.map((file) => {
        const code = this.getModuleInfo(`${resolve(dir, file)}?inline`)?.code;
        const css = code && /^export default ("(?:[^"\\]|\\.)*")/.exec(code)?.[1];
        if (!css) throw new Error(`emit-stylesheet: src/styles/${file} is not imported with ?inline, as the widget injects its CSS`);
        return JSON.parse(css) as string;
      });
      this.emitFile({ type: 'asset', fileName: 'connect-hub.css', source: injected.join('') });
      this.emitFile({
        type: 'asset',
        fileName: 'connect-hub.css.d.ts',
        source: "// connect-hub/styles.css is a stylesheet, imported for its rules: `import 'connect-hub/styles.css'`.\nexport {};\n",
      });
    },
  };
}

/**
 * The library's entries: `connect-hub` (React external), `connect-hub/server`, the locale packs
 * and, with `--mode element`, `connect-hub/element` (React bundled).
 */
function libraryBuild(mode: string): BuildEnvironmentOptions {
  const base = { outDir: resolve(root, 'dist'), sourcemap: true, minify: true } as const;
  if (mode === ELEMENT_MODE) {
    return {
      ...base,
      // Runs after the main build, into the same folder.
      emptyOutDir: false,
      lib: { entry: resolve(root, 'src/element.tsx'), formats: ['es'], fileName: () => 'element.js' },
      // A final bundle, not input to another bundler: minify whitespace too (lib builds keep it
      // in ES format so that hosts' bundlers still see the pure annotations).
      // One file for a `<script type="module">`: the provider screen's code, loaded on demand in the
      // React entry, is inlined here (a page without a bundler would have to host its chunk too).
      rolldownOptions: { output: { minify: true, codeSplitting: false } },
    };
  }
  return {
    ...base,
    emptyOutDir: true,
    lib: {
      entry: {
        'connect-hub': resolve(root, 'src/index.ts'),
        server: resolve(root, 'src/server/index.ts'),
        // Opt-in languages (`connect-hub/locales/fr`…), so that English-only hosts do not ship them.
        'locales/fr': resolve(root, 'src/locales/fr.ts'),
        'locales/de': resolve(root, 'src/locales/de.ts'),
      },
      formats: ['es'],
      fileName: (_format, entryName) => `${entryName}.js`,
      cssFileName: 'connect-hub',
    },
    rolldownOptions: {
      external: [/^react(-dom)?(\/.*)?$/],
    },
  };
}

/** `react` and `react-dom` (with their subpaths) resolved to the React 18 install, for the `react18` test project. */
const react18Aliases = [
  { find: /^react$/, replacement: 'react18' },
  { find: /^react\/(jsx-runtime|jsx-dev-runtime)$/, replacement: 'react18/$1' },
  { find: /^react-dom$/, replacement: 'react-dom18' },
  { find: /^react-dom\/(client|server|test-utils)$/, replacement: 'react-dom18/$1' },
];
const react18Inline = [/@testing-library\/react/, /react-hook-form/, /@tanstack\/react-query/, /@hookform\/resolvers/];

// One config, three jobs: `vite` serves the dev page (src/dev) with the mock connect endpoint;
// `vite build` builds the library from src/index.ts into dist/, and `vite build --mode element`
// adds the standalone custom-element bundle dist/element.js.
export default defineConfig(({ command, mode }) => ({
  plugins: [react(), watchWidgetSource(), mockConnectEndpoint(), referenceEndpoint(), elementHostPage(root), ...(mode === ELEMENT_MODE ? [] : [emitStylesheet()])],
  root: command === 'serve' ? resolve(root, 'src/dev') : root,
  // public/ serves the dev page only; the library ships nothing from it.
  publicDir: command === 'serve' ? resolve(root, 'public') : false,
  server: { port: DEV_PORT, strictPort: true, host: '127.0.0.1' },
  preview: { port: DEV_PORT, strictPort: true, host: '127.0.0.1' },
  // Library builds leave `process.env.NODE_ENV` for the host's bundler; the element bundle has no
  // host bundler (and browsers no `process`), so it picks React's production build here.
  define: mode === ELEMENT_MODE ? { 'process.env.NODE_ENV': JSON.stringify('production') } : {},
  build: libraryBuild(mode),
  test: {
    root,
    environment: 'jsdom',
    // Generous: CI machines are shared; a slow test is measured by the benchmark, not failed here.
    testTimeout: 20_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'react19',
          include: ['src/**/*.test.{ts,tsx}'],
          provide: { reactMajor: '19' },
          setupFiles: [resolve(root, 'src/test/setup.ts')],
        },
      },
      {
        // The rendering tests again, against React 18 (installed as the `react18` / `react-dom18` aliases).
        extends: true,
        resolve: { alias: react18Aliases },
        test: {
          name: 'react18',
          include: ['src/**/*.test.tsx'],
          provide: { reactMajor: '18' },
          setupFiles: [resolve(root, 'src/test/react18-setup.ts'), resolve(root, 'src/test/setup.ts')],
          // Bundle these through Vite so that their own `import 'react'` meets the aliases too.
          server: { deps: { inline: react18Inline } },
        },
      },
    ],
  },
}));
