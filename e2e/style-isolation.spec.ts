import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Browser, type Locator, type Page, type TestInfo } from '@playwright/test';
import pixelmatch from 'pixelmatch';
import { PNG } from 'pngjs';
import {
  comparedHosts,
  fixtureStates,
  fixtureUrl,
  fixtureWidths,
  stageName,
  type FixtureState,
  type FixtureWidth,
  type HostId,
} from '../src/dev/host-fixtures/hosts.js';
import { tokens } from './support.js';

/*
 * Style isolation: the widget inside host pages with global CSS (Tailwind's preflight, Bootstrap,
 * `html { font-size: 10px }`, hostile element rules) must look exactly like on a plain page. Each
 * host page (src/dev/host-fixtures) shows the widget at 480 and 1000 px; every state is screenshot
 * and compared pixel by pixel with the plain page's. Screenshots and diffs go to
 * test-results/style-isolation/.
 */

// A trace snapshots the DOM of four large widgets at every action, which makes this spec several
// times slower; its evidence is the screenshots and diff pictures it writes.
test.use({ trace: 'off' });

/** The screens compared: the two the page renders, and one reached through the UI. */
const screens = ['picker', 'provider', 'mismatch'] as const;
type Screen = (typeof screens)[number];

/** pixelmatch's per-pixel colour distance (0–1) below which two pixels count as the same. */
const PIXEL_THRESHOLD = 0.1;
/** The share of pixels that may differ: none. Any leak of host CSS moves or recolours far more. */
const MAX_DIFF_RATIO = 0;

const VIEWPORT = { width: 1600, height: 1000 };
/** The first load of a worker compiles the page's modules in the dev server: allow for it. */
const LOAD_TIMEOUT = 45_000;

type Shots = Map<string, Buffer>;
type Capture = { shots: Shots; fingerprint: string };
const shotKey = (screen: Screen, width: FixtureWidth) => `${screen}-${width}`;

function outputDir(testInfo: TestInfo): string {
  const dir = join(testInfo.project.outputDir, 'style-isolation');
  mkdirSync(dir, { recursive: true });
  return dir;
}

function stage(page: Page, state: FixtureState, width: FixtureWidth): Locator {
  return page.getByRole('region', { name: stageName(state, width), exact: true });
}

/** Opens the host page with every state at every width, and waits until each widget is drawn. */
async function openFixture(page: Page, host: HostId): Promise<void> {
  await page.goto(fixtureUrl(host));
  for (const state of fixtureStates) {
    for (const width of fixtureWidths) {
      await expect(stage(page, state, width).getByRole('heading', { level: 2 })).toBeVisible({ timeout: LOAD_TIMEOUT });
    }
  }
  await page.waitForFunction(() => [...document.images].every((image) => image.complete));
}

/** Brings Stripe's form into the environment-mismatch state the way a user would. */
async function enterMismatch(region: Locator): Promise<void> {
  await region.getByRole('radiogroup', { name: 'Environment' }).getByRole('radio', { name: /^Test Mode\b/ }).check();
  await region.getByLabel('API Key', { exact: true }).fill(tokens.stripeLive);
  // Right to left, the environment's name is set apart with Unicode's first-strong isolate.
  await expect(region.getByRole('button', { name: /^Switch to \u2068?Production\u2069?$/ })).toBeVisible();
}

/** Computed styles of the host page's own sample elements: they differ from plain's when the host CSS is on. */
function hostFingerprint(page: Page): Promise<string> {
  return page.evaluate(() => {
    const style = (selector: string) => {
      const element = document.querySelector(selector);
      if (!element) throw new Error(`no ${selector} on the fixture page`);
      const computed = getComputedStyle(element);
      return [computed.fontSize, computed.fontFamily, computed.backgroundColor, computed.lineHeight, computed.margin].join(' ');
    };
    return ['html', '#host-sample h2', '#host-sample button', '#host-sample input', '#host-sample ul'].map(style).join(' | ');
  });
}

/**
 * No inline `style` attribute anywhere in a widget: a strict CSP (no 'unsafe-inline') blocks them.
 * Empty ones are left behind by Playwright's own screenshots (`caret: 'hide'`), not by the widget.
 */
async function expectNoInlineStyles(page: Page): Promise<void> {
  await expect(page.locator(':is(.ch-root, .ch-root *)[style]:not([style=""])')).toHaveCount(0);
}

async function shoot(page: Page, host: HostId, screen: Screen, state: FixtureState, dir: string, shots: Shots): Promise<void> {
  for (const width of fixtureWidths) {
    const png = await stage(page, state, width)
      .locator('.ch-root')
      .screenshot({ animations: 'disabled', caret: 'hide', path: join(dir, `${host}-${screen}-${width}.png`) });
    shots.set(shotKey(screen, width), png);
  }
}

