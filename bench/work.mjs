/**
 * Counts the work of connect-hub's click and token keystroke instead of timing it: JavaScript
 * function calls (V8's precise coverage with call counts), style recalculations, layouts, DOM
 * nodes and event listeners added. Timings on this shared machine move by 10–15 % between two
 * A/Bs of the same code; these counts move by under 0.5 % (scheduler loops), so a change that makes
 * the click do more shows here when a timing cannot tell it from noise.
 *
 * It runs the pages `run.mjs` built into `bench/dist/`: build them first, e.g. with the A/B
 * command at one run (`node bench/run.mjs --baseline=REF --subjects=connect-hub --cpu=1
 * --providers=5 --runs=1 --warmup=0 --no-heap --out=/tmp/ab.json`), then
 * `node bench/work.mjs [--subjects=baseline,connect-hub] [--runs=3]`.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { DIST_DIR } from './lib/build.mjs';
import { findChromium } from './lib/chromium.mjs';
import { installRoutes } from './lib/fixtures.mjs';
import { serveStatic } from './lib/server.mjs';
import { subjects } from './lib/subjects.mjs';
import { summarize } from './lib/stats.mjs';

const { values: args } = parseArgs({
  options: { subjects: { type: 'string', default: 'baseline,connect-hub' }, runs: { type: 'string', default: '3' } },
});
const names = args.subjects.split(',');
for (const name of names) {
  if (!existsSync(join(DIST_DIR, name, 'index.html'))) throw new Error(`bench/work: no build of ${name} in bench/dist: run run.mjs first (see this file's comment)`);
}

const METRICS = ['RecalcStyleCount', 'LayoutCount', 'Nodes', 'JSEventListeners'];

/** Counts what `act` makes the page do: calls of JavaScript functions, and the renderer's metrics. */
async function count(cdp, act) {
  const metrics = async () => Object.fromEntries((await cdp.send('Performance.getMetrics')).metrics.map((metric) => [metric.name, metric.value]));
  const before = await metrics();
  await cdp.send('Profiler.takePreciseCoverage'); // resets the counters
  await act();
  const { result } = await cdp.send('Profiler.takePreciseCoverage');
  const after = await metrics();
  const calls = result.reduce((sum, script) => sum + script.functions.reduce((inner, fn) => inner + fn.ranges[0].count, 0), 0);
  return { calls, ...Object.fromEntries(METRICS.map((name) => [name, after[name] - before[name]])) };
}

const server = await serveStatic(DIST_DIR);
const browser = await chromium.launch({ executablePath: findChromium() });
const results = Object.fromEntries(names.map((name) => [name, { open: [], validate: [] }]));
for (let run = 0; run < Number(args.runs); run++) {
  for (const name of names) {
    const subject = subjects[name];
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, deviceScaleFactor: 1 });
    await installRoutes(context, { origin: server.origin, size: 5 });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.startPreciseCoverage', { callCount: true, detailed: false });
    await page.goto(`${server.origin}/${name}/?providers=5`);
    await page.locator(subject.item).first().waitFor();
    // The provider screen's chunk loads in idle time after the picker shows: let it.
    await page.waitForTimeout(2000);
    const settled = () => page.waitForTimeout(1000);
    results[name].open.push(
      await count(cdp, async () => {
        await page.locator(subject.item).first().click();
        await page.locator(subject.tokenVisible.selector).waitFor();
        await settled();
      }),
    );
    // As run.mjs: the field touched (typed in, left, back), then one Backspace empties it.
    const token = subject.token(page);
    await token.click();
    await page.keyboard.type('a');
    await page.keyboard.press('Tab');
    await token.click();
    await page.keyboard.press('End');
    await settled();
    results[name].validate.push(await count(cdp, async () => (await page.keyboard.press('Backspace'), await settled())));
    await context.close();
  }
}
await browser.close();
server.close();

for (const journey of ['open', 'validate']) {
  console.log(`\n${journey === 'open' ? 'click on the first provider' : 'Backspace in the touched token field'} (median, min–max of ${args.runs} runs)`);
  for (const name of names) {
    const runs = results[name][journey];
    const cells = ['calls', ...METRICS].map((key) => {
      const { median, min, max } = summarize(runs.map((entry) => entry[key]));
      return `${key} ${median} (${min}–${max})`;
    });
    console.log(`  ${name.padEnd(12)} ${cells.join(' · ')}`);
  }
}
