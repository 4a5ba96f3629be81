import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { playgroundQuery, tokens, type PlaygroundParams } from './support.js';

/**
 * Low-vision users who set text their own way: WCAG 1.4.12's text spacing (the "text spacing
 * bookmarklet"'s user style, on every element) and Chromium's minimum font size. No text may be
 * cut, spill out of its box or out of the widget, or run into another control.
 */
const TEXT_SPACING = `* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; }
p { margin-bottom: 2em !important; }`;

type Mode = 'inline' | 'modal';

/** The widget's container: the dialog in modal mode, else the dev page's region. */
function scopeOf(page: Page, mode: Mode): Locator {
  return mode === 'modal' ? page.getByRole('dialog') : page.getByRole('region', { name: 'Widget' });
}

async function open(page: Page, mode: Mode, params: PlaygroundParams, userStyle?: string): Promise<Locator> {
  await page.goto(`/?${playgroundQuery({ width: 'fluid', ...params })}&mode=${mode}`);
  if (userStyle) await page.addStyleTag({ content: userStyle });
  if (mode === 'modal') await page.getByRole('button', { name: 'Connect an account' }).click();
  const scope = scopeOf(page, mode);
  await expect(scope.getByRole('heading', { level: 2 })).toBeVisible();
  await expect(scope.getByRole('status').filter({ hasText: 'Loading…' })).toHaveCount(0);
  return scope;
}

/**
 * What a user reads and presses, found by role and label: each one's text fits its box (no
 * scrollWidth or scrollHeight past its client size), lies inside the widget (a row that scrolls
 * sideways, the category chips, is scrolled to), and no two overlap.
 */
async function expectNothingCut(page: Page, scope: Locator, where: string): Promise<void> {
  const parts = scope
    .getByRole('heading')
    .or(scope.getByRole('button'))
    .or(scope.getByRole('alert'))
    .or(scope.getByRole('searchbox'))
    .or(scope.locator('label').filter({ has: page.getByRole('radio') }))
    .or(scope.getByRole('textbox'));
  const root = await scope.elementHandle();
  const problems = await parts.evaluateAll(
    (found, container) => {
      const out: string[] = [];
      const bounds = container.getBoundingClientRect();
      const name = (element: Element) => `${element.tagName.toLowerCase()} "${(element.textContent || element.getAttribute('aria-label') || '').trim().replace(/\s+/g, ' ').slice(0, 40)}"`;
      const within = (element: Element, test: (style: CSSStyleDeclaration) => boolean) => {
        for (let parent = element.parentElement; parent && parent !== container; parent = parent.parentElement) {
          if (test(getComputedStyle(parent))) return true;
        }
        return false;
      };
      const shown = found.filter((element) => element.getClientRects().length > 0 && getComputedStyle(element).visibility !== 'hidden');
      for (const element of shown) {
        const box = element.getBoundingClientRect();
        if (element.tagName !== 'INPUT') {
          if (element.scrollWidth > element.clientWidth + 1) out.push(`${name(element)} is ${element.scrollWidth} px wide in ${element.clientWidth} px`);
          if (element.scrollHeight > element.clientHeight + 1) out.push(`${name(element)} is ${element.scrollHeight} px tall in ${element.clientHeight} px`);
        }
        const scrolledRow = within(element, (style) => style.overflowX === 'auto' || style.overflowX === 'scroll');
        if (!scrolledRow && (box.left < bounds.left - 0.5 || box.right > bounds.right + 0.5)) {
          out.push(`${name(element)} spans ${Math.round(box.left)}–${Math.round(box.right)} px, outside the widget's ${Math.round(bounds.left)}–${Math.round(bounds.right)} px`);
        }
      }
      // Two parts overlap where they show: neither inside the other, nor a key field and the reveal
      // button drawn in it, nor a sticky Close over what scrolls under it, nor a part scrolled out
      // of a box that scrolls (the form column beside a long guide).
      const isPinned = (style: CSSStyleDeclaration) => style.position === 'sticky' || style.position === 'fixed';
      const pinned = (element: Element) => isPinned(getComputedStyle(element)) || within(element, isPinned);
      const shownPart = (element: Element) => {
        let { left, top, right, bottom } = element.getBoundingClientRect();
        for (let parent = element.parentElement; parent; parent = parent === container ? null : parent.parentElement) {
          if (getComputedStyle(parent).overflow === 'visible') continue;
          const clip = parent.getBoundingClientRect();
          [left, top, right, bottom] = [Math.max(left, clip.left), Math.max(top, clip.top), Math.min(right, clip.right), Math.min(bottom, clip.bottom)];
        }
        return { left, top, right, bottom };
      };
      const texts = shown.filter((element) => element.tagName !== 'INPUT');
      for (const [index, first] of texts.entries()) {
        for (const second of texts.slice(index + 1)) {
          if (first.contains(second) || second.contains(first) || pinned(first) !== pinned(second)) continue;
          const a = shownPart(first);
          const b = shownPart(second);
          const overlapX = Math.min(a.right, b.right) - Math.max(a.left, b.left);
          const overlapY = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
          if (overlapX > 1 && overlapY > 1) out.push(`${name(first)} overlaps ${name(second)}`);
        }
      }
      return out;
    },
    root!,
  );
  expect(problems, where).toEqual([]);
}

