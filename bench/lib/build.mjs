/**
 * Builds one production host page per subject with Vite, all from the same shell
 * (hosts/shell/index.html + shell.tsx), into bench/dist/<subject>/, and measures their JavaScript.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, statSync, symlinkSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative, resolve, sep } from 'node:path';
import react from '@vitejs/plugin-react';
import { build } from 'vite';
import { gzipSize, packageOf, splitFile } from './size.mjs';

export const BENCH_DIR = resolve(import.meta.dirname, '..');
export const REPO_DIR = resolve(BENCH_DIR, '..');
export const DIST_DIR = join(BENCH_DIR, 'dist');
const SHELL_DIR = join(BENCH_DIR, 'hosts', 'shell');

export const SUBJECTS = ['bare', 'floor', 'connect-hub', 'stackone'];

/**
 * Where `import … from 'connect-hub'` points: `src` (default) bundles the library's source with
 * the host, through the same Vite/Rolldown settings as the other subjects (no pre-built step, and
 * the host tree-shakes it like any ESM dependency); `dist` uses the shipped `npm run build` output.
 */
function connectHubEntry(from, repoDir) {
  if (from === 'dist') {
    const file = join(repoDir, 'dist', 'connect-hub.js');
    if (!existsSync(file)) throw new Error('bench: --connect-hub=dist needs `npm run build` first (dist/connect-hub.js is missing)');
    return file;
  }
  return join(repoDir, 'src', 'index.ts');
}

/**
 * The `baseline` subject: connect-hub as it was at a git ref, checked out into a temporary
 * worktree that uses this checkout's node_modules (so a ref with other dependencies needs its own
 * install). Its host page is connect-hub's, built from that source. Returns the worktree and its
 * removal.
 */
