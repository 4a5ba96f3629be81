import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { expect, test, type Locator, type Page } from '@playwright/test';
import type { AxeResults } from 'axe-core';
import { layOutWholeGuides } from './support.js';

/**
 * The designer gallery (/gallery/): every story it lists renders, plays its interactions without
 * a console error, passes axe in light and dark, and leaves a screenshot in test-results/gallery/.
 * Story ids come from the gallery's own sidebar, never from a list kept here.
 */

/** Screenshots go to test-results/gallery/ (the config's output folder, or `--output`'s). */
function shotPath(name: string): string {
  return join(test.info().project.outputDir, 'gallery', `${name}.png`);
}
const PARTS = 2;

// The config records a trace of every test (kept on failure). Its DOM snapshots and screencast,
// taken at each of the hundreds of steps below on pages this large, would make this file about
// five times slower; the action log, console and network still make a failure's trace useful.
test.use({ trace: { mode: 'retain-on-failure', snapshots: false, screenshots: false } });

const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/**
 * Runs axe-core (WCAG 2.2 A/AA) on the widget (`.ch-root`) and fails with a readable list of
 * violations. Unlike support.ts's `expectNoAxeViolations`, axe is injected once per page and
 * reused as the gallery navigates without reloading: re-injecting it for each of 80 scans would
 * take most of the run.
 */
async function expectNoAxeViolations(page: Page, label: string): Promise<void> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ content: axeSource });
  const violations = await page.evaluate(async (tags) => {
    const { axe } = window as unknown as { axe: { run: (context: unknown, options: unknown) => Promise<AxeResults> } };
    const results = await axe.run({ include: [['.ch-root']] }, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
    return results.violations.map((violation) => ({
      id: violation.id,
      impact: violation.impact ?? 'n/a',
      help: violation.help,
      nodes: violation.nodes.map((node) => `${node.target.join(' ')}\n      ${node.failureSummary?.split('\n').join('\n      ') ?? ''}`),
    }));
  }, AXE_TAGS);
  const summary = violations.map(
    (violation) =>
      `  [${violation.impact}] ${violation.id}: ${violation.help} (${violation.nodes.length} node(s))\n` +
      violation.nodes.slice(0, 5).map((node) => `    - ${node}`).join('\n'),
  );
  expect(violations.length, `axe violations on ${label}:\n${summary.join('\n')}`).toBe(0);
}

/** Screenshots stop here: the 200-provider catalogue alone is 14,000 px tall. */
const MAX_SHOT_HEIGHT = 4000;

/**
 * Saves a picture of `target` (capped in height), taken from the top of the page so the sticky
 * top bar is above it rather than drawn across it.
 */
async function screenshotBox(page: Page, target: Locator, name: string): Promise<void> {
  await expect(target).toBeVisible();
  await page.evaluate(() => window.scrollTo(0, 0));
  const box = await target.boundingBox();
  if (!box) throw new Error(`${name}: nothing to photograph.`);
  await page.screenshot({
    path: shotPath(name),
    fullPage: true,
    animations: 'disabled',
    clip: { x: box.x, y: box.y, width: box.width, height: Math.min(box.height, MAX_SHOT_HEIGHT) },
  });
}

/** Console errors and uncaught exceptions, as they happen. */
function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  return errors;
}

/** The story ids the gallery lists in its sidebar, in order. */
async function listedStories(page: Page): Promise<string[]> {
  const links = page.getByRole('navigation', { name: 'Stories' }).getByRole('link');
  await expect(links.first()).toBeVisible();
  const hrefs = await links.evaluateAll((anchors) => anchors.map((anchor) => anchor.getAttribute('href') ?? ''));
  return hrefs.map((href) => new URL(href, 'http://gallery.test/gallery/').searchParams.get('story') ?? '').filter(Boolean);
}

/** The story's canvas, once its play function (if any) has finished. */
async function settledCanvas(page: Page, id: string): Promise<Locator> {
  const canvas = page.locator(`section[data-story="${id}"]`);
  await expect(canvas, `story ${id} rendered`).toHaveAttribute('aria-busy', 'false', { timeout: 15_000 });
  await expect(canvas, `story ${id}'s play finished without failing`).toHaveAttribute('data-play-state', /^(done|none)$/);
  return canvas;
}

/** Visits a gallery URL without reloading the page, as its own links do. */
async function visit(page: Page, url: string): Promise<void> {
  await page.evaluate((next) => {
    window.history.pushState(null, '', next);
    window.dispatchEvent(new PopStateEvent('popstate'));
  }, url);
}

