import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { resolve, sep } from 'node:path';
import { promisify } from 'node:util';
import type { Plugin } from 'vite';

/** The plain HTML host page (no React of its own) that the e2e test of `connect-hub/element` visits. */
export const ELEMENT_HOST_PATH = '/element/';
const BUNDLE_FILE = 'connect-hub-element.js';

/**
 * Serves `/element/`: src/dev/element/index.html as a static file (no Vite transforms, so no
 * React Refresh preamble or other dev code on the page), and next to it the element bundle,
 * built on first request by `vite build --mode element` (React bundled, minified, as in
 * dist/element.js) into node_modules/.cache, and rebuilt after a library source changes: the e2e
 * test sees today's sources without a prior `npm run build` and never touches dist/.
 */
export function elementHostPage(repoRoot: string): Plugin {
  const page = resolve(repoRoot, 'src/dev/element/index.html');
  const librarySources = resolve(repoRoot, 'src') + sep;
  const devSources = resolve(repoRoot, 'src/dev') + sep;
  let bundle: Promise<string> | undefined;

  // A separate `vite build` process: inside the dev server, process.env.NODE_ENV is `development`,
  // which would give the bundle React's development JSX runtime.
  async function buildBundle(): Promise<string> {
    const outDir = resolve(repoRoot, 'node_modules/.cache/connect-hub-element-host');
    const vite = resolve(repoRoot, 'node_modules/vite/bin/vite.js');
    await promisify(execFile)(process.execPath, [vite, 'build', '--mode', 'element', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'warn'], {
      cwd: repoRoot,
      env: { ...process.env, NODE_ENV: 'production' },
    });
    return readFile(resolve(outDir, 'element.js'), 'utf8');
  }

  return {
    name: 'connect-hub:element-host-page',
    apply: 'serve',
    configureServer(server) {
      server.watcher.on('all', (_event, file) => {
        if (file.startsWith(librarySources) && !file.startsWith(devSources)) bundle = undefined;
      });
      server.middlewares.use((req, res, next) => {
        const path = (req.url ?? '').split('?')[0];
        if (path === ELEMENT_HOST_PATH.slice(0, -1)) {
          res.writeHead(301, { Location: ELEMENT_HOST_PATH }).end();
          return;
        }
        if (path === ELEMENT_HOST_PATH || path === `${ELEMENT_HOST_PATH}index.html`) {
          readFile(page, 'utf8').then((html) => {
            res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' }).end(html);
          }, next);
          return;
        }
        if (path === `${ELEMENT_HOST_PATH}${BUNDLE_FILE}`) {
          bundle ??= buildBundle();
          const building = bundle;
          building.then(
            (code) => {
              res.writeHead(200, { 'Content-Type': 'text/javascript; charset=utf-8', 'Cache-Control': 'no-store' }).end(code);
            },
            (error: unknown) => {
              if (bundle === building) bundle = undefined;
              next(error);
            },
          );
          return;
        }
        next();
      });
    },
  };
}
