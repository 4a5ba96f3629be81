import { expect, test, type Locator, type Page } from '@playwright/test';
import { connectButton, credentialField, expectNoAxeViolations, openPlayground, pickProvider, screenHeading, widget } from './support.js';

// The provider screen's code (guide, form, react-hook-form, react-query) loads on demand:
// src/components/provider-screen.tsx. On the dev server it is the module
// /src/components/provider-view.tsx; these tests hold its request, or fail it.
const PROVIDER_VIEW = /\/src\/components\/provider-view\.tsx(\?|$)/;

function providerButton(page: Page, name: string) {
  return widget(page).getByRole('list', { name: 'Services' }).getByRole('button', { name, exact: true });
}

/** Holds the request for the screen's code (a slow network) until the function it returns is called. */
async function holdProviderView(page: Page): Promise<() => void> {
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(PROVIDER_VIEW, async (route) => {
    await held;
    await route.continue();
  });
  return release;
}

test('the code loads in idle time after the picker shows, before anyone clicks', async ({ page }) => {
  const requested = page.waitForRequest(PROVIDER_VIEW);
  await openPlayground(page);

  await requested;
  await providerButton(page, 'Stripe').click();

  await expect(credentialField(page, 'API Key')).toBeVisible();
});

test('on a slow network a provider opens with its name and a loading status, then its form takes over', async ({ page }) => {
  const release = await holdProviderView(page);
  await openPlayground(page);

  await providerButton(page, 'Stripe').click();

  await expect(screenHeading(page, 'Stripe')).toBeVisible();
  await expect(widget(page).getByRole('status').filter({ hasText: 'Loading…' })).toBeVisible();
  await expect(screenHeading(page, 'Stripe')).toBeFocused();
  await expect(credentialField(page, 'API Key')).toHaveCount(0);
  await expectNoAxeViolations(page, 'the provider screen while its code loads');

  release();

  await expect(credentialField(page, 'API Key')).toBeVisible();
  await expect(widget(page).getByRole('status').filter({ hasText: 'Loading…' })).toHaveCount(0);
  await expect(screenHeading(page, 'Stripe')).toBeFocused();
});

test('while the code loads, the widget keeps the picker’s height: the page below does not move up under a second tap', async ({ page }) => {
  const release = await holdProviderView(page);
  await page.setViewportSize({ width: 390, height: 844 });
  await openPlayground(page, { width: '360' });
  const picker = (await widget(page).boundingBox())!;

  await providerButton(page, 'LaunchDarkly').click();
  await expect(widget(page).getByRole('status').filter({ hasText: 'Loading…' })).toBeVisible();
  const loading = (await widget(page).boundingBox())!;
  expect(Math.round(loading.height)).toBeGreaterThanOrEqual(Math.round(picker.height));

  release();
  await expect(credentialField(page, 'Access Token')).toBeVisible();
});

test('when the code cannot load, the screen says so, Back still works, and Reload page brings it', async ({ page }) => {
  let offline = true;
  await page.route(PROVIDER_VIEW, (route) => (offline ? route.abort('internetdisconnected') : route.continue()));
  await openPlayground(page);

  await providerButton(page, 'Shortcut').click();

  await expect(widget(page).getByRole('alert')).toHaveText(/This step could not load\. Check your connection, then reload the page\./);
  await expect(screenHeading(page, 'Shortcut')).toBeFocused();
  await expectNoAxeViolations(page, 'the provider screen when its code could not load');
  await widget(page).getByRole('button', { name: 'Back', exact: true }).click();
  await providerButton(page, 'Shortcut').click();
  await expect(widget(page).getByRole('alert')).toBeVisible();

  // The browser keeps a failed import() for the life of the page: the button reloads it.
  offline = false;
  await widget(page).getByRole('button', { name: 'Reload page' }).click();
  await providerButton(page, 'Shortcut').click();

  await expect(credentialField(page, 'API Token')).toBeVisible();
  await expect(widget(page).getByRole('alert')).toHaveCount(0);
});

