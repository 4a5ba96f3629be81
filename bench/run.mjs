#!/usr/bin/env node
/**
 * The ConnectHub benchmark (`npm run bench` at the repository root).
 *
 * Builds one production host page per subject with Vite (a bare React 19 page, the floor: the
 * journeys in bare React, connect-hub, @stackone/hub, all in the same shell), serves them on 127.0.0.1, and drives Chromium with
 * Playwright: a fresh browser context per run, runs interleaved across subjects, at CPU
 * throttling ×1 and ×4, with catalogues of 5 and 1,000 providers. Prints medians (min–max) and
 * writes bench/results.json.
 *
 *   node bench/run.mjs            the full matrix: 7 runs after a warm-up
 *   node bench/run.mjs --quick    1 run, CPU ×4 only, heap with 5 providers: for fast iteration
 *   node bench/run.mjs --baseline=main --subjects=connect-hub --cpu=4 --providers=5 --runs=11 --no-heap
 *                                 A/B: adds the subject `baseline`, connect-hub as it is at a git ref
 *                                 (built from a temporary worktree), interleaved with this checkout's,
 *                                 so both sides see the same machine; writes bench/results.baseline.json
 *
 * Options: --runs=N --warmup=N --cpu=1,4 --providers=5,1000 --subjects=bare,floor,connect-hub,stackone
 *          --heap-cycles=50 --no-heap --no-build --connect-hub=src|dist --baseline=REF --out=FILE
 */
import { writeFileSync } from 'node:fs';
import os from 'node:os';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { BENCH_DIR, DIST_DIR, SUBJECTS, buildHosts, checkoutBaseline } from './lib/build.mjs';
import { findChromium } from './lib/chromium.mjs';
import { searchQuery } from './lib/catalogue.mjs';
import { installRoutes } from './lib/fixtures.mjs';
import { instrument } from './lib/instrument.mjs';
import { METRICS, kB, sizeReport, timingReport } from './lib/report.mjs';
import { serveStatic } from './lib/server.mjs';
import { summarize } from './lib/stats.mjs';
import { subjects as adapters } from './lib/subjects.mjs';

const { values: args } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    runs: { type: 'string' },
    warmup: { type: 'string' },
    cpu: { type: 'string' },
    providers: { type: 'string' },
    subjects: { type: 'string' },
    'heap-cycles': { type: 'string' },
    'no-heap': { type: 'boolean', default: false },
    'no-build': { type: 'boolean', default: false },
    'connect-hub': { type: 'string', default: 'src' },
    baseline: { type: 'string' },
    out: { type: 'string' },
    help: { type: 'boolean', default: false },
  },
});
if (args.help) {
  const source = await import('node:fs').then((fs) => fs.readFileSync(new URL(import.meta.url), 'utf8'));
  process.stdout.write(`${source.slice(source.indexOf('/**') + 3, source.indexOf('*/')).replace(/^ \* ?/gm, '').trim()}\n`);
  process.exit(0);
}

const list = (text, fallback) => (text ? text.split(',').map((item) => item.trim()).filter(Boolean) : fallback);
const config = {
  quick: args.quick,
  runs: Number(args.runs ?? (args.quick ? 1 : 7)),
  warmup: Number(args.warmup ?? (args.quick ? 0 : 1)),
  cpu: list(args.cpu, args.quick ? ['4'] : ['1', '4']).map(Number),
  providers: list(args.providers, ['5', '1000']).map(Number),
  subjects: list(args.subjects, SUBJECTS),
  heap: !args['no-heap'],
  heapCycles: Number(args['heap-cycles'] ?? 50),
  heapProviders: args.quick ? [5] : [5, 1000],
  connectHubFrom: args['connect-hub'],
  viewport: { width: 1280, height: 800 },
};
if (args.baseline !== undefined) {
  if (!args.baseline) throw new Error('bench: --baseline needs a git ref, e.g. --baseline=main');
  if (!config.subjects.includes('baseline')) config.subjects.push('baseline');
}
for (const subject of config.subjects) if (!adapters[subject]) throw new Error(`bench: unknown subject ${subject} (${SUBJECTS.join(', ')})`);
if (!['src', 'dist'].includes(config.connectHubFrom)) throw new Error('bench: --connect-hub is src or dist');
const outFile = args.out ?? join(BENCH_DIR, args.baseline ? 'results.baseline.json' : args.quick ? 'results.quick.json' : 'results.json');
const STEP_TIMEOUT_MS = 60_000;
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

const log = (line = '') => process.stdout.write(`${line}\n`);

// ---------------------------------------------------------------------------------------------
// One page session: a fresh context, the load, then the journeys.

