import { expect, test, type Page } from '@playwright/test';
import { PNG } from 'pngjs';
import { expectNoAxeViolations, tokens } from './support.js';

async function openModalPlayground(page: Page, query = '') {
  await page.goto(`/?mode=modal${query}`);
  const trigger = page.getByRole('button', { name: 'Connect an account' });
  await expect(trigger).toBeVisible();
  return trigger;
}

/** The widget's dialog, whichever screen it shows: it is named by that screen's heading. */
const dialog = (page: Page) => page.getByRole('dialog');

test.describe('given the widget in modal mode', () => {
  test('the trigger opens a modal dialog with focus on its heading, and the page behind is locked', async ({ page }) => {
    const trigger = await openModalPlayground(page);
    await expect(dialog(page)).toHaveCount(0);
    await trigger.click();

    await expect(dialog(page)).toBeVisible();
    await expect(page.getByRole('heading', { level: 2, name: 'Connect an account' })).toBeFocused();
    expect(await page.evaluate(() => document.documentElement.style.overflow)).toBe('hidden');
    // The page behind is inert: its controls cannot take focus while the dialog is open.
    const behind = page.getByRole('button', { name: 'Restart widget' });
    expect(await behind.evaluate((button: HTMLElement) => (button.focus(), document.activeElement === button))).toBe(false);
    await expectNoAxeViolations(page, 'modal picker');
  });

  test('Tab stays inside the dialog', async ({ page }) => {
    const trigger = await openModalPlayground(page);
    await trigger.click();
    await expect(page.getByRole('heading', { level: 2, name: 'Connect an account' })).toBeFocused();
    // The picker has 12 focusable controls: 16 presses go round the whole dialog at least once.
    const where: string[] = [];
    for (let press = 0; press < 16; press += 1) {
      await page.keyboard.press('Tab');
      where.push(
        await page.evaluate(() => {
          const active = document.activeElement;
          if (!active || active === document.body) return 'browser';
          return active.closest('dialog') ? 'dialog' : 'page';
        }),
      );
    }
    // Chromium may pass focus to its own UI between rounds (body), but never to the page behind.
    expect(where).not.toContain('page');
    expect(where.filter((place) => place === 'dialog').length).toBeGreaterThanOrEqual(12);
  });

  test('Escape closes it, returns focus to the trigger and unlocks scrolling', async ({ page }) => {
    const trigger = await openModalPlayground(page);
    await trigger.click();
    await page.getByRole('button', { name: 'Stripe', exact: true }).click();
    await page.getByLabel('API Key', { exact: true }).fill(tokens.stripeTest);
    await page.keyboard.press('Escape');

    await expect(dialog(page)).toHaveCount(0);
    await expect(trigger).toBeFocused();
    expect(await page.evaluate(() => document.documentElement.style.overflow)).toBe('');
    // Reopening starts over, with nothing of what was typed.
    await trigger.click();
    await expect(page.getByRole('heading', { level: 2, name: 'Connect an account' })).toBeFocused();
    await expect(page.locator('input[type="password"]')).toHaveCount(0);
  });

  test("closing it gives the host's page its own inline overflow and scrollbar-gutter back", async ({ page }) => {
    const trigger = await openModalPlayground(page);
    const inline = () =>
      page.evaluate(() => {
        const { overflowX, overflowY, scrollbarGutter } = document.documentElement.style;
        return { overflowX, overflowY, scrollbarGutter };
      });
    await page.evaluate(() => document.documentElement.setAttribute('style', 'overflow-y: scroll; scrollbar-gutter: stable both-edges'));
    const own = await inline();
    expect(own).toEqual({ overflowX: '', overflowY: 'scroll', scrollbarGutter: 'stable both-edges' });
    await trigger.click();
    await expect(dialog(page)).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.style.overflow)).toBe('hidden');
    await page.keyboard.press('Escape');
    await expect(dialog(page)).toHaveCount(0);
    expect(await inline()).toEqual(own);
  });

  test('a click on the backdrop closes it; a click inside does not', async ({ page }) => {
    const trigger = await openModalPlayground(page);
    await trigger.click();
    await page.getByRole('heading', { level: 2, name: 'Connect an account' }).click();
    await expect(dialog(page)).toBeVisible();
    await page.mouse.click(5, 5);
    await expect(dialog(page)).toHaveCount(0);
    await expect(trigger).toBeFocused();
  });

  test('a double click on the trigger leaves it open: the second click lands on the backdrop', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    const trigger = await openModalPlayground(page);
    await trigger.dblclick();
    await expect(page.getByRole('heading', { level: 2, name: 'Connect an account' })).toBeFocused();
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    await expect(dialog(page)).toBeVisible();
    await expect(page.getByRole('list', { name: 'Events, newest first' })).not.toContainText('"type":"close"');
    // A single click there still closes it.
    await page.mouse.click(5, 5);
    await expect(dialog(page)).toHaveCount(0);
  });

  test('on a laptop screen a form taller than the dialog keeps the focused control in view', async ({ page }) => {
    // Two columns, the form sticky beside the guide: an alert makes it taller than the dialog.
    await page.setViewportSize({ width: 1280, height: 650 });
    const trigger = await openModalPlayground(page, '&provider=stripe&scenario=server-error');
    await trigger.click();
    await dialog(page).getByLabel('API Key', { exact: true }).fill(tokens.stripeTest);
    await dialog(page).getByRole('button', { name: 'Connect', exact: true }).click();
    const tryAgain = dialog(page).getByRole('button', { name: 'Try again' });
    await expect(tryAgain).toBeVisible({ timeout: 20_000 });
    await tryAgain.focus();
    await page.keyboard.press('Tab');
    const connect = dialog(page).getByRole('button', { name: 'Connect', exact: true });
    await expect(connect).toBeFocused();
    // Wholly inside the dialog's visible box (WCAG 2.4.11), not under its bottom edge.
    await expect
      .poll(async () => {
        const [box, frame] = await Promise.all([connect.boundingBox(), dialog(page).boundingBox()]);
        return Boolean(box && frame && box.y >= frame.y && box.y + box.height <= frame.y + frame.height);
      })
      .toBe(true);
  });

  test('on a phone held sideways at 200 % zoom, Close covers no control the focus reaches', async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 160 });
    const trigger = await openModalPlayground(page, '&provider=stripe');
    await trigger.click();
    const close = await dialog(page).getByRole('button', { name: 'Close' }).elementHandle();
    const covered: string[] = [];
    let measured = 0;
    // Forwards from the heading, then backwards from Connect: each control as the focus reaches it.
    const keys = [...Array<string>(12).fill('Tab'), 'Connect', ...Array<string>(12).fill('Shift+Tab')];
    for (const key of keys) {
      if (key === 'Connect') await dialog(page).getByRole('button', { name: 'Connect', exact: true }).focus();
      else await page.keyboard.press(key);
      const found = await close!.evaluate((close) => {
        const focused = document.activeElement;
        if (!focused || focused === close || focused === document.body) return null;
        const [a, b] = [close.getBoundingClientRect(), focused.getBoundingClientRect()];
        const overlap = Math.max(0, Math.min(a.right, b.right) - Math.max(a.left, b.left)) * Math.max(0, Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top));
        // A heading's box runs under Close to the edge, past its words: a few per cent of it.
        return { covered: overlap / (b.width * b.height) > 0.05, name: focused.getAttribute('aria-label') ?? focused.textContent ?? focused.tagName };
      });
      if (found) measured += 1;
      if (found?.covered) covered.push(found.name);
    }
    expect(measured).toBeGreaterThan(10);
    expect(covered).toEqual([]);
  });

  test('on a phone held sideways at 200 % zoom, each field and choice the focus reaches is wholly in view', async ({ page }) => {
    // 844 × 390 zoomed to 200 %; also a phone's keyboard up where the page resizes for it.
    await page.setViewportSize({ width: 422, height: 195 });
    const trigger = await openModalPlayground(page, '&provider=stripe');
    await trigger.click();
    await expect(page.getByRole('heading', { level: 2, name: 'Stripe' })).toBeFocused();
    const cut: string[] = [];
    let measured = 0;
    // Forwards from the heading to Connect, then backwards: each field and radio as the focus reaches it.
    for (const key of [...Array<string>(14).fill('Tab'), ...Array<string>(6).fill('Shift+Tab')]) {
      await page.keyboard.press(key);
      await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
      const found = await dialog(page).evaluate((frame) => {
        const focused = document.activeElement;
        if (!(focused instanceof HTMLInputElement)) return null;
        const [outer, box] = [frame.getBoundingClientRect(), focused.getBoundingClientRect()];
        const shown = Math.max(0, Math.min(outer.bottom, box.bottom) - Math.max(outer.top, box.top));
        return { name: focused.labels?.[0]?.textContent?.trim().slice(0, 20) ?? focused.name, shown: Math.round(shown), height: Math.round(box.height) };
      });
      if (!found) continue;
      measured += 1;
      if (found.shown < found.height) cut.push(`${found.name}: ${found.shown} of ${found.height} px in view`);
    }
    expect(measured).toBeGreaterThanOrEqual(4);
    expect(cut).toEqual([]);
  });

  test('the Close button closes it, returns focus to the trigger and emits close', async ({ page }) => {
    const trigger = await openModalPlayground(page);
    await trigger.click();
    await dialog(page).getByRole('button', { name: 'Close' }).click();
    await expect(dialog(page)).toHaveCount(0);
    await expect(trigger).toBeFocused();
    await expect(page.getByRole('list', { name: 'Events, newest first' })).toContainText('"type":"close"');
  });

  test('the dialog is named by the heading of the screen it shows, so a screen reader that comes back to it says where the user is', async ({ page }) => {
    const trigger = await openModalPlayground(page);
    await trigger.click();
    await expect(dialog(page)).toHaveAccessibleName('Connect an account');
    await page.getByRole('button', { name: 'Shortcut', exact: true }).click();
    await expect(page.getByRole('dialog', { name: 'Shortcut', exact: true })).toBeVisible();
    await page.getByLabel('API Token', { exact: true }).fill(tokens.shortcut);
    await page.getByRole('button', { name: 'Connect', exact: true }).click();
    await expect(page.getByRole('dialog', { name: 'Shortcut connected', exact: true })).toBeVisible();
  });

  test('a connection completes inside the dialog and Done closes it', async ({ page }) => {
    const trigger = await openModalPlayground(page);
    await trigger.click();
    await page.getByRole('button', { name: 'Shortcut', exact: true }).click();
    await expect(page.getByRole('heading', { level: 2, name: 'Shortcut' })).toBeFocused();
    await page.getByLabel('API Token', { exact: true }).fill(tokens.shortcut);
    await page.getByRole('button', { name: 'Connect', exact: true }).click();
    await expect(page.getByRole('heading', { level: 2, name: 'Shortcut connected' })).toBeFocused();
    await expectNoAxeViolations(page, 'modal success');
    await page.getByRole('button', { name: 'Done' }).click();
    await expect(dialog(page)).toHaveCount(0);
    await expect(trigger).toBeFocused();
  });

  test('on a phone held sideways it fills the screen, and the key field and Connect come into view', async ({ page }) => {
    await page.setViewportSize({ width: 863, height: 360 });
    const trigger = await openModalPlayground(page, '&provider=stripe');
    await trigger.click();
    expect(await dialog(page).boundingBox()).toMatchObject({ x: 0, y: 0, width: 863, height: 360 });
    const apiKey = page.getByLabel('API Key', { exact: true });
    await apiKey.focus();
    await expect(apiKey).toBeInViewport({ ratio: 1 });
    const connect = page.getByRole('button', { name: 'Connect', exact: true });
    await connect.scrollIntoViewIfNeeded();
    await expect(connect).toBeInViewport({ ratio: 1 });
  });

  test('on a phone Close stays in reach however far the screen scrolls, and a new screen starts at its top', async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 568 });
    const trigger = await openModalPlayground(page);
    await trigger.click();
    const close = dialog(page).getByRole('button', { name: 'Close' });
    const stripe = page.getByRole('button', { name: 'Stripe', exact: true });
    await stripe.scrollIntoViewIfNeeded();
    await expect(close).toBeInViewport({ ratio: 1 });
    await stripe.click();
    await expect(page.getByRole('button', { name: 'Back' })).toBeInViewport({ ratio: 1 });
    await expect(close).toBeInViewport({ ratio: 1 });
    await page.getByRole('button', { name: 'Connect', exact: true }).scrollIntoViewIfNeeded();
    await expect(close).toBeInViewport({ ratio: 1 });
    await close.click();
    await expect(dialog(page)).toHaveCount(0);
  });

  test('on a phone, the screen scrolls under a band across the top that holds Close, not under Close alone, which cut lines short', async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 640 });
    const trigger = await openModalPlayground(page, '&provider=stripe');
    await trigger.click();
    const close = dialog(page).getByRole('button', { name: 'Close' });
    // A paragraph of the guide whose lines run up to the right edge, its first line scrolled level with Close.
    const line = dialog(page).getByText('Stripe keeps separate API keys');
    const closeBox = (await close.boundingBox())!;
    const middle = closeBox.y + closeBox.height / 2;
    const halfLine = await line.evaluate((text) => parseFloat(getComputedStyle(text).lineHeight) / 2);
    await dialog(page).evaluate((element, by) => element.scrollBy(0, by), (await line.boundingBox())!.y + halfLine - middle);
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    expect((await line.boundingBox())!.y).toBeLessThan(middle);

    // Beside Close, across the dialog: the band's one colour, no text.
    const strip = PNG.sync.read(await page.screenshot({ clip: { x: 0, y: Math.round(middle) - 2, width: Math.floor(closeBox.x) - 2, height: 4 } }));
    const colours = new Set<string>();
    for (let at = 0; at < strip.data.length; at += 4) colours.add(strip.data.subarray(at, at + 3).join());
    expect([...colours]).toHaveLength(1);
    await expect(close).toBeInViewport({ ratio: 1 });
  });

  test('on a phone it fills the screen', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    const trigger = await openModalPlayground(page, '&theme=dark');
    await trigger.click();
    const box = await dialog(page).boundingBox();
    expect(box?.width).toBe(390);
    expect(box?.height).toBe(844);
  });
});