test('offline while the picker shows, the code waits for the connection, and the provider opens once it is back', async ({ page }) => {
  // The browser says it is offline from the start, until the test says otherwise.
  await page.addInitScript(() => {
    let online = false;
    Object.defineProperty(Navigator.prototype, 'onLine', { configurable: true, get: () => online });
    Object.assign(window, {
      goOnline: () => {
        online = true;
        window.dispatchEvent(new Event('online'));
      },
    });
  });
  let offline = true;
  const requested: string[] = [];
  await page.route(PROVIDER_VIEW, (route) => {
    requested.push(route.request().url());
    return offline ? route.abort('internetdisconnected') : route.continue();
  });
  await openPlayground(page);
  // Two idle periods: the idle-time load would have started by now.
  await page.evaluate(() => new Promise((resolve) => requestIdleCallback(() => requestIdleCallback(resolve))));
  expect(requested).toEqual([]);

  await providerButton(page, 'Stripe').click();
  await expect(widget(page).getByRole('status')).toHaveText('You are offline. This step loads once you are back online.');
  await expect(screenHeading(page, 'Stripe')).toBeFocused();
  // Said with the heading the focus lands on: the status's first words are not announced.
  await expect(screenHeading(page, 'Stripe')).toHaveAccessibleDescription('You are offline. This step loads once you are back online.');
  expect(requested).toEqual([]);

  offline = false;
  await page.evaluate(() => (window as unknown as { goOnline: () => void }).goOnline());
  await expect(credentialField(page, 'API Key')).toBeVisible();
  await expect(screenHeading(page, 'Stripe')).toBeFocused();
  expect(requested).toHaveLength(1);
});

/** Records the font of every text measured on a canvas, and whether that canvas is in the page. */
async function recordCanvasFonts(page: Page): Promise<() => Promise<string[]>> {
  await page.addInitScript(() => {
    const measured: string[] = [];
    Object.assign(window, { __measured: measured });
    const measureText = CanvasRenderingContext2D.prototype.measureText;
    CanvasRenderingContext2D.prototype.measureText = function (this: CanvasRenderingContext2D, text: string) {
      measured.push(`${this.canvas.isConnected ? 'in the page' : 'off the page'}: ${this.font}`);
      return measureText.call(this, text);
    };
  });
  return () => page.evaluate(() => (window as unknown as { __measured: string[] }).__measured);
}

/** The rehearsal runs in the browser's idle time once the code is here, as a transition: let the page go idle a few times over. */
async function idleAFewTimes(page: Page): Promise<void> {
  for (let idle = 0; idle < 3; idle += 1) {
    await page.evaluate(() => new Promise((resolve) => requestIdleCallback(() => setTimeout(resolve, 50))));
  }
}

test("the idle-time rehearsal of a provider screen leaves the page alone (no screen added, no event, focus and text kept) and sets up the screen's fonts off the page", async ({ page }) => {
  // Every provider screen that reaches the page, and whether it is still there when seen.
  await page.addInitScript(() => {
    const seen: string[] = [];
    Object.assign(window, { __providerScreens: seen });
    new MutationObserver((records) => {
      for (const node of records.flatMap((record) => [...record.addedNodes])) {
        if (!(node instanceof HTMLElement)) continue;
        const screen = node.matches('[data-step="provider"]') ? node : node.querySelector('[data-step="provider"]');
        if (screen) seen.push(screen.getAttribute('data-provider') ?? '?');
      }
    }).observe(document, { childList: true, subtree: true });
  });
  const measured = await recordCanvasFonts(page);
  const requested = page.waitForRequest(PROVIDER_VIEW);
  await openPlayground(page);
  const search = widget(page).getByRole('searchbox');
  await search.fill('st');
  await requested;
  await idleAFewTimes(page);

  const screens = () => page.evaluate(() => (window as unknown as { __providerScreens: string[] }).__providerScreens);
  expect(await screens()).toEqual([]);
  // The screen's fonts were set up on a canvas off the page (which ones: the next test), among
  // them the token field's, in the widget's monospace face at its size.
  const fonts = await measured();
  expect(fonts.filter((font) => !font.startsWith('off the page: '))).toEqual([]);
  expect(fonts).toContainEqual(expect.stringMatching(/^off the page: 15px ui-monospace, /));
  await expect(search).toBeFocused();
  await expect(search).toHaveValue('st');
  const events = page.getByRole('list', { name: 'Events, newest first' }).getByRole('listitem');
  await expect(events).toHaveCount(1);
  await expect(events).toHaveText(/"type":"open"/);

  await providerButton(page, 'Stripe').click();
  await expect(credentialField(page, 'API Key')).toBeVisible();
  await expect(screenHeading(page, 'Stripe')).toBeFocused();
  expect(await screens()).toEqual(['stripe']);
});