async function openSession(browser, origin, { subject, cpu, size }) {
  const adapter = adapters[subject];
  const context = await browser.newContext({ viewport: config.viewport, deviceScaleFactor: 1, reducedMotion: 'no-preference' });
  const requests = await installRoutes(context, { origin, size });
  await context.addInitScript({ content: `(${instrument})(${JSON.stringify({ load: adapter.load, timeoutMs: STEP_TIMEOUT_MS })});` });
  const page = await context.newPage();
  page.setDefaultTimeout(STEP_TIMEOUT_MS);
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpu });
  await page.goto(`${origin}/${subject}/?providers=${size}`, { waitUntil: 'commit' });
  await page.waitForFunction(() => window.__bench?.pending);
  const load = await page.evaluate(() => window.__bench.pending);
  const catalogueMs = await page.evaluate(() => performance.getEntriesByName('bench:catalogue')[0]?.duration);
  return { adapter, context, page, cdp, errors, requests, load, catalogueMs };
}

const settle = (page, quietMs = 100) => page.evaluate((quiet) => window.__bench.settle(quiet), quietMs);
const arm = (page, name, startEvent, predicate) =>
  page.evaluate(([n, e, p, t]) => window.__bench.arm(n, e, p, t), [name, startEvent, predicate, STEP_TIMEOUT_MS]);
const pending = (page) => page.evaluate(() => window.__bench.pending);

/** Runs the journeys of one session; returns `{ metric: { dom, frame, … } }`. */
async function journeys(session, size) {
  const { adapter, page } = session;
  const measured = { load: session.load };
  if (!adapter.item) return measured;
  await settle(page);

  // The list before the keystroke: its number of items and its first item (see instrument.mjs).
  const [all, full] = await page.evaluate((selector) => [window.__bench.count(selector), window.__bench.signature(selector)], adapter.item);
  await adapter.search(page).click();
  await settle(page);
  await arm(page, 'search', 'keydown', { type: 'list', selector: adapter.item, notEquals: full });
  await page.keyboard.press(searchQuery(size));
  measured.search = { ...(await pending(page)), from: all };
  await settle(page);

  await arm(page, 'clear', 'keydown', { type: 'list', selector: adapter.item, equals: full });
  await page.keyboard.press('Backspace');
  measured.clear = await pending(page);
  await settle(page);

  await arm(page, 'open', 'click', adapter.tokenVisible);
  await page.locator(adapter.item).first().click();
  measured.open = await pending(page);
  await settle(page);

  // Touch the field the way a person does (type, leave, come back), so both widgets validate
  // on change from now on; then the measured keystroke empties it.
  const token = adapter.token(page);
  await token.click();
  await page.keyboard.type('a');
  await page.keyboard.press('Tab');
  await settle(page);
  await token.click();
  await page.keyboard.press('End');
  await settle(page);
  const before = await page.evaluate((selector) => window.__bench.texts(selector), adapter.validationMessage);
  await arm(page, 'validate', 'keydown', { type: 'changed', selector: adapter.validationMessage, before, keep: adapter.tokenVisible.selector });
  await page.keyboard.press('Backspace');
  measured.validate = await pending(page);
  return measured;
}

async function heapUsage(cdp) {
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  const counters = await cdp.send('Memory.getDOMCounters').catch(() => ({}));
  return { usedSize, nodes: counters.nodes, listeners: counters.jsEventListeners };
}

/**
 * Opens the first provider and goes back, `heapCycles` times; the heap (after GC) after the
 * first cycle, after the tenth, and after the last. 1 → N is the issue's leak check; most of it
 * is warm-up (lazily compiled and optimised code, inline caches), so 10 → N is reported too:
 * a leak keeps growing once warm.
 */
async function heapSession(browser, origin, subject, size) {
  const session = await openSession(browser, origin, { subject, cpu: 1, size });
  const { adapter, page, cdp } = session;
  try {
    const cycle = async () => {
      await page.locator(adapter.item).first().click();
      await adapter.token(page).waitFor({ state: 'visible' });
      await adapter.back(page).click();
      await page.locator(adapter.item).first().waitFor({ state: 'visible' });
    };
    const checkpoints = [...new Set([1, Math.min(10, config.heapCycles), config.heapCycles])];
    const after = {};
    await settle(page);
    for (let done = 0; done < config.heapCycles; ) {
      await cycle();
      done += 1;
      if (checkpoints.includes(done)) {
        await settle(page, 300);
        after[done] = await heapUsage(cdp);
      }
    }
    const first = after[1];
    const warm = after[Math.min(10, config.heapCycles)];
    const last = after[config.heapCycles];
    return {
      subject,
      size,
      cycles: config.heapCycles,
      after,
      after1: first,
      afterN: last,
      growth: last.usedSize / first.usedSize - 1,
      growthWarm: last.usedSize / warm.usedSize - 1,
      errors: session.errors,
    };
  } finally {
    await session.context.close();
  }
}

