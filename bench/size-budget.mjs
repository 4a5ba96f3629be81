#!/usr/bin/env node
/**
 * Size budget of connect-hub as a host ships it: what `import { ConnectHub, builtInProviders,
 * defineProvider } from 'connect-hub'` adds to a production bundle (minified, tree-shaken, React
 * external, gzip -9), the way size-limit measures an import. Fails when it exceeds the budget.
 * Deterministic (same source, same bytes), so it belongs in `npm test`; timings never do
 * (`npm run bench`).
 *
 *   node bench/size-budget.mjs                 from src/ (the same Vite/Rolldown build as the
 *                                              benchmark's host pages), with the split by package
 *   node bench/size-budget.mjs --dist          from dist/connect-hub.js as `npm run build` left it
 *                                              (the published artefact; total only)
 *   node bench/size-budget.mjs --budget=70000  another budget for all of it, in bytes (kB = 1,000 B)
 *   --initial-budget=40000                     the budget for what loads with the page (default:
 *                                              the target); the provider screen loads on demand
 *
 * Uses only the repository's own dependencies (its Vite), not bench/node_modules, so it runs
 * on a fresh `npm ci`.
 */
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { gzipSize, packageOf, splitFile } from './lib/size.mjs';

/** The target of issue 6. `npm test` passes today's ceiling (package.json `test:size`) until it is met. */
export const DEFAULT_BUDGET = 40_000;
/** What a host imports: the component, the built-ins (its default) and the definition helper. */
const IMPORTS = ['ConnectHub', 'builtInProviders', 'defineProvider'];

const REPO_DIR = resolve(import.meta.dirname, '..');
const { values } = parseArgs({
  options: { budget: { type: 'string' }, 'initial-budget': { type: 'string' }, dist: { type: 'boolean', default: false } },
});
const budget = Number(values.budget ?? DEFAULT_BUDGET);
if (!Number.isFinite(budget) || budget <= 0) throw new Error(`size budget: bad --budget=${values.budget}`);
const initialBudget = Number(values['initial-budget'] ?? DEFAULT_BUDGET);
if (!Number.isFinite(initialBudget) || initialBudget <= 0) throw new Error(`size budget: bad --initial-budget=${values['initial-budget']}`);

/** The repository's Vite (a devDependency of the library), whatever bench/ has installed. */
async function repositoryVite() {
  const dir = join(REPO_DIR, 'node_modules', 'vite');
  if (!existsSync(dir)) throw new Error('size budget: no node_modules/vite at the repository root: run `npm install` first');
  const { exports } = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
  const main = typeof exports['.'] === 'string' ? exports['.'] : (exports['.'].import ?? exports['.'].default);
  return import(pathToFileURL(join(dir, typeof main === 'string' ? main : main.default)).href);
}

const library = values.dist ? join(REPO_DIR, 'dist', 'connect-hub.js') : join(REPO_DIR, 'src', 'index.ts');
if (!existsSync(library)) {
  console.error(`size budget: ${library} is missing${values.dist ? ' (run `npm run build` first)' : ''}`);
  process.exit(1);
}

const workDir = mkdtempSync(join(tmpdir(), 'connect-hub-size-'));
try {
  const entry = join(workDir, 'host.mjs');
  writeFileSync(entry, `export { ${IMPORTS.join(', ')} } from 'connect-hub';\n`);
  const outDir = join(workDir, 'out');
  const { build } = await repositoryVite();
  const result = await build({
    configFile: false,
    envDir: false,
    root: workDir,
    mode: 'production',
    logLevel: 'error',
    resolve: { alias: [{ find: /^connect-hub$/, replacement: library }] },
    build: {
      outDir,
      emptyOutDir: true,
      minify: true,
      sourcemap: 'hidden',
      modulePreload: false,
      reportCompressedSize: false,
      rolldownOptions: {
        input: entry,
        external: [/^react(-dom)?(\/.*)?$/],
        preserveEntrySignatures: 'strict',
        output: { format: 'es', entryFileNames: 'host.js', chunkFileNames: '[name].js' },
        checks: { bundlerTimings: false },
      },
    },
  });
  const files = readdirSync(outDir, { recursive: true })
    .map(String)
    .filter((name) => name.endsWith('.js'))
    .map((name) => join(outDir, name));
  const total = files.reduce((sum, file) => sum + gzipSize(readFileSync(file)), 0);
  // With the page: the entry and what it imports statically; the rest (the provider screen) loads on demand.
  const chunks = (Array.isArray(result) ? result : [result]).flatMap((output) => output.output ?? []).filter((item) => item.type === 'chunk');
  const withPage = new Set();
  const visit = (fileName) => {
    if (withPage.has(fileName)) return;
    withPage.add(fileName);
    chunks.find((chunk) => chunk.fileName === fileName)?.imports.forEach(visit);
  };
  visit('host.js');
  const initial = files.filter((file) => withPage.has(relative(outDir, file).split(sep).join('/'))).reduce((sum, file) => sum + gzipSize(readFileSync(file)), 0);

  const kB = (bytes) => (bytes / 1000).toFixed(1);
  const over = total > budget;
  const initialOver = initial > initialBudget;
  const goal = total > DEFAULT_BUDGET ? ` (the target is ${kB(DEFAULT_BUDGET)} kB: ${kB(total - DEFAULT_BUDGET)} kB to go)` : '';
  console.log(
    `size budget: import { ${IMPORTS.join(', ')} } from 'connect-hub' (${values.dist ? 'dist' : 'src'}), React external, gzip:\n` +
      `  with the page ${kB(initial)} kB: ${initialOver ? 'OVER' : 'within'} the budget of ${kB(initialBudget)} kB\n` +
      `  in all ${kB(total)} kB (the rest loads when a provider opens): ${over ? 'OVER' : 'within'} the budget of ${kB(budget)} kB${goal}`,
  );
  if (!values.dist) {
    const ownDir = join(REPO_DIR, 'src') + sep;
    const totals = new Map();
    for (const file of files) splitFile(file, (path) => packageOf(path) ?? (path.startsWith(ownDir) ? 'own code' : '(other)'), totals);
    const parts = [...totals].sort((a, b) => b[1].gzip - a[1].gzip).map(([group, size]) => `${group} ${(size.gzip / 1000).toFixed(1)}`);
    console.log(`  split (gzip of each part alone; "(unmapped)" is mostly the inlined stylesheet): ${parts.join(' · ')}`);
  }
  if (over || initialOver) process.exitCode = 1;
} finally {
  rmSync(workDir, { recursive: true, force: true });
}