for (const theme of ['light', 'dark'] as const) {
  for (let part = 1; part <= PARTS; part += 1) {
    test(`every story, ${theme} theme (part ${part} of ${PARTS}): renders, plays, passes axe, screenshot`, async ({ page }) => {
      // Generous: about 20 stories × (play, axe scan, screenshot) on a busy 2-core machine.
      test.setTimeout(240_000);
      const errors = collectErrors(page);
      await page.goto(`/gallery/?theme=${theme}`);
      await layOutWholeGuides(page);
      const ids = await listedStories(page);
      expect(ids.length, 'the gallery lists its stories').toBeGreaterThanOrEqual(30);
      const size = Math.ceil(ids.length / PARTS);
      const mine = ids.slice((part - 1) * size, part * size);

      for (const id of mine) {
        const url = `/gallery/?story=${id}&theme=${theme}`;
        await test.step(url, async () => {
          await visit(page, url);
          expect(new URL(page.url()).search).toBe(`?story=${id}&theme=${theme}`);
          const canvas = await settledCanvas(page, id);
          const widget = canvas.locator('[data-theme]').first();
          await expect(widget).toHaveAttribute('data-theme', theme);
          expect(errors, `console errors on ${url}`).toEqual([]);
          // Judged at rest: wherever a play left the page scrolled, the gallery's own sticky toolbar
          // covers what is under it, and axe's target-size counts a control it covers as too small.
          await page.evaluate(() => window.scrollTo(0, 0));
          await expectNoAxeViolations(page, url);
          // Long words, ids and addresses wrap: nothing sticks out of the widget.
          expect(await widget.evaluate((root) => root.scrollWidth - root.clientWidth), `${url}: px sticking out of the widget`).toBeLessThanOrEqual(0);
          // The widget alone, at its container's width.
          await screenshotBox(page, widget, `${theme}/${id}`);
        });
      }
    });
  }
}

test('long names, words, addresses and ids wrap inside the widget at every gallery width', async ({ page }) => {
  await page.goto('/gallery/');
  await layOutWholeGuides(page);
  for (const id of ['custom-provider-long-words--screen', 'custom-provider-long-words--success-with-only-an-id']) {
    for (const width of ['320', '480', '768', '1100']) {
      const url = `/gallery/?story=${id}&width=${width}`;
      await visit(page, url);
      const canvas = await settledCanvas(page, id);
      const widget = canvas.locator('[data-theme]').first();
      expect(await widget.evaluate((root) => root.scrollWidth - root.clientWidth), `${url}: px sticking out of the widget`).toBeLessThanOrEqual(0);
    }
  }
});

test('a story URL opens that story directly, and the bare gallery address gets the first story’s URL', async ({ page }) => {
  const errors = collectErrors(page);
  await page.goto('/gallery/?story=providers-stripe--mismatch&width=320');
  const canvas = await settledCanvas(page, 'providers-stripe--mismatch');
  await expect(canvas.getByRole('button', { name: 'Switch to Production' })).toBeVisible();
  // The page ends on the state the story shows, below a long guide, not in the middle of it.
  await expect(canvas.getByText('This is a live key, but Test Mode is selected.')).toBeInViewport();
  await expect(page.getByRole('heading', { level: 1, name: 'Mismatch' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'src/providers/stripe.stories.tsx' })).toBeVisible();

  await page.goto('/gallery/');
  const [first] = await listedStories(page);
  await expect(page).toHaveURL(new RegExp(`/gallery/\\?story=${first}$`));
  expect(errors).toEqual([]);
});

test('a story opened while the bare address is still getting the first story’s URL stays the one shown', async ({ page }) => {
  // The link is followed right after the gallery's first render, before its effects run: as a test
  // (or a quick user) does on a loaded machine.
  await page.addInitScript(() => {
    const observer = new MutationObserver(() => {
      if (!document.querySelector('nav[aria-label="Stories"]')) return;
      observer.disconnect();
      window.history.pushState(null, '', '/gallery/?story=picker--no-match&width=320');
      window.dispatchEvent(new PopStateEvent('popstate'));
    });
    observer.observe(document, { childList: true, subtree: true });
  });
  await page.goto('/gallery/');
  await settledCanvas(page, 'picker--no-match');
  await expect(page).toHaveURL(/\/gallery\/\?story=picker--no-match&width=320$/);
});

test('a width typed in "Other width" is the one shown and in the address, a preset’s too', async ({ page }) => {
  await page.goto('/gallery/?story=picker--default&width=480');
  const other = page.getByLabel('Other width');
  for (const width of ['390', '1000']) {
    await other.fill('');
    await other.pressSequentially(width);
    await expect(page).toHaveURL(new RegExp(`[?&]width=${width}(&|$)`));
    await expect(other).toHaveValue(width);
  }
});