/** Every screen of one host, from one page load in one browser context. */
async function captureHost(browser: Browser, testInfo: TestInfo, host: HostId): Promise<Capture> {
  const dir = outputDir(testInfo);
  const context = await browser.newContext({
    baseURL: testInfo.project.use.baseURL,
    viewport: VIEWPORT,
    deviceScaleFactor: 1,
    reducedMotion: 'reduce',
  });
  const page = await context.newPage();
  const shots: Shots = new Map();
  try {
    await openFixture(page, host);
    const fingerprint = await hostFingerprint(page);
    await expectNoInlineStyles(page);
    await shoot(page, host, 'picker', 'picker', dir, shots);
    await shoot(page, host, 'provider', 'provider', dir, shots);
    for (const width of fixtureWidths) await enterMismatch(stage(page, 'provider', width));
    await page.mouse.move(0, 0);
    await expectNoInlineStyles(page);
    await shoot(page, host, 'mismatch', 'provider', dir, shots);
    return { shots, fingerprint };
  } finally {
    await context.close();
  }
}

type Comparison = { screen: string; size: string; differing: number; ratio: number; ok: boolean };

/** Compares two PNGs; writes a diff picture (both padded to the larger size when they differ in size). */
function compare(expected: Buffer, actual: Buffer, diffPath: string): Omit<Comparison, 'screen'> {
  const a = PNG.sync.read(expected);
  const b = PNG.sync.read(actual);
  const width = Math.max(a.width, b.width);
  const height = Math.max(a.height, b.height);
  const pad = (image: PNG): PNG => {
    if (image.width === width && image.height === height) return image;
    const padded = new PNG({ width, height, fill: true });
    padded.data.fill(0);
    PNG.bitblt(image, padded, 0, 0, image.width, image.height, 0, 0);
    return padded;
  };
  const diff = new PNG({ width, height });
  const differing = pixelmatch(pad(a).data, pad(b).data, diff.data, width, height, { threshold: PIXEL_THRESHOLD });
  const sameSize = a.width === b.width && a.height === b.height;
  const ratio = differing / (width * height);
  const ok = sameSize && ratio <= MAX_DIFF_RATIO;
  if (!ok) writeFileSync(diffPath, PNG.sync.write(diff));
  const size = sameSize ? `${a.width}×${a.height}` : `plain ${a.width}×${a.height}, host ${b.width}×${b.height}`;
  return { size, differing, ratio, ok };
}

/** Per host: one page load, six screenshots, two form fills; generous for a busy CI machine. */
const CAPTURE_TIMEOUT = 90_000;

test.describe('style isolation', () => {
  // In order in one worker, so the plain page is captured once (a failure does not skip the rest).
  test.describe.configure({ mode: 'default' });
  let plain: Capture | undefined;

  test.beforeAll(async ({ browser }, testInfo) => {
    test.setTimeout(CAPTURE_TIMEOUT);
    plain = await captureHost(browser, testInfo, 'plain');
  });

  for (const host of comparedHosts) {
    test(`the widget inside the ${host} host looks exactly as on a plain page`, async ({ browser }, testInfo) => {
      test.setTimeout(CAPTURE_TIMEOUT);
      const { shots, fingerprint } = await captureHost(browser, testInfo, host);
      // Guard against a vacuous pass: the host's stylesheets really are on.
      expect(fingerprint, `the ${host} host's CSS is not in effect`).not.toBe(plain?.fingerprint);

      const dir = outputDir(testInfo);
      const results: Comparison[] = [];
      for (const screen of screens) {
        for (const width of fixtureWidths) {
          const key = shotKey(screen, width);
          const expected = plain?.shots.get(key);
          const actual = shots.get(key);
          if (!expected || !actual) throw new Error(`missing screenshot ${key}`);
          results.push({ screen: key, ...compare(expected, actual, join(dir, `${host}-${key}-diff.png`)) });
        }
      }

      const lines = results.map(
        (result) =>
          `  ${result.ok ? 'ok  ' : 'FAIL'} ${result.screen.padEnd(14)} ${result.size.padEnd(12)} ${result.differing} px differ (${(result.ratio * 100).toFixed(3)} %)`,
      );
      const report = `${host} vs plain:\n${lines.join('\n')}`;
      writeFileSync(join(dir, `${host}-summary.json`), JSON.stringify(results, null, 2));
      testInfo.annotations.push({ type: 'style-isolation', description: report });
      console.log(report);
      expect(results.filter((result) => !result.ok), `${report}\n(diff pictures in ${dir})`).toEqual([]);
    });
  }
});

test('right to left: the screens are captured to look at (not compared)', async ({ browser }, testInfo) => {
  test.setTimeout(CAPTURE_TIMEOUT);
  const { shots } = await captureHost(browser, testInfo, 'rtl');
  expect(shots.size).toBe(screens.length * fixtureWidths.length);
});