// ---------------------------------------------------------------------------------------------

function machine() {
  const cpus = os.cpus();
  return {
    cpu: cpus[0]?.model ?? 'unknown',
    cores: cpus.length,
    memoryGB: Math.round(os.totalmem() / 2 ** 30),
    os: `${os.type()} ${os.release()}`,
    node: process.version,
  };
}

async function main() {
  const startedAt = new Date();
  const loadBefore = os.loadavg();
  log(`ConnectHub benchmark${config.quick ? ' (quick)' : ''}: ${startedAt.toISOString()}`);
  log(`machine: ${machine().cpu}, ${machine().cores} cores; load average ${loadBefore.map((v) => v.toFixed(1)).join(' ')}`);
  if (loadBefore[0] > os.cpus().length) log(`warning: the load average (${loadBefore[0].toFixed(1)}) exceeds the core count: timings will be noisy`);

  const hosts = config.subjects.includes('bare') ? config.subjects : ['bare', ...config.subjects];
  let sizes;
  if (args['no-build']) {
    log('using the hosts built earlier in bench/dist (--no-build): sizes not measured');
  } else {
    const baseline = config.subjects.includes('baseline') ? checkoutBaseline(args.baseline) : undefined;
    try {
      if (baseline) {
        config.baselineCommit = baseline.commit;
        log(`baseline: connect-hub at ${args.baseline} (${baseline.commit}), from a temporary worktree`);
      }
      log(`building ${hosts.join(', ')} (vite build, production; connect-hub from ${config.connectHubFrom})…`);
      sizes = await buildHosts(hosts, { connectHubFrom: config.connectHubFrom, baselineDir: baseline?.dir });
    } finally {
      baseline?.remove();
    }
    for (const line of sizeReport(sizes)) log(line);
  }

  const server = await serveStatic(DIST_DIR);
  const executablePath = findChromium();
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
  const chromiumVersion = browser.version();
  const records = [];
  const failures = [];
  const heap = [];
  try {
    log(`Chromium ${chromiumVersion} (${executablePath}); ${config.runs} run(s) after ${config.warmup} warm-up, CPU ×${config.cpu.join(', ×')}, ${config.providers.join(' and ')} providers`);
    for (const cpu of config.cpu) {
      for (const size of config.providers) {
        for (let run = 0; run < config.warmup + config.runs; run += 1) {
          const warmup = run < config.warmup;
          // Interleaved, and the order rotates from run to run.
          const order = config.subjects.map((_, i) => config.subjects[(i + run) % config.subjects.length]);
          for (const subject of order) {
            const label = `×${cpu} ${size} providers ${warmup ? 'warm-up' : `run ${run - config.warmup + 1}`} ${subject}`;
            let session;
            try {
              session = await openSession(browser, server.origin, { subject, cpu, size });
              const measured = await journeys(session, size);
              records.push({ subject, cpu, size, run: run - config.warmup, warmup, catalogueMs: session.catalogueMs, measured, errors: session.errors });
              log(`  ${label}: ${METRICS.filter((m) => measured[m.key]).map((m) => `${m.key} ${measured[m.key].frame.toFixed(0)}`).join(', ')} ms`);
            } catch (error) {
              failures.push({ subject, cpu, size, run, error: String(error?.message ?? error), errors: session?.errors });
              log(`  ${label}: FAILED ${String(error?.message ?? error).split('\n')[0]}`);
            } finally {
              await session?.context.close();
            }
          }
        }
      }
    }
    if (config.heap) {
      for (const size of config.heapProviders) {
        for (const subject of config.subjects.filter((s) => adapters[s].item)) {
          try {
            const result = await heapSession(browser, server.origin, subject, size);
            heap.push(result);
            log(`  heap ${subject} ${size} providers: ${Object.entries(result.after).map(([n, h]) => `${(h.usedSize / 1e6).toFixed(2)} MB after ${n}`).join(', ')}`);
          } catch (error) {
            failures.push({ subject, size, heap: true, error: String(error?.message ?? error) });
            log(`  heap ${subject} ${size} providers: FAILED ${String(error?.message ?? error).split('\n')[0]}`);
          }
        }
      }
    }
  } finally {
    await browser.close();
    await server.close();
  }

  // Summaries: subject → cpu → size → metric → { dom, frame }.
  const summary = {};
  for (const subject of config.subjects) {
    for (const cpu of config.cpu) {
      for (const size of config.providers) {
        const mine = records.filter((r) => !r.warmup && r.subject === subject && r.cpu === cpu && r.size === size);
        const entry = {};
        for (const metric of METRICS) {
          const values = mine.map((r) => r.measured[metric.key]).filter(Boolean);
          if (values.length) entry[metric.key] = { dom: summarize(values.map((v) => v.dom)), frame: summarize(values.map((v) => v.frame)) };
        }
        const catalogue = summarize(mine.map((r) => r.catalogueMs).filter((v) => v !== undefined));
        if (catalogue) entry.catalogueMs = catalogue;
        const counts = mine.find((r) => r.measured.search)?.measured.search;
        if (counts) entry.searchCounts = { before: counts.from, after: counts.count, query: searchQuery(size) };
        ((summary[subject] ??= {})[`x${cpu}`] ??= {})[size] = entry;
      }
    }
  }

  log();
  const loadAfter = os.loadavg();
  for (const cpu of config.cpu) {
    for (const size of config.providers) {
      const block = Object.fromEntries(config.subjects.map((s) => [s, summary[s][`x${cpu}`][size]]));
      const bareLoad = block.bare?.load?.frame?.median;
      const ratioOf = (s) => {
        const value = block[s]?.load?.frame?.median;
        return s !== 'bare' && bareLoad && value ? (value / bareLoad).toFixed(2) : undefined;
      };
      for (const line of timingReport(`CPU ×${cpu}, ${size.toLocaleString('en')} providers (ms, median (min–max))`, block, config.subjects, { ratioOf })) log(line);
      const notes = config.subjects
        .map((s) => [s, block[s]])
        .filter(([, entry]) => entry?.searchCounts || entry?.catalogueMs)
        .map(([s, entry]) =>
          [
            entry.searchCounts ? `${s}: "${entry.searchCounts.query}" → ${entry.searchCounts.before} → ${entry.searchCounts.after} items` : '',
            entry.catalogueMs ? `defineProvider × ${size - 5} ${entry.catalogueMs.median.toFixed(0)} ms (in the load)` : '',
          ]
            .filter(Boolean)
            .join(', '),
        );
      if (notes.length) log(`  ${notes.join('; ')}`);
      log();
    }
  }
  if (heap.length) {
    const pct = (value) => `${value >= 0 ? '+' : ''}${(value * 100).toFixed(1)} %`;
    log(`JS heap after 1, 10 and ${config.heapCycles} open/back cycles (CPU ×1, after GC; target: 1 → ${config.heapCycles} within 5 %)`);
    for (const h of heap) {
      const mb = Object.values(h.after).map((entry) => (entry.usedSize / 1e6).toFixed(2)).join(' → ');
      log(
        `  ${h.subject.padEnd(12)} ${String(h.size).padStart(5)} providers: ${mb} MB; 1 → ${h.cycles}: ${pct(h.growth)}, warm (10 → ${h.cycles}): ${pct(h.growthWarm)}; DOM nodes ${h.after1.nodes} → ${h.afterN.nodes}, listeners ${h.after1.listeners} → ${h.afterN.listeners}`,
      );
    }
    log();
  }
  if (failures.length) {
    log(`${failures.length} failure(s):`);
    for (const failure of failures) log(`  ${failure.subject} ×${failure.cpu ?? 1} ${failure.size}: ${failure.error.split('\n')[0]}`);
  }
  log(`load average at the end: ${loadAfter.map((v) => v.toFixed(1)).join(' ')}`);

  const results = {
    date: startedAt.toISOString(),
    durationSeconds: Math.round((Date.now() - startedAt.getTime()) / 1000),
    machine: { ...machine(), loadAverageBefore: loadBefore, loadAverageAfter: loadAfter, chromium: chromiumVersion },
    config,
    sizes: sizes
      ? Object.fromEntries(
          Object.entries(sizes).map(([subject, size]) => [
            subject,
            { js: size.js, css: size.css, split: size.split, assets: size.assets },
          ]),
        )
      : undefined,
    summary,
    heap,
    failures,
    records,
  };
  writeFileSync(outFile, `${JSON.stringify(results, null, 2)}\n`);
  log(`wrote ${relative(process.cwd(), outFile) || outFile}`);
  if (sizes?.['connect-hub']?.js.widgetGzip !== undefined) {
  const { widgetGzip, widgetInitialGzip } = sizes['connect-hub'].js;
  log(`connect-hub beyond the bare page: ${kB(widgetInitialGzip)} kB gzip with the page, ${kB(widgetGzip)} kB in all (target ≤ 40)`);
}
  if (failures.length) process.exitCode = 1;
}

await main();