test('Direction and Density in the preview settings lay the story out right to left and compact, and are in the address', async ({ page }) => {
  await page.goto('/gallery/?story=picker--default&width=480');
  const canvas = await settledCanvas(page, 'picker--default');
  const settings = page.getByRole('group', { name: 'Preview settings' });
  const search = canvas.getByRole('searchbox', { name: 'Search services' });
  const heading = canvas.getByRole('heading', { name: 'Connect an account' });
  const before = { search: (await search.boundingBox())!, heading: (await heading.boundingBox())! };

  await settings.getByRole('radio', { name: 'Right to left' }).check();
  await expect(page).toHaveURL(/[?&]dir=rtl(&|$)/);
  // The heading is short: right to left, it starts at the right edge the search box ends at.
  await expect
    .poll(async () => {
      const [headingBox, searchBox] = [(await heading.boundingBox())!, (await search.boundingBox())!];
      return Math.round(searchBox.x + searchBox.width - (headingBox.x + headingBox.width));
    })
    .toBe(0);
  expect((await heading.boundingBox())!.x).toBeGreaterThan(before.heading.x);

  await settings.getByRole('radio', { name: 'Compact' }).check();
  await expect(page).toHaveURL(/[?&]density=compact(&|$)/);
  await expect.poll(async () => (await search.boundingBox())!.height).toBeLessThan(before.search.height);

  // A shared address shows the same.
  await page.reload();
  await settledCanvas(page, 'picker--default');
  await expect(settings.getByRole('radio', { name: 'Right to left' })).toBeChecked();
  await expect(settings.getByRole('radio', { name: 'Compact' })).toBeChecked();
});

test('Pointer: Touch in the preview settings gives a desktop the touch screen’s 44 px targets, across stories and themes, and is in the address', async ({ page }) => {
  await page.goto('/gallery/?story=picker--default&width=480');
  let canvas = await settledCanvas(page, 'picker--default');
  const settings = page.getByRole('group', { name: 'Preview settings' });
  const chipHeight = async () => (await canvas.getByRole('button', { name: 'Payments' }).boundingBox())!.height;
  expect(await chipHeight()).toBeLessThan(44);

  await settings.getByRole('radio', { name: 'Touch' }).check();
  await expect(page).toHaveURL(/[?&]touch=1(&|$)/);
  await expect.poll(chipHeight).toBeGreaterThanOrEqual(44);

  // Another story mounts another widget, and the brand theme rewrites the widget's stylesheet.
  await page.getByRole('navigation', { name: 'Stories' }).getByRole('link', { name: 'Filtered' }).click();
  canvas = await settledCanvas(page, 'picker--filtered');
  await expect(page).toHaveURL(/[?&]touch=1(&|$)/);
  await expect.poll(chipHeight).toBeGreaterThanOrEqual(44);
  await settings.getByRole('radio', { name: 'Brand' }).check();
  await expect(page).toHaveURL(/[?&]theme=brand(&|$)/);
  await expect.poll(chipHeight).toBeGreaterThanOrEqual(44);

  // A shared address shows the same.
  await page.reload();
  canvas = await settledCanvas(page, 'picker--filtered');
  await expect(settings.getByRole('radio', { name: 'Touch' })).toBeChecked();
  await expect.poll(chipHeight).toBeGreaterThanOrEqual(44);

  await settings.getByRole('radio', { name: 'Mouse' }).check();
  await expect(page).not.toHaveURL(/[?&]touch=/);
  await expect.poll(chipHeight).toBeLessThan(44);
});

test('Pointer: Touch lays the widget out as a touch screen does, with compact density too', async ({ page, browser }) => {
  /** The size of every control in the story, in document order. */
  const controlSizes = async (target: Page, id: string) => {
    const canvas = await settledCanvas(target, id);
    return canvas
      .getByRole('button')
      .or(canvas.getByRole('textbox'))
      .or(canvas.getByRole('radio'))
      .evaluateAll((controls) =>
        controls.map((control) => {
          const box = control.getBoundingClientRect();
          return `${control.getAttribute('aria-label') ?? control.textContent?.trim()}: ${Math.round(box.width)} × ${Math.round(box.height)}`;
        }),
      );
  };
  for (const id of ['picker--default', 'providers-stripe--server-error', 'modal--open']) {
    const query = `?story=${id}&width=360&density=compact`;
    const phone = await browser.newContext({ hasTouch: true, viewport: page.viewportSize() ?? undefined });
    const touchScreen = await phone.newPage();
    await touchScreen.goto(`/gallery/${query}`);
    const expected = await controlSizes(touchScreen, id);
    await phone.close();

    await page.goto(`/gallery/${query}&touch=1`);
    expect(await controlSizes(page, id), id).toEqual(expected);
    await page.goto(`/gallery/${query}`);
    expect(await controlSizes(page, id), `${id} with a mouse`).not.toEqual(expected);
  }
});