export function checkoutBaseline(ref) {
  const git = (...args) => execFileSync('git', ['-C', REPO_DIR, ...args], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim();
  let commit;
  try {
    commit = git('rev-parse', '--verify', '--quiet', '--short', `${ref}^{commit}`);
  } catch {
    throw new Error(`bench: --baseline=${ref} is not a commit of this repository`);
  }
  const dir = mkdtempSync(join(tmpdir(), 'connect-hub-baseline-'));
  git('worktree', 'add', '--detach', '--quiet', dir, commit);
  symlinkSync(join(REPO_DIR, 'node_modules'), join(dir, 'node_modules'), 'dir');
  return { dir, commit, remove: () => git('worktree', 'remove', '--force', dir) };
}

/** The group of a bundled source file, for the own-code-vs-dependencies split. */
function groupOf(path, repoDir = REPO_DIR) {
  const pkg = packageOf(path);
  if (pkg) return pkg;
  if (path.startsWith(join(repoDir, 'src') + sep) || path.startsWith(join(repoDir, 'dist') + sep)) return 'connect-hub (own code)';
  if (path.startsWith(join(BENCH_DIR, 'hosts') + sep) || path.startsWith(join(BENCH_DIR, 'lib') + sep)) return 'host page';
  return '(bundler runtime)';
}

function listFiles(dir) {
  return readdirSync(dir, { recursive: true })
    .map((name) => join(dir, String(name)))
    .filter((file) => statSync(file).isFile());
}

/**
 * Builds one host; returns its size facts. `baseline` is connect-hub's host built from the
 * worktree `baselineDir` (see {@link checkoutBaseline}).
 */
export async function buildHost(subject, { connectHubFrom = 'src', baselineDir } = {}) {
  if (subject === 'baseline' && !baselineDir) throw new Error('bench: the baseline subject needs --baseline=REF');
  const repoDir = subject === 'baseline' ? baselineDir : REPO_DIR;
  const host = subject === 'baseline' ? 'connect-hub' : subject;
  const outDir = join(DIST_DIR, subject);
  const result = await build({
    configFile: false,
    envDir: false,
    root: SHELL_DIR,
    base: `/${subject}/`,
    mode: 'production',
    logLevel: 'warn',
    clearScreen: false,
    plugins: [react()],
    resolve: {
      alias: [
        { find: /^\/host-entry\.tsx$/, replacement: join(BENCH_DIR, 'hosts', host, 'main.tsx') },
        { find: /^connect-hub$/, replacement: connectHubEntry(connectHubFrom, repoDir) },
      ],
      // One React for every subject: the benchmark's own (the library's source would otherwise
      // pick the repository's copy, and @stackone/hub warns about exactly this duplicate).
      dedupe: ['react', 'react-dom'],
    },
    build: {
      outDir,
      emptyOutDir: true,
      sourcemap: 'hidden', // for the size split only; the pages don't reference the maps
      // BENCH_PROFILE=1 keeps names readable for a CPU profile (the sizes are then meaningless).
      minify: !process.env.BENCH_PROFILE,
      reportCompressedSize: false,
      chunkSizeWarningLimit: 10_000,
      // Quiet: the timing of Vite's own plugins on a loaded machine is noise here.
      rolldownOptions: { checks: { bundlerTimings: false } },
    },
  });
  const outputs = (Array.isArray(result) ? result : [result]).flatMap((entry) => entry.output ?? []);
  const chunks = outputs.filter((item) => item.type === 'chunk');
  const entry = chunks.find((chunk) => chunk.isEntry);
  // Initial = the entry and what it imports statically; the rest loads on demand.
  const initial = new Set();
  const visit = (fileName) => {
    if (initial.has(fileName)) return;
    initial.add(fileName);
    chunks.find((chunk) => chunk.fileName === fileName)?.imports.forEach(visit);
  };
  if (entry) visit(entry.fileName);

  const files = listFiles(outDir).filter((file) => file.endsWith('.js') || file.endsWith('.css'));
  const assets = [];
  for (const file of files) {
    const content = await readFile(file);
    const name = relative(outDir, file).split(sep).join('/');
    assets.push({ file: name, kind: file.endsWith('.js') ? 'js' : 'css', bytes: content.length, gzip: gzipSize(content), initial: initial.has(name) });
  }
  const split = new Map();
  for (const file of files.filter((name) => name.endsWith('.js'))) splitFile(file, (path) => groupOf(path, repoDir), split);
  const sum = (list, key) => list.reduce((total, item) => total + item[key], 0);
  const js = assets.filter((asset) => asset.kind === 'js');
  return {
    subject,
    outDir,
    assets,
    js: { bytes: sum(js, 'bytes'), gzip: sum(js, 'gzip'), initialGzip: sum(js.filter((asset) => asset.initial), 'gzip'), files: js.length },
    css: { bytes: sum(assets.filter((a) => a.kind === 'css'), 'bytes'), gzip: sum(assets.filter((a) => a.kind === 'css'), 'gzip') },
    split: [...split].map(([group, size]) => ({ group, ...size })).sort((a, b) => b.gzip - a.gzip),
  };
}

/**
 * Builds the hosts one after another (Vite builds are CPU-bound; this machine has 2 cores), and
 * adds each one's `widgetGzip`: its JS beyond the bare page's, less the benchmark's own host code
 * beyond the bare page's (connect-hub's host carries the generator of its 1,000-provider
 * catalogue; @stackone/hub's comes from the API fixtures instead), so only the widget counts.
 */
export async function buildHosts(subjects, options) {
  const sizes = {};
  for (const subject of subjects) sizes[subject] = await buildHost(subject, options);
  const hostPage = (subject) => sizes[subject].split.find((part) => part.group === 'host page')?.gzip ?? 0;
  if (sizes.bare) {
    for (const subject of subjects) {
      const size = sizes[subject];
      size.js.beyondBareGzip = size.js.gzip - sizes.bare.js.gzip;
      size.js.hostCodeGzip = hostPage(subject) - hostPage('bare');
      size.js.widgetGzip = size.js.beyondBareGzip - size.js.hostCodeGzip;
      // What loads with the page (connect-hub's provider screen loads on demand); the host code is in it.
      size.js.widgetInitialGzip = size.js.initialGzip - sizes.bare.js.initialGzip - size.js.hostCodeGzip;
    }
  }
  return sizes;
}
