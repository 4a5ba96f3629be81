import { expect, test } from '@playwright/test';

// Windows (and Linux desktops) draw classic scrollbars, which take room (15 px); headless Chromium
// hides them unless told, so every other spec sees the overlay scrollbars of macOS and phones.
// (A worker option: it must be set for the whole file.)
test.use({
  launchOptions: [
    async ({}, use, workerInfo) => use({ ...workerInfo.project.use.launchOptions, ignoreDefaultArgs: ['--hide-scrollbars'] }),
    { scope: 'worker' },
  ],
});

test.describe('given the widget in modal mode, with a classic scrollbar', () => {
  for (const [height, scrolls] of [[720, true], [1400, false]] as const) {
    test(`the page behind stays where it is as the dialog opens and closes (a page that ${scrolls ? 'scrolls' : 'fits'})`, async ({ page }) => {
      await page.setViewportSize({ width: 1280, height });
      // The playground's request log shows the requests of every test running beside this one, and
      // would make the page taller than the window: shown empty here, the page's height is its own.
      await page.route('**/api/connect/log', (route) => route.fulfill({ json: { requests: [] } }));
      await page.goto('/?mode=modal');
      const trigger = page.getByRole('button', { name: 'Connect an account' });
      await expect(trigger).toBeVisible();
      const scrollbar = () => page.evaluate(() => window.innerWidth - document.documentElement.clientWidth);
      expect((await scrollbar()) > 0).toBe(scrolls);
      const gallery = page.getByRole('link', { name: 'Gallery' });
      const before = await gallery.boundingBox();

      await trigger.click();
      await expect(page.getByRole('dialog')).toBeVisible();
      // Scrolling is locked, yet the scrollbar's room stays: the page does not move 15 px to the right.
      expect(await gallery.boundingBox()).toEqual(before);
      await page.keyboard.press('Escape');
      await expect(page.getByRole('dialog')).toHaveCount(0);
      expect(await gallery.boundingBox()).toEqual(before);
      expect((await scrollbar()) > 0).toBe(scrolls);
    });
  }
});

test('given the widget in modal mode in a small window, with a classic scrollbar, the dialog fills the whole window, leaving no empty strip where the scrollbar was', async ({ page }) => {
  // 480 px tall: a laptop's 768 px at 150 % display scaling, less the browser's own bars.
  await page.setViewportSize({ width: 1280, height: 480 });
  await page.goto('/?mode=modal');
  expect(await page.evaluate(() => window.innerWidth - document.documentElement.clientWidth)).toBeGreaterThan(0);
  await page.getByRole('button', { name: 'Connect an account' }).click();
  await expect(page.getByRole('dialog')).toBeVisible();
  // The page behind is hidden, so it has nothing to keep still; the dialog takes the scrollbar's room too.
  expect(await page.getByRole('dialog').boundingBox()).toMatchObject({ x: 0, width: 1280 });
});