test('the grid shows each state for every provider, stand-ins included', async ({ page }) => {
  test.setTimeout(180_000);
  const errors = collectErrors(page);
  await page.goto('/gallery/?view=grid&state=empty&width=320');
  await layOutWholeGuides(page);
  const stateMenu = page.getByRole('combobox', { name: 'State' });
  await expect(stateMenu).toBeVisible();
  const states = await stateMenu.locator('option').evaluateAll((options) => options.map((option) => (option as HTMLOptionElement).value));
  expect(states).toEqual(expect.arrayContaining(['empty', 'field-error', 'mismatch', 'submitting', 'server-error', 'success']));

  for (const state of states) {
    await visit(page, `/gallery/?view=grid&state=${state}&width=320`);
    await expect(stateMenu).toHaveValue(state);
    const canvases = page.locator('section[data-story]');
    const count = await canvases.count();
    expect(count, `stories in the ${state} grid`).toBeGreaterThanOrEqual(2);
    for (let index = 0; index < count; index += 1) {
      await expect(canvases.nth(index)).toHaveAttribute('aria-busy', 'false', { timeout: 15_000 });
      await expect(canvases.nth(index)).toHaveAttribute('data-play-state', /^(done|none)$/);
    }
    expect(errors, `console errors in the ${state} grid`).toEqual([]);
    await screenshotBox(page, page.getByRole('main'), `grid/${state}`);
  }

  // Shortcut and LaunchDarkly have no environments: their wrong-key story stands in for mismatch.
  await visit(page, '/gallery/?view=grid&state=mismatch&width=320');
  const cards = page.getByRole('main').getByRole('article');
  for (const name of ['GoCardless', 'LaunchDarkly', 'Remote', 'Shortcut', 'Stripe']) {
    await expect(cards.filter({ has: page.getByRole('heading', { name, exact: true }) })).toHaveCount(1);
  }
  await expect(page.locator('section[data-story="providers-shortcut--wrong-key"]')).toHaveAttribute('data-play-state', 'done');
});

test('the playground and the gallery link to each other', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('link', { name: 'Gallery' }).click();
  await expect(page).toHaveURL(/\/gallery\//);
  await page.getByRole('navigation', { name: 'Dev page' }).getByRole('link', { name: 'Playground' }).click();
  await expect(page.getByRole('region', { name: 'Widget' })).toBeVisible();
});

test('the 200-provider catalogue renders its first rows, then the rest as the list scrolls into view', async ({ page }) => {
  await page.goto('/gallery/?story=picker--large-catalogue&width=480');
  const canvas = await settledCanvas(page, 'picker--large-catalogue');
  const list = canvas.getByRole('list', { name: 'Services' });
  const items = list.getByRole('listitem');
  await expect(items.first()).toHaveAttribute('aria-setsize', '200');
  const firstPage = await items.count();
  expect(firstPage).toBeLessThan(200);

  for (let scrolls = 0; scrolls < 40 && (await items.count()) < 200; scrolls += 1) {
    await items.last().scrollIntoViewIfNeeded();
  }
  await expect(items).toHaveCount(200);
  await expect(items.last()).not.toHaveAttribute('aria-setsize');
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 800 } });

  test('the preview settings scroll away with the page, leaving the screen to the story', async ({ page }) => {
    await page.goto('/gallery/?story=providers-stripe--server-error&width=360');
    const settings = page.getByRole('group', { name: 'Preview settings' });
    await expect(settings).toBeVisible();
    // Seven rows of settings at this width: kept on screen, they would cover nearly half of it.
    const connect = page.getByRole('main').getByRole('button', { name: 'Connect' });
    await connect.scrollIntoViewIfNeeded();
    await page.evaluate(() => window.scrollBy(0, 400));
    const box = await settings.boundingBox();
    expect(box!.y + box!.height, 'the settings are above the window').toBeLessThanOrEqual(0);
  });

  test('the story list opens from its button, and Escape closes it and returns to the button', async ({ page }) => {
    await page.goto('/gallery/?story=providers-stripe--empty');
    const toggle = page.getByRole('button', { name: /^Stories/ });
    const list = page.getByRole('navigation', { name: 'Stories' });
    await expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await expect(list).toBeHidden();

    await toggle.click();
    await expect(list).toBeVisible();
    const search = page.getByRole('searchbox', { name: 'Search stories' });
    await search.fill('mismatch');
    await search.press('Escape');
    // The first Escape clears the search, as a search box does; the next closes the list.
    await expect(search).toHaveValue('');
    await expect(list).toBeVisible();
    await search.press('Escape');
    await expect(list).toBeHidden();
    await expect(toggle).toBeFocused();
    await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  });
});