/** The picker, Stripe's live key under Test Mode with its switch, a server error, and success. */
async function walkJourneys(page: Page, mode: Mode, userStyle?: string): Promise<void> {
  let scope = await open(page, mode, {}, userStyle);
  await expectNothingCut(page, scope, 'the picker');
  await scope.getByRole('searchbox').fill('zzz');
  await expect(scope.getByRole('button', { name: 'Show all services' })).toBeVisible();
  await expectNothingCut(page, scope, 'the picker with no match');

  scope = await open(page, mode, { provider: 'stripe' }, userStyle);
  await scope.getByLabel('API Key', { exact: true }).fill(tokens.stripeLive);
  await scope.getByRole('radio', { name: /^Test Mode\b/ }).check();
  await scope.getByRole('button', { name: 'Connect', exact: true }).click();
  await expect(scope.getByRole('button', { name: 'Switch to Production' })).toBeVisible();
  await expectNothingCut(page, scope, "Stripe's live key under Test Mode");

  scope = await open(page, mode, { provider: 'stripe', scenario: 'server-error' }, userStyle);
  await scope.getByLabel('API Key', { exact: true }).fill(tokens.stripeTest);
  await scope.getByRole('button', { name: 'Connect', exact: true }).click();
  await expect(scope.getByRole('button', { name: 'Try again' })).toBeVisible({ timeout: 20_000 });
  await expectNothingCut(page, scope, 'a server error');

  scope = await open(page, mode, { provider: 'gocardless' }, userStyle);
  await scope.getByLabel('Access Token', { exact: true }).fill(tokens.gocardlessSandbox);
  await scope.getByRole('button', { name: 'Connect', exact: true }).click();
  await expect(scope.getByRole('heading', { level: 2, name: 'GoCardless connected' })).toBeVisible();
  await expectNothingCut(page, scope, 'the success screen');
}

for (const width of [320, 1280]) {
  test.describe(`given text spacing set by the user (WCAG 1.4.12) in a ${width} px window`, () => {
    test.use({ viewport: { width, height: 700 } });

    for (const mode of ['inline', 'modal'] as const) {
      test(`${mode}: nothing is cut off or overlaps, from the picker to success`, async ({ page }) => {
        await walkJourneys(page, mode, TEXT_SPACING);
      });
    }
  });
}

test.describe("given Chromium's minimum font size set to 24 px", () => {
  test('a 390 px phone: nothing is cut off or overlaps, from the picker to success', async ({ playwright, baseURL }, testInfo) => {
    // Chromium's own setting (Settings › Appearance › Customise fonts), in a fresh profile: no
    // DevTools call sets it.
    const profile = testInfo.outputPath('profile');
    mkdirSync(join(profile, 'Default'), { recursive: true });
    writeFileSync(
      join(profile, 'Default', 'Preferences'),
      JSON.stringify({ webkit: { webprefs: { minimum_font_size: 24 } } }),
    );
    const context = await playwright.chromium.launchPersistentContext(profile, {
      ...testInfo.project.use.launchOptions,
      baseURL,
      viewport: { width: 390, height: 800 },
    });
    try {
      const page = context.pages()[0] ?? (await context.newPage());
      const scope = await open(page, 'inline', { provider: 'stripe' });
      // The setting holds: the provider's description, 15 px in the widget's style, shows at 24.
      const description = scope.getByText('Payments, customers and subscriptions.');
      expect(await description.evaluate((element) => getComputedStyle(element).fontSize)).toBe('24px');
      await walkJourneys(page, 'inline');
    } finally {
      await context.close();
    }
  });
});