/** Each font the widget's text and fields are set in, as "weight size first-family". */
function fontsIn(widgetRegion: Locator): Promise<string[]> {
  return widgetRegion.evaluate((region) => {
    const key = (style: CSSStyleDeclaration) => `${style.fontWeight} ${Number.parseFloat(style.fontSize).toFixed(2)}px ${style.fontFamily.split(',')[0]?.trim()}`;
    const fonts = new Set<string>();
    const walker = document.createTreeWalker(region, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (node.textContent?.trim() && node.parentElement) fonts.add(key(getComputedStyle(node.parentElement)));
    }
    for (const field of region.querySelectorAll('input:not([type="radio"], [type="checkbox"], [type="hidden"])')) fonts.add(key(getComputedStyle(field)));
    return [...fonts];
  });
}

// On a touch screen the token field is 16 px (iOS zooms in on a smaller field), so the fonts differ.
for (const hasTouch of [false, true]) {
  test.describe(hasTouch ? 'on a touch screen' : 'with a mouse', () => {
    test.use({ hasTouch });
    test('every text on every built-in provider\'s screen, its errors included, is in a font the picker uses or the rehearsal sets up', async ({ page }) => {
      const measured = await recordCanvasFonts(page);
      await openPlayground(page);
      await idleAFewTimes(page);
      // On a loaded machine the code may arrive after those idle moments: wait for the rehearsal.
      await expect.poll(async () => (await measured()).length, { message: 'the rehearsal set up fonts' }).toBeGreaterThan(5);
      // The canvas's fonts, in the same form: the browser parses them as CSS would.
      const setUp = await page.evaluate(async (fonts) => {
        const probe = document.body.appendChild(document.createElement('span'));
        const keys = fonts.map((font) => {
          probe.style.font = font.replace(/^off the page: /, '');
          const style = getComputedStyle(probe);
          return `${style.fontWeight} ${Number.parseFloat(style.fontSize).toFixed(2)}px ${style.fontFamily.split(',')[0]?.trim()}`;
        });
        probe.remove();
        return keys;
      }, await measured());
      const known = new Set([...setUp, ...(await fontsIn(widget(page)))]);

      const missing = new Set<string>();
      for (const name of ['GoCardless', 'LaunchDarkly', 'Remote', 'Shortcut', 'Stripe']) {
        await pickProvider(page, name);
        await connectButton(page).click();
        await expect(widget(page).getByText(/^Enter your /).first()).toBeVisible();
        for (const font of await fontsIn(widget(page))) if (!known.has(font)) missing.add(`${font} (${name})`);
        await widget(page).getByRole('button', { name: 'Back', exact: true }).click();
      }
      expect([...missing], 'fonts the first open would set up in its layout: add them to SCREEN_TEXT in provider-view.tsx').toEqual([]);
    });
  });
}

test("idle time sets up list formatting, so the token field's first blur creates no Intl.ListFormat (the page's first costs ≈12 ms)", async ({ page }) => {
  // Every Intl.ListFormat the page creates, tagged with when.
  await page.addInitScript(() => {
    const created: string[] = [];
    Object.assign(window, { __listFormats: created, __phase: 'before the blur' });
    const Original = Intl.ListFormat;
    Object.assign(Intl, {
      ListFormat: class extends Original {
        constructor(...args: ConstructorParameters<typeof Intl.ListFormat>) {
          super(...args);
          created.push((window as unknown as { __phase: string }).__phase);
        }
      },
    });
  });
  const created = () => page.evaluate(() => (window as unknown as { __listFormats: string[] }).__listFormats);
  await openPlayground(page);
  await idleAFewTimes(page);
  // On a loaded machine idle time comes later than a few idle callbacks: wait for it, as the fonts test does.
  await expect.poll(created, { message: 'idle time created the list format' }).toEqual(['before the blur']);

  await providerButton(page, 'Stripe').click();
  const apiKey = credentialField(page, 'API Key');
  await apiKey.fill('sk');
  await page.evaluate(() => Object.assign(window, { __phase: 'in the blur' }));
  await apiKey.blur();
  // The blur validated the form: the key's message is up, and the environment error was worded.
  await expect(widget(page).getByText(/^Stripe secret keys start with/)).toBeVisible();
  expect(await created()).toEqual(['before the blur']);
});
