import { join } from 'node:path';
import { devices, expect, test, type Locator, type Page } from '@playwright/test';
import { PNG } from 'pngjs';
import {
  connectButton,
  credentialField,
  environmentRadio,
  guideComplete,
  layOutWholeGuides,
  openPlayground,
  pickProvider,
  playgroundQuery,
  screenHeading,
  tapAt,
  tokens,
  widget,
  type PlaygroundParams,
} from './support.js';

type Screen = {
  name: string;
  params: PlaygroundParams;
  heading: string;
  /** Brings the widget into the screen's state after the page opened. */
  prepare?: (page: Page) => Promise<void>;
};

const screens: Screen[] = [
  { name: 'picker', params: {}, heading: 'Connect an account' },
  { name: 'stripe', params: { provider: 'stripe' }, heading: 'Stripe' },
  { name: 'gocardless', params: { provider: 'gocardless' }, heading: 'GoCardless' },
  { name: 'shortcut', params: { provider: 'shortcut' }, heading: 'Shortcut' },
  { name: 'launchdarkly', params: { provider: 'launchdarkly' }, heading: 'LaunchDarkly' },
  { name: 'remote', params: { provider: 'remote' }, heading: 'Remote' },
  {
    name: 'field-error',
    params: { provider: 'stripe' },
    heading: 'Stripe',
    prepare: async (page) => {
      await connectButton(page).click();
      await expect(widget(page).getByText('Enter your API Key.')).toBeVisible();
      await expect(widget(page).getByText('Choose Production or Test Mode.')).toBeVisible();
    },
  },
  {
    name: 'mismatch',
    params: { provider: 'stripe' },
    heading: 'Stripe',
    prepare: async (page) => {
      await environmentRadio(page, 'Test Mode').check();
      await credentialField(page, 'API Key').fill(tokens.stripeLive);
      await expect(widget(page).getByRole('button', { name: 'Switch to Production' })).toBeVisible();
    },
  },
  {
    name: 'success',
    params: { provider: 'shortcut' },
    heading: 'Shortcut connected',
    prepare: async (page) => {
      await credentialField(page, 'API Token').fill(tokens.shortcut);
      await connectButton(page).click();
    },
  },
];

/**
 * Shows a screen's URL state without reloading the page: the playground reads its parameters from
 * the URL (and listens to popstate), and its Restart widget button mounts a fresh widget.
 */
async function showPlayground(page: Page, params: PlaygroundParams): Promise<void> {
  await page.evaluate((query) => {
    window.history.replaceState(null, '', `?${query}`);
    window.dispatchEvent(new PopStateEvent('popstate'));
  }, playgroundQuery(params));
  await page.getByRole('button', { name: 'Restart widget' }).click();
  await expect(widget(page).getByRole('heading', { level: 2 })).toBeVisible();
  await guideComplete(page);
}

type Overflow = { pageScrollWidth: number; innerWidth: number; widgetRight: number; offenders: string[] };

/**
 * Horizontal overflow: the page wider than the viewport, anything in the widget past its right
 * edge, or text wider than the box it is in.
 */
function measureOverflow(page: Page): Promise<Overflow> {
  return page.evaluate(() => {
    const root = document.querySelector('.ch-root');
    if (!root) throw new Error('the widget root is missing');
    const widgetRight = root.getBoundingClientRect().right;
    const offenders: string[] = [];
    for (const element of root.querySelectorAll('*')) {
      const box = element.getBoundingClientRect();
      const name = () => `${element.tagName.toLowerCase()}${element.className && typeof element.className === 'string' ? `.${element.className.trim().split(/\s+/).join('.')}` : ''}`;
      const text = () => (element.textContent ?? '').trim().slice(0, 40);
      // Inside a row that scrolls sideways only (the category chips on a phone), what lies past
      // its edge is clipped there and scrolled to; the row itself is measured.
      const inRow = (function scrolls(parent: Element | null): boolean {
        if (!parent || parent === root) return false;
        const { overflowX, overflowY } = getComputedStyle(parent);
        return (overflowX === 'auto' && overflowY === 'hidden') || scrolls(parent.parentElement);
      })(element.parentElement);
      if (box.width > 0 && box.right > widgetRight + 0.5 && !inRow) {
        offenders.push(`${name()} right=${Math.round(box.right)} "${text()}"`);
      }
      // Text wider than the box it is in spills over its border (a long word that cannot wrap).
      const ownText = [...element.childNodes].some((node) => node.nodeType === Node.TEXT_NODE && node.textContent?.trim());
      const style = getComputedStyle(element);
      if (ownText && element.clientWidth > 0 && style.overflowX === 'visible' && element.scrollWidth > element.clientWidth + 1) {
        offenders.push(`${name()} is ${element.scrollWidth} px wide inside ${element.clientWidth} px: "${text()}"`);
      }
    }
    return {
      pageScrollWidth: document.documentElement.scrollWidth,
      innerWidth: window.innerWidth,
      widgetRight: Math.round(widgetRight),
      offenders: offenders.slice(0, 10),
    };
  });
}

const layouts = [
  { width: '360', viewport: 420 },
  { width: '1100', viewport: 1500 },
] as const;

for (const { width, viewport } of layouts) {
  for (const theme of ['light', 'dark'] as const) {
    test.describe(`at ${width} px in the ${theme} theme`, () => {
      test.use({ viewport: { width: viewport, height: 900 } });

      test('every screen shows its heading and nothing overflows sideways', async ({ page }, testInfo) => {
        test.setTimeout(90_000);
        const problems: string[] = [];
        await openPlayground(page, { width, theme });
        // Also so that every guide section's boxes are checked for overflow.
        await layOutWholeGuides(page);
        for (const screen of screens) {
          await showPlayground(page, { ...screen.params, width, theme });
          await screen.prepare?.(page);
          await expect(screenHeading(page, screen.heading)).toBeVisible();

          const path = join(testInfo.project.outputDir, 'screens', `${screen.name}-${width}-${theme}.png`);
          await page.screenshot({ path, fullPage: true, animations: 'disabled' });

          const overflow = await measureOverflow(page);
          if (overflow.pageScrollWidth > overflow.innerWidth) {
            problems.push(`${screen.name}: the page scrolls sideways (${overflow.pageScrollWidth} > ${overflow.innerWidth} px)`);
          }
          if (overflow.offenders.length > 0) {
            problems.push(`${screen.name}: past the widget's right edge (${overflow.widgetRight}) or its own box:\n    ${overflow.offenders.join('\n    ')}`);
          }
        }
        // Every screen is saved before any overflow fails the test, so the pictures show the problem.
        expect(problems, problems.join('\n')).toEqual([]);
      });
    });
  }
}

/**
 * Stripe's guide at the page's viewport: for each section the browser had not laid out when the
 * screen opened, the height it held then and the height it takes once scrolled near.
 */
async function heldAndLaidOut(page: Page, width: PlaygroundParams['width']) {
  await page.goto(`/?${playgroundQuery({ provider: 'stripe', width })}`);
  const guide = widget(page).getByRole('region', { name: 'Create your Stripe credentials' });
  await expect(guide).not.toHaveAttribute('aria-busy');
  const sections = guide.getByRole('heading', { level: 4 }).locator('xpath=..');
  await expect(sections).toHaveCount(4);

  // Before any scrolling: which sections the browser has not laid out yet, and the room they hold.
  const before = await sections.evaluateAll((elements) =>
    elements.map((element) => ({
      // The section keeps its box; what it skips is its content.
      laidOut: element.firstElementChild?.checkVisibility({ contentVisibilityAuto: true }) ?? true,
      height: element.getBoundingClientRect().height,
    })),
  );
  const measured: { name: string; held: number; laidOut: number }[] = [];
  for (const [index, { laidOut, height: held }] of before.entries()) {
    if (laidOut) continue;
    const section = sections.nth(index);
    await section.scrollIntoViewIfNeeded();
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    const height = await section.evaluate((element) => element.getBoundingClientRect().height);
    measured.push({ name: (await section.getByRole('heading').textContent()) ?? '', held, laidOut: height });
  }
  return measured;
}

test.describe('a long guide on a phone', () => {
  test.use({ viewport: { width: 390, height: 700 } });

  test('its sections out of view hold about the room their text takes, so the page does not jump as they come near', async ({ page }) => {
    const sections = await heldAndLaidOut(page, '360');
    expect(sections.length, 'sections below the fold wait to be laid out').toBeGreaterThanOrEqual(2);
    for (const { name, held, laidOut } of sections) {
      // The estimate comes from the section's length; fonts differ between machines, so ±40 %.
      const message = `"${name}": ${Math.round(held)} px held, ${Math.round(laidOut)} px laid out`;
      expect(held / laidOut, message).toBeGreaterThan(0.6);
      expect(held / laidOut, message).toBeLessThan(1.4);
    }
  });

  test('after Connect on the empty form, the environment it focuses stays where the page scrolled to it, while the guide above comes near', async ({ page }) => {
    await page.goto(`/?${playgroundQuery({ provider: 'stripe', width: '360' })}`);
    await expect(widget(page).getByRole('region', { name: 'Create your Stripe credentials' })).not.toHaveAttribute('aria-busy');
    // Where the radio the form focuses is, in the frame it gets the focus and the five after.
    await page.evaluate(() => {
      const tops: number[] = [];
      Object.assign(window, { tops });
      document.addEventListener('focusin', async ({ target }) => {
        if (!(target instanceof HTMLInputElement) || target.type !== 'radio' || tops.length > 0) return;
        for (let frame = 0; frame < 6; frame += 1) {
          tops.push(Math.round(target.getBoundingClientRect().top));
          await new Promise((resolve) => requestAnimationFrame(resolve));
        }
      });
    });
    await connectButton(page).click();
    await expect(environmentRadio(page, 'Production')).toBeFocused();
    const tops = () => page.evaluate(() => (window as Window & { tops?: number[] }).tops ?? []);
    await expect.poll(async () => (await tops()).length).toBe(6);
    // A tap aimed at it, or at the message beside it, must land there.
    expect(new Set(await tops()).size, `the radio's top, frame by frame: ${(await tops()).join(', ')}`).toBe(1);
    await expect(environmentRadio(page, 'Production')).toBeInViewport();
  });
});

test.describe('a long guide beside the form, in a wide widget', () => {
  test.use({ viewport: { width: 1800, height: 400 } });

  test('its sections out of view hold about the room their text takes in its wider column', async ({ page }) => {
    const sections = await heldAndLaidOut(page, 'fluid');
    expect(sections.length, 'sections below the fold wait to be laid out').toBeGreaterThanOrEqual(2);
    // Summed, where one section's rounding up to a whole line evens out against another's; ±25 %
    // for fonts that differ between machines (in this column it held 40 % too much before).
    const held = sections.reduce((sum, section) => sum + section.held, 0);
    const laidOut = sections.reduce((sum, section) => sum + section.laidOut, 0);
    const message = `${sections.map((section) => section.name).join(', ')}: ${Math.round(held)} px held, ${Math.round(laidOut)} px laid out`;
    expect(held / laidOut, message).toBeGreaterThan(0.8);
    expect(held / laidOut, message).toBeLessThan(1.25);
  });
});

test.describe('the key field, as the window changes shape with the key half typed', () => {
  // A desktop window snapped to half the screen (the provider's dashboard in the other half), a
  // phone or a tablet turned: the screen goes from two columns to one or back, its guide's lines
  // longer or shorter, and the browser keeps the scroll offset, not the field (its scroll anchoring
  // lets go as the form stops or starts staying in view beside the guide).
  const changes = [
    [{ width: 1280, height: 800 }, { width: 640, height: 800 }],
    [{ width: 390, height: 844 }, { width: 844, height: 390 }],
    [{ width: 1024, height: 768 }, { width: 768, height: 1024 }],
  ] as const;
  for (const mode of ['inline', 'modal'] as const) {
    test(`keeps it in view (${mode})`, async ({ page }) => {
      for (const [before, after] of changes) {
        await page.setViewportSize(before);
        await page.goto(`/?${playgroundQuery({ provider: 'stripe' })}&mode=${mode}`);
        if (mode === 'modal') await page.getByRole('button', { name: 'Connect an account' }).click();
        const key = page.getByRole('textbox', { name: 'API Key' });
        await key.fill('sk_test_51');
        await page.setViewportSize(after);
        await expect(key, `${before.width} × ${before.height}, then ${after.width} × ${after.height}`).toBeInViewport({ ratio: 1 });
        await expect(key).toBeFocused();
      }
    });
  }

  test("leaves the page where the user scrolled it when only the height changes (a phone's toolbar hidden or shown)", async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await openPlayground(page, { provider: 'stripe' });
    const key = credentialField(page, 'API Key');
    await key.fill('sk_test_51');
    // Back up to the guide to read a step again, the key field still focused.
    await page.mouse.wheel(0, -100_000);
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBe(0);
    await page.setViewportSize({ width: 390, height: 780 });
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
    await expect(key).not.toBeInViewport();
    await expect(key).toBeFocused();
  });
});

test.describe('"Go to the form" on a phone', () => {
  const { defaultBrowserType: _, ...pixel7 } = devices['Pixel 7']!;
  test.use(pixel7);

  test('is not pressed by the second tap of a double tap on a provider, which lands on it on the new screen', async ({ page }) => {
    await openPlayground(page);
    const row = widget(page).getByRole('list', { name: 'Services' }).getByRole('button', { name: 'LaunchDarkly', exact: true });
    const skip = widget(page).getByRole('button', { name: /Go to the form$/ });
    const rowBox = (await row.boundingBox())!;
    // Once first, to see where "Go to the form" is when LaunchDarkly's screen opens from here, and
    // to have the screen's code, which loads on demand: until it is here a tap opens a short loading
    // notice instead, and the second tap falls through it onto the page below the widget.
    await row.click();
    await expect(skip).toBeVisible();
    const skipBox = (await skip.boundingBox())!;
    await widget(page).getByRole('button', { name: 'Back', exact: true }).click();
    await expect(row).toBeFocused();
    expect(await row.boundingBox(), 'the list is back where it was').toEqual(rowBox);
    const overlap = {
      left: Math.max(rowBox.x, skipBox.x),
      right: Math.min(rowBox.x + rowBox.width, skipBox.x + skipBox.width),
      top: Math.max(rowBox.y, skipBox.y),
      bottom: Math.min(rowBox.y + rowBox.height, skipBox.y + skipBox.height),
    };
    expect(overlap.right > overlap.left && overlap.bottom > overlap.top, 'LaunchDarkly\'s row and "Go to the form" share a point').toBe(true);
    const point = { x: (overlap.left + overlap.right) / 2, y: (overlap.top + overlap.bottom) / 2 };

    // What each tap clicks: the test knows when the second tap is handled, and that it was on the button.
    await page.evaluate(() => {
      const clicks: string[] = [];
      Object.assign(window, { clicks });
      window.addEventListener('click', (event) => clicks.push(`${(event.target as Element).closest('button')?.textContent} (${event.detail})`), true);
    });
    const clicks = () => page.evaluate(() => (window as Window & { clicks?: string[] }).clicks);
    const at = Date.now() / 1000;
    await tapAt(page, point, at);
    await tapAt(page, point, at + 0.12);
    await expect.poll(clicks).toEqual([expect.stringMatching(/^LaunchDarkly.* \(1\)$/), expect.stringMatching(/Go to the form \(2\)$/)]);
    await expect(screenHeading(page, 'LaunchDarkly')).toBeVisible();
    await expect(credentialField(page, 'Access Token')).not.toBeFocused();
    expect(await page.evaluate(() => window.scrollY), 'the page stays at the top of the guide').toBeLessThan(200);
    // A single tap still jumps: one a second later, past Chromium's double-tap time (400 ms).
    await tapAt(page, point, at + 1);
    await expect(credentialField(page, 'Access Token')).toBeFocused();
  });

  const providers = [
    ['gocardless', 'GoCardless', 'Access Token'],
    ['launchdarkly', 'LaunchDarkly', 'Access Token'],
    ['remote', 'Remote', 'API Token'],
    ['shortcut', 'Shortcut', 'API Token'],
    ['stripe', 'Stripe', 'API Key'],
  ] as const;
  for (const [provider, name, key] of providers) {
    test(`puts the form where it stays, with the focus in the ${key} field: nothing moves it once the jump is done (${name})`, async ({ page }) => {
      await page.goto(`/?${playgroundQuery({ provider })}`);
      await expect(widget(page).getByRole('region', { name: `Create your ${name} credentials` })).not.toHaveAttribute('aria-busy');
      await widget(page).getByRole('button', { name: /Go to the form$/ }).tap();
      // Where the focused field is in each of the next frames: a tap aimed at it must land on it.
      const tops = await page.evaluate(async () => {
        const seen: number[] = [];
        for (let frame = 0; frame < 10; frame += 1) {
          seen.push(Math.round(document.activeElement!.getBoundingClientRect().top));
          await new Promise((resolve) => requestAnimationFrame(resolve));
        }
        return seen;
      });
      expect(tops[0], 'the field is in view').toBeLessThan(page.viewportSize()!.height);
      expect(new Set(tops).size, `the field's top, frame by frame: ${tops.join(', ')}`).toBe(1);
      // The field a phone opens its keyboard for, not an environment above it (a key pasted picks that).
      await expect(credentialField(page, key)).toBeFocused();
      await expect(credentialField(page, key)).toBeInViewport();
    });
  }
});

test.describe('on a touch screen', () => {
  test.use({ viewport: { width: 375, height: 667 }, hasTouch: true, isMobile: true });

  /** The buttons, fields and choice cards in `root` smaller than a finger's 44 × 44 px. */
  const smallTargets = (root: Locator) =>
    root
      .locator('button, input:not([type="radio"], [type="hidden"]), select, label:has(input[type="radio"])')
      .evaluateAll((targets) =>
        targets.flatMap((target) => {
          const { width, height } = target.getBoundingClientRect();
          const name = target.getAttribute('aria-label') ?? target.textContent?.trim().slice(0, 30);
          return width > 0 && (width < 44 || height < 44) ? [`${name}: ${Math.round(width)} × ${Math.round(height)}`] : [];
        }),
      );

  test('every button, field and choice is at least 44 × 44 px', async ({ page }) => {
    await openPlayground(page, { width: '320' });
    expect(await smallTargets(widget(page)), 'the picker').toEqual([]);
    await pickProvider(page, 'Stripe');
    await environmentRadio(page, 'Test Mode').check();
    await credentialField(page, 'API Key').fill(tokens.stripeLive);
    await expect(widget(page).getByRole('button', { name: 'Switch to Production' })).toBeVisible();
    expect(await smallTargets(widget(page)), 'the provider screen, with an error and its switch').toEqual([]);
  });

  test('in compact density too, every button, field and choice is at least 44 × 44 px', async ({ page }) => {
    // Compact makes buttons and fields 38 px tall: on a touch screen they stay a finger's size.
    // The gallery sets the density; its story has an error with Try again, the radios and Connect.
    await page.goto('/gallery/?story=providers-stripe--server-error&width=360&density=compact');
    const story = page.locator('section[data-story="providers-stripe--server-error"]');
    await expect(story.getByRole('button', { name: 'Try again' })).toBeVisible();
    await expect(story.getByRole('button', { name: 'Connect' })).toBeVisible();
    expect(await smallTargets(story)).toEqual([]);
  });

  test('in the dialog, the larger Close neither moves the header nor sits over its text', async ({ page }) => {
    await page.goto('/?mode=modal');
    await page.getByRole('button', { name: 'Connect an account' }).tap();
    const dialog = page.getByRole('dialog');
    const heading = dialog.getByRole('heading', { level: 2, name: 'Connect an account' });
    await expect(heading).toBeFocused();
    const close = (await dialog.getByRole('button', { name: 'Close' }).boundingBox())!;
    const title = (await heading.boundingBox())!;
    const dialogBox = (await dialog.boundingBox())!;
    expect(title.x + title.width, 'the heading ends before Close').toBeLessThanOrEqual(close.x);
    // Where it is with a mouse (20 px below the dialog's top edge): Close takes no room.
    expect(title.y - dialogBox.y).toBeLessThanOrEqual(24);
  });
});

test.describe('the provider list in two columns', () => {
  test.use({ viewport: { width: 1500, height: 900 } });

  test('cards side by side are one height, whatever their descriptions', async ({ page }) => {
    await openPlayground(page, { width: '1100' });
    const cards = widget(page).getByRole('list', { name: 'Services' }).getByRole('button');
    await expect(cards).toHaveCount(5);
    const boxes = await cards.evaluateAll((buttons) =>
      buttons.map((button) => ({ name: button.textContent ?? '', ...button.getBoundingClientRect().toJSON() })),
    );
    const rows = new Map<number, typeof boxes>();
    for (const box of boxes) rows.set(Math.round(box.top), [...(rows.get(Math.round(box.top)) ?? []), box]);
    // Two columns: the rows of two are where a card could be shorter than its neighbour.
    const pairs = [...rows.values()].filter((row) => row.length === 2);
    expect(pairs.length).toBeGreaterThanOrEqual(2);
    for (const [left, right] of pairs) {
      expect(Math.round(left!.height), `${left!.name} beside ${right!.name}`).toBe(Math.round(right!.height));
    }
  });
});

test.describe('the success screen on a phone', () => {
  test.use({ viewport: { width: 390, height: 800 } });

  test('stacks Done over Connect another account, one width, so the pair never wraps lopsided', async ({ page }) => {
    await openPlayground(page);
    await widget(page).getByRole('button', { name: /^Stripe/ }).click();
    // The key picks Test Mode. Not a click on the radio straight after opening: the click comes in
    // the frame Playwright scrolls it into view, where a guide section above, drawn for the first
    // time, can still move it (once under load, in a full run).
    await credentialField(page, 'API Key').fill(tokens.stripeTest);
    await expect(environmentRadio(page, 'Test Mode')).toBeChecked();
    await connectButton(page).click();
    await expect(screenHeading(page, 'Stripe connected')).toBeVisible();

    const done = await widget(page).getByRole('button', { name: 'Done' }).boundingBox();
    const another = await widget(page).getByRole('button', { name: 'Connect another account' }).boundingBox();
    expect(done && another).toBeTruthy();
    expect(Math.round(done!.width)).toBe(Math.round(another!.width));
    expect(Math.round(done!.x)).toBe(Math.round(another!.x));
    expect(another!.y).toBeGreaterThan(done!.y + done!.height);
  });
});

test.describe('the environment choices', () => {
  test.use({ viewport: { width: 1280, height: 900 } });

  for (const [width, sideBySide] of [
    ['480', false],
    ['768', true],
  ] as const) {
    test(`in a ${width} px widget sit ${sideBySide ? 'side by side' : 'one above the other'}: side by side only where each description has room`, async ({
      page,
    }) => {
      await openPlayground(page, { provider: 'stripe', width });
      const production = await environmentRadio(page, 'Production').locator('xpath=ancestor::label').boundingBox();
      const testMode = await environmentRadio(page, 'Test Mode').locator('xpath=ancestor::label').boundingBox();
      expect(production && testMode).toBeTruthy();
      if (sideBySide) {
        expect(Math.round(testMode!.y)).toBe(Math.round(production!.y));
      } else {
        expect(testMode!.y).toBeGreaterThanOrEqual(production!.y + production!.height);
        expect(Math.round(testMode!.x)).toBe(Math.round(production!.x));
      }
    });
  }
});

test.describe("on a foldable's cover screen, 280 px wide", () => {
  test.use({ viewport: { width: 280, height: 653 }, hasTouch: true, isMobile: true });

  // Cards at least 200 px wide stuck out of a form narrower than that, past its border.
  const choices = [
    ['stripe', 'Stripe', ['Production', 'Test Mode']],
    ['gocardless', 'GoCardless', ['Production', 'Sandbox']],
    ['remote', 'Remote', ['Production', 'Sandbox']],
    ['launchdarkly', 'LaunchDarkly', ['Commercial', 'EU', 'Federal']],
  ] as const;
  for (const [provider, name, labels] of choices) {
    test(`every choice card lies inside the form (${name})`, async ({ page }) => {
      await openPlayground(page, { provider });
      const form = (await widget(page).getByRole('form', { name: `Link your ${name} account` }).boundingBox())!;
      for (const label of labels) {
        const card = (await widget(page).getByRole('radio', { name: new RegExp(`^${label}\\b`) }).locator('xpath=ancestor::label').boundingBox())!;
        expect(card.x, `${label}: left edge`).toBeGreaterThanOrEqual(form.x);
        expect(card.x + card.width, `${label}: right edge, the form's is at ${form.x + form.width}`).toBeLessThanOrEqual(form.x + form.width - 1);
      }
    });
  }
});

test.describe('an environment left unchosen', () => {
  test('outlines its choices in the error colour, as a field in error is outlined', async ({ page }) => {
    await openPlayground(page, { provider: 'stripe' });
    const card = environmentRadio(page, 'Production').locator('xpath=ancestor::label');
    const border = () => card.evaluate((element) => getComputedStyle(element).borderTopColor);
    const neutral = await border();

    await connectButton(page).click();
    await expect(widget(page).getByText('Choose Production or Test Mode.')).toBeVisible();
    const invalidInput = await credentialField(page, 'API Key').evaluate((element) => getComputedStyle(element).borderTopColor);
    expect(await border()).toBe(invalidInput);
    expect(invalidInput).not.toBe(neutral);
    // Under the pointer too: a hover does not take the error colour away.
    await card.hover();
    expect(await border()).toBe(invalidInput);
    // A field in error, focused, is ringed in the error colour, not in the focus colour over it.
    await credentialField(page, 'API Key').focus();
    expect(await credentialField(page, 'API Key').evaluate((element) => getComputedStyle(element).outlineColor)).toBe(invalidInput);

    await environmentRadio(page, 'Test Mode').check();
    await expect(widget(page).getByText('Choose Production or Test Mode.')).toHaveCount(0);
    expect(await border()).toBe(neutral);
  });
});

test.describe('the form beside a long guide', () => {
  test.use({ viewport: { width: 1280, height: 800 } });

  test('stays in view as the page scrolls, below a host’s sticky header when the host sets stickyTop', async ({ page }) => {
    await openPlayground(page, { provider: 'stripe', width: '1100' });
    const form = widget(page).getByRole('form', { name: 'Link your Stripe account' });
    const top = async () => Math.round((await form.boundingBox())?.y ?? Number.NaN);
    await page.mouse.wheel(0, 900);
    await expect.poll(top).toBe(16);
    // A host with a 72 px sticky header: the property inherits from the host's own elements too.
    await page.evaluate(() => document.documentElement.style.setProperty('--ch-sticky-top', '72px'));
    await expect.poll(top).toBe(72);
    expect(await form.evaluate((element) => element.parentElement!.getBoundingClientRect().bottom)).toBeLessThanOrEqual(800 - 16);
  });
});

test.describe('an environment card reached by the keyboard', () => {
  test('is ringed whole, not only its small radio', async ({ page }) => {
    await openPlayground(page, { provider: 'stripe' });
    const card = environmentRadio(page, 'Production').locator('xpath=ancestor::label');
    const ring = () => card.evaluate((element) => getComputedStyle(element).outlineStyle);
    expect(await ring()).toBe('none');
    await environmentRadio(page, 'Production').focus();
    await page.keyboard.press('ArrowRight');
    await expect(environmentRadio(page, 'Test Mode')).toBeFocused();
    const focusedCard = environmentRadio(page, 'Test Mode').locator('xpath=ancestor::label');
    expect(await focusedCard.evaluate((element) => getComputedStyle(element).outlineStyle)).toBe('solid');
    expect(await ring()).toBe('none');
  });
});

test.describe('the system theme on a dark system', () => {
  test.use({ colorScheme: 'dark' });

  test('shows the success screen pixel for pixel as the dark theme does, its badge included', async ({ page }) => {
    const successScreen = async (theme: 'dark' | 'system') => {
      await openPlayground(page, { provider: 'stripe', theme });
      await environmentRadio(page, 'Test Mode').check();
      await credentialField(page, 'API Key').fill(tokens.stripeTest);
      await connectButton(page).click();
      await expect(screenHeading(page, 'Stripe connected')).toBeFocused();
      await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
      // Inside the rounded corners, where the dev page (in its own theme) shows through.
      const box = (await widget(page).boundingBox())!;
      const clip = { x: box.x + 12, y: box.y + 12, width: box.width - 24, height: box.height - 24 };
      return page.screenshot({ clip, animations: 'disabled' });
    };
    const dark = await successScreen('dark');
    const pageBackground = () => page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
    const darkPage = await pageBackground();
    expect((await successScreen('system')).equals(dark)).toBe(true);
    // The dev page around it follows the system too.
    expect(await pageBackground()).toBe(darkPage);
  });
});

test.describe('when the user asks for more contrast', () => {
  /** The contrast ratio (WCAG) of an element's top border against the widget's background. */
  const edgeContrast = (target: Locator) =>
    target.evaluate((element) => {
      const channels = (color: string) => (color.match(/[\d.]+/g) ?? []).slice(0, 3).map(Number);
      const luminance = (color: string) => {
        const [r = 0, g = 0, b = 0] = channels(color).map((value) => {
          const c = value / 255;
          return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
        });
        return 0.2126 * r + 0.7152 * g + 0.0722 * b;
      };
      const root = element.closest('.ch-root')!;
      const [edge, ground] = [getComputedStyle(element).borderTopColor, getComputedStyle(root).backgroundColor].map(luminance) as [number, number];
      return (Math.max(edge, ground) + 0.05) / (Math.min(edge, ground) + 0.05);
    });

  test('the edges stand out at 3:1 or more with a host’s own border colour too (the gallery’s brand theme)', async ({ page }) => {
    await page.emulateMedia({ contrast: 'more' });
    await page.goto('/gallery/?story=picker--default&theme=brand');
    const canvas = page.locator('section[data-story="picker--default"]');
    await expect(canvas).toHaveAttribute('aria-busy', 'false');
    expect(await edgeContrast(canvas.getByRole('button', { name: /^Stripe/ }))).toBeGreaterThanOrEqual(3);
    expect(await edgeContrast(canvas.getByRole('button', { name: 'All', exact: true }))).toBeGreaterThanOrEqual(3);
  });

  for (const theme of ['light', 'dark'] as const) {
    test(`the edges of provider rows, filters, environment cards and the "Before you start" note stand out at 3:1 or more (${theme})`, async ({ page }) => {
      await page.emulateMedia({ contrast: 'more' });
      await openPlayground(page, { theme });
      const edges = { row: widget(page).getByRole('button', { name: /^Stripe/ }), filter: widget(page).getByRole('button', { name: 'All', exact: true }) };
      for (const [name, target] of Object.entries(edges)) expect(await edgeContrast(target), name).toBeGreaterThanOrEqual(3);
      await pickProvider(page, 'Stripe');
      const card = environmentRadio(page, 'Production').locator('xpath=ancestor::label');
      expect(await edgeContrast(card), 'environment card').toBeGreaterThanOrEqual(3);
      const beforeYouStart = widget(page).getByRole('note', { name: 'Before you start' });
      expect(await edgeContrast(beforeYouStart), 'the "Before you start" note').toBeGreaterThanOrEqual(3);
    });
  }
});

test.describe('code in the guides (addresses, paths, prefixes)', () => {
  for (const width of ['320', '360', '480', '768', '1100'] as const) {
    test(`moves to the next line whole when it fits there, with the punctuation around it right beside it, at ${width} px`, async ({ page }) => {
      await page.setViewportSize({ width: Math.max(Number(width) + 100, 800), height: 900 });
      const problems: string[] = [];
      for (const name of ['GoCardless', 'LaunchDarkly', 'Remote', 'Shortcut', 'Stripe']) {
        await openPlayground(page, { provider: name.toLowerCase() as PlaygroundParams['provider'], width });
        await layOutWholeGuides(page);
        await guideComplete(page);
        const found = await widget(page).locator('code').evaluateAll((elements) =>
          elements.flatMap((code) => {
            const text = code.textContent ?? '';
            const issues: string[] = [];
            const range = document.createRange();
            range.selectNodeContents(code);
            const rects = [...range.getClientRects()];
            // Its width on one line: a copy that may not wrap (its text alone: Chromium breaks at
            // a <wbr> even where white-space forbids it).
            const line = code.parentElement!.closest('p, li, div')!.getBoundingClientRect().width;
            const copy = code.cloneNode() as HTMLElement;
            copy.textContent = text;
            Object.assign(copy.style, { whiteSpace: 'nowrap', maxWidth: 'none', position: 'absolute', visibility: 'hidden' });
            code.after(copy);
            const fits = copy.getBoundingClientRect().width <= line * 0.9;
            copy.remove();
            if (fits && new Set(rects.map((rect) => Math.round(rect.bottom))).size > 1) issues.push(`"${text}" fits on a line but is broken`);
            // The character just before and just after the code, where it is punctuation, is on the line the code starts or ends on.
            const beside = (node: Node | null, at: 'start' | 'end') => {
              if (node?.nodeType !== Node.TEXT_NODE || !node.textContent) return;
              const offset = at === 'end' ? node.textContent.length - 1 : 0;
              const character = node.textContent[offset]!;
              if (!/[.,;:)(]/.test(character)) return;
              const mark = document.createRange();
              mark.setStart(node, offset);
              mark.setEnd(node, offset + 1);
              const edge = at === 'end' ? rects[0]! : rects.at(-1)!;
              const drawn = mark.getBoundingClientRect();
              if (Math.abs(drawn.bottom - edge.bottom) > 2) issues.push(`the "${character}" beside "${text}" is on another line`);
              // Beside the code's first or last letter (its box's padding apart), not across the line from it.
              const gap = at === 'end' ? edge.left - drawn.right : drawn.left - edge.right;
              if (gap > 8) issues.push(`the "${character}" beside "${text}" is ${Math.round(gap)} px from it`);
            };
            beside(code.previousSibling, 'end');
            beside(code.nextSibling, 'start');
            return issues;
          }),
        );
        problems.push(...found.map((problem) => `${name}: ${problem}`));
      }
      expect(problems).toEqual([]);
    });
  }
});

test.describe('the dark theme', () => {
  test('sets every logo off the background with an edge, where a dark tile alone would melt into it', async ({ page }) => {
    await openPlayground(page, { theme: 'dark' });
    const logos = widget(page).getByRole('list', { name: 'Services' }).locator('img');
    await expect(logos).toHaveCount(5);
    const ratios = await logos.evaluateAll((images) => {
      const rgba = (color: string) => (color.match(/[\d.]+/g) ?? []).map(Number);
      const luminance = ([r = 0, g = 0, b = 0]: number[]) => {
        const linear = [r, g, b].map((value) => {
          const c = value / 255;
          return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
        });
        return 0.2126 * linear[0]! + 0.7152 * linear[1]! + 0.0722 * linear[2]!;
      };
      return images.map((image) => {
        // The edge: a 1 px box-shadow ring, its colour blended over what is behind the logo.
        const ring = /^(rgba?\([^)]*\)) 0px 0px 0px 1px$/.exec(getComputedStyle(image).boxShadow)?.[1] ?? 'rgba(0, 0, 0, 0)';
        let behind = image.parentElement!;
        while (rgba(getComputedStyle(behind).backgroundColor)[3] === 0) behind = behind.parentElement!;
        const [r = 0, g = 0, b = 0, a = 1] = rgba(ring);
        const ground = rgba(getComputedStyle(behind).backgroundColor);
        const edge = [r, g, b].map((value, index) => value * a + ground[index]! * (1 - a));
        const [light, dark] = [luminance(edge), luminance(ground)].sort((x, y) => y - x) as [number, number];
        return (light + 0.05) / (dark + 0.05);
      });
    });
    for (const ratio of ratios) expect(ratio).toBeGreaterThanOrEqual(1.5);
  });
});

test.describe('in forced colours (Windows High Contrast)', () => {
  test('the chosen environment stands out from the other, and choices and fields in error are dashed', async ({ page }) => {
    await page.emulateMedia({ forcedColors: 'active' });
    await openPlayground(page, { provider: 'stripe' });
    const card = (name: string) => environmentRadio(page, name).locator('xpath=ancestor::label');
    const look = (name: string) =>
      card(name).evaluate((element) => {
        const style = getComputedStyle(element);
        return { color: style.borderTopColor, style: style.borderTopStyle, outline: style.outlineStyle };
      });

    await connectButton(page).click();
    await expect(widget(page).getByText('Choose Production or Test Mode.')).toBeVisible();
    expect((await look('Production')).style).toBe('dashed');
    expect(await credentialField(page, 'API Key').evaluate((element) => getComputedStyle(element).borderTopStyle)).toBe('dashed');

    await environmentRadio(page, 'Test Mode').check();
    await expect(widget(page).getByText('Choose Production or Test Mode.')).toHaveCount(0);
    const chosen = await look('Test Mode');
    const other = await look('Production');
    expect(other).toEqual({ color: other.color, style: 'solid', outline: 'none' });
    expect(chosen.outline).toBe('solid');
    expect(chosen.color).not.toBe(other.color);

    // Reached by the keyboard, the chosen card also shows the focus: a ring outside its edge.
    const ringOffset = (name: string) => card(name).evaluate((element) => getComputedStyle(element).outlineOffset);
    expect(await ringOffset('Test Mode')).toBe('-2px');
    await environmentRadio(page, 'Test Mode').press('ArrowLeft');
    await expect(environmentRadio(page, 'Production')).toBeFocused();
    await expect(environmentRadio(page, 'Production')).toBeChecked();
    expect(await ringOffset('Production')).toBe('2px');
  });

  // The common high-contrast themes are dark, the widget's default is light: the pressed chip must
  // take the user's colours, not keep the widget's theme.
  for (const [theme, colorScheme] of [['light', 'dark'], ['dark', 'light'], ['light', 'light']] as const) {
    test(`the pressed category chip is in the system's highlight colours (${theme} widget, ${colorScheme} palette)`, async ({ page }) => {
      await page.emulateMedia({ forcedColors: 'active', colorScheme });
      await openPlayground(page, { theme });
      const chip = (name: string) => widget(page).getByRole('button', { name, exact: true });
      await chip('Payments').click();
      await expect(chip('Payments')).toHaveAttribute('aria-pressed', 'true');
      await chip('Payments').blur();
      const colours = (name: string) =>
        chip(name).evaluate((element) => {
          const style = getComputedStyle(element);
          return { background: style.backgroundColor, text: style.color };
        });
      const system = await page.evaluate(() => {
        const probe = document.body.appendChild(document.createElement('span'));
        probe.style.cssText = 'forced-color-adjust: none; background: Highlight; color: HighlightText';
        const style = getComputedStyle(probe);
        const result = { background: style.backgroundColor, text: style.color };
        probe.remove();
        return result;
      });
      expect(await colours('Payments')).toEqual(system);
      expect((await colours('Feature flags')).background).not.toBe(system.background);
    });
  }
});

/** The WCAG contrast ratio of two [r, g, b] colours. */
function contrast(a: readonly number[], b: readonly number[]): number {
  const luminance = (rgb: readonly number[]) => {
    const [r = 0, g = 0, b = 0] = rgb.map((value) => {
      const c = value / 255;
      return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

/** A radio as drawn: the colour at its centre, and its strongest pixel's contrast with the card around it. */
async function radioAsDrawn(radio: Locator): Promise<{ centre: number[]; ground: number[]; ring: number }> {
  const box = (await radio.boundingBox())!;
  const page = radio.page();
  // 3 px of the card around it: the corner pixels are the card's own colour.
  const image = PNG.sync.read(await page.screenshot({ clip: { x: box.x - 3, y: box.y - 3, width: box.width + 6, height: box.height + 6 }, animations: 'disabled' }));
  const pixel = (x: number, y: number) => [...image.data.subarray((y * image.width + x) * 4, (y * image.width + x) * 4 + 3)];
  const ground = pixel(0, 0);
  let ring = 1;
  for (let y = 0; y < image.height; y++) for (let x = 0; x < image.width; x++) ring = Math.max(ring, contrast(pixel(x, y), ground));
  return { centre: pixel(Math.floor(image.width / 2), Math.floor(image.height / 2)), ground, ring };
}

test.describe('the environment radios', () => {
  for (const theme of ['light', 'dark'] as const) {
    test(`unchosen, read as controls one can use in the ${theme} theme: hollow, with a ring at 3:1 or more`, async ({ page }) => {
      await openPlayground(page, { provider: 'stripe', theme });
      const radio = environmentRadio(page, 'Production');
      await radio.scrollIntoViewIfNeeded();
      const { centre, ground, ring } = await radioAsDrawn(radio);
      // The browser's dark radio is filled grey inside a grey ring, as a disabled control looks.
      expect(contrast(centre, ground)).toBeLessThan(1.1);
      expect(ring).toBeGreaterThanOrEqual(3);
      await radio.check();
      expect(contrast((await radioAsDrawn(radio)).centre, ground)).toBeGreaterThanOrEqual(3);
    });
  }

  test('in forced colours, are the system’s own: the chosen one is marked, in the user’s colours', async ({ page }) => {
    await page.emulateMedia({ forcedColors: 'active' });
    await openPlayground(page, { provider: 'stripe', theme: 'dark' });
    await environmentRadio(page, 'Test Mode').check();
    await environmentRadio(page, 'Test Mode').blur();
    const chosen = await radioAsDrawn(environmentRadio(page, 'Test Mode'));
    const other = await radioAsDrawn(environmentRadio(page, 'Production'));
    expect(other.ring).toBeGreaterThanOrEqual(3);
    expect(contrast(chosen.centre, other.centre)).toBeGreaterThanOrEqual(3);
  });
});

/** Where a field's text and icons are drawn: the first and last columns of ink, and the ink's centre in its end half, from its edges. */
async function inkInField(field: Locator): Promise<{ textStart: number; iconFromEnd: number; height: number }> {
  const box = (await field.boundingBox())!;
  const image = PNG.sync.read(await field.screenshot({ animations: 'disabled', caret: 'hide' }));
  const pixel = (x: number, y: number) => [...image.data.subarray((y * image.width + x) * 4, (y * image.width + x) * 4 + 3)];
  const ground = pixel(4, 4);
  const inked: number[] = [];
  for (let x = 3; x < image.width - 3; x++) {
    for (let y = Math.floor(image.height * 0.25); y < image.height * 0.75; y++) {
      if (contrast(pixel(x, y), ground) > 1.5) {
        inked.push(x);
        break;
      }
    }
  }
  const endHalf = inked.filter((x) => x > image.width / 2);
  return { textStart: inked[0]!, iconFromEnd: image.width - (endHalf[0]! + endHalf.at(-1)! + 1) / 2, height: box.height };
}

test.describe('a select among text fields', () => {
  // Tall enough for the whole form below the gallery's bars.
  test.use({ viewport: { width: 1000, height: 1400 } });

  for (const theme of ['light', 'dark'] as const) {
    test(`starts its text where theirs starts, is as tall, and has its arrow in the column of a secret field’s eye (${theme})`, async ({ page }) => {
      await page.goto(`/gallery/?story=custom-provider--every-field-kind&theme=${theme}&width=390`);
      const canvas = page.locator('section[data-story="custom-provider--every-field-kind"]');
      await expect(canvas).toHaveAttribute('aria-busy', 'false');
      const select = await inkInField(canvas.getByRole('combobox', { name: 'Data region' }));
      const text = await inkInField(canvas.getByLabel('Workspace', { exact: true }));
      const secret = await inkInField(canvas.getByLabel('API Key', { exact: true }));
      expect(Math.abs(select.textStart - text.textStart)).toBeLessThanOrEqual(1);
      expect(Math.abs(select.height - text.height)).toBeLessThanOrEqual(0.5);
      expect(Math.abs(select.iconFromEnd - secret.iconFromEnd)).toBeLessThanOrEqual(1.5);
    });
  }

  test('shows an arrow in forced colours too, where a drawn one is forced away', async ({ page }) => {
    await page.emulateMedia({ forcedColors: 'active' });
    await page.goto('/gallery/?story=custom-provider--every-field-kind&width=390');
    const canvas = page.locator('section[data-story="custom-provider--every-field-kind"]');
    await expect(canvas).toHaveAttribute('aria-busy', 'false');
    const { iconFromEnd } = await inkInField(canvas.getByRole('combobox', { name: 'Data region' }));
    expect(iconFromEnd).toBeGreaterThan(0);
  });
});

/** Characters a full line of `target` holds: its width over its average character's, in its own font. */
function charactersPerLine(target: Locator): Promise<number> {
  return target.evaluate((element) => {
    const context = document.createElement('canvas').getContext('2d')!;
    context.font = getComputedStyle(element).font;
    const text = (element.textContent ?? '').trim();
    const { left, right } = element.getBoundingClientRect();
    return Math.round((right - left) / (context.measureText(text).width / text.length));
  });
}

test.describe('a wide widget in one column', () => {
  test.use({ viewport: { width: 1280, height: 900 } });

  test('keeps the guide, the form and the note above them to a reading measure of 60 to 80 characters', async ({ page }) => {
    await openPlayground(page, { provider: 'stripe', width: '768' });
    await layOutWholeGuides(page);
    const guide = widget(page).getByRole('region', { name: 'Create your Stripe credentials' });
    const texts = [widget(page).getByRole('note', { name: 'Before you start' }), ...(await guide.getByRole('paragraph').all()), ...(await guide.getByRole('listitem').all())];
    const measures = await Promise.all(texts.map(charactersPerLine));
    expect(Math.max(...measures)).toBeLessThanOrEqual(80);
    expect(Math.max(...measures)).toBeGreaterThanOrEqual(60);
    // The form below keeps to the guide's width.
    const form = (await widget(page).getByRole('form', { name: 'Link your Stripe account' }).boundingBox())!;
    expect(form.width).toBeLessThanOrEqual((await guide.boundingBox())!.width);
  });
});

test.describe('a wide widget in two columns', () => {
  test.use({ viewport: { width: 2200, height: 1000 } });

  for (const width of ['1100', '1600']) {
    test(`keeps the note, the guide and the form to a reading measure of 60 to 80 characters, the form beside the note (${width} px)`, async ({ page }) => {
      await page.goto(`/gallery/?story=providers-stripe--empty&width=${width}`);
      await layOutWholeGuides(page);
      const note = page.getByRole('note', { name: 'Before you start' });
      const guide = page.getByRole('region', { name: 'Create your Stripe credentials' });
      const form = page.getByRole('form', { name: 'Link your Stripe account' });
      await expect(guide).not.toHaveAttribute('aria-busy');
      const measure = async (targets: Locator[]) => Math.max(...(await Promise.all(targets.map(charactersPerLine))));
      const guideTexts = [...(await guide.getByRole('paragraph').all()), ...(await guide.getByRole('listitem').all())];
      expect(await measure(await note.getByRole('paragraph').all()), 'the note').toBeLessThanOrEqual(80);
      expect(await measure(guideTexts), 'the guide').toBeLessThanOrEqual(80);
      expect(await measure(guideTexts), 'the guide').toBeGreaterThanOrEqual(60);
      // The paragraphs that hold text: the status under Connect is an empty one until it speaks.
      expect(await measure(await form.getByRole('paragraph').filter({ hasText: /\S/ }).all()), 'the form').toBeLessThanOrEqual(80);
      // No empty band beside the note: the form starts level with it.
      const [noteBox, formBox] = [(await note.boundingBox())!, (await form.boundingBox())!];
      expect(Math.abs(formBox.y - noteBox.y)).toBeLessThanOrEqual(1);
      expect(formBox.x).toBeGreaterThan(noteBox.x + noteBox.width);
    });
  }

  test('shows the picker as wide as a provider screen, centred the same way, so opening one moves no edge', async ({ page }) => {
    await openPlayground(page, { width: 'fluid' });
    // Wider than a provider screen's two columns at their measure (≈1,100 px).
    expect((await widget(page).boundingBox())!.width).toBeGreaterThan(1400);
    const search = (await widget(page).getByRole('searchbox', { name: 'Search services' }).boundingBox())!;
    await pickProvider(page, 'Stripe');
    const note = (await widget(page).getByRole('note', { name: 'Before you start' }).boundingBox())!;
    const form = (await widget(page).getByRole('form', { name: 'Link your Stripe account' }).boundingBox())!;
    expect(Math.abs(search.x - note.x), 'left edges').toBeLessThanOrEqual(1);
    expect(Math.abs(search.x + search.width - (form.x + form.width)), 'right edges').toBeLessThanOrEqual(1);
  });
});

test.describe('a guide section of a single step', () => {
  test('shows it unnumbered and not as a list of one, where sections of several steps number theirs', async ({ page }) => {
    await openPlayground(page, { provider: 'stripe', width: '360' });
    await layOutWholeGuides(page);
    const guide = widget(page).getByRole('region', { name: 'Create your Stripe credentials' });
    const section = (title: string) => guide.getByRole('heading', { level: 4, name: title }).locator('xpath=..');
    const number = (step: Locator) => step.evaluate((element) => getComputedStyle(element, '::before').content);

    const lone = section('Choose your environment');
    const title = lone.getByText('Select the right environment', { exact: true });
    // Only the step's own bullets are a list.
    await expect(lone.getByRole('list')).toHaveCount(1);
    await expect(lone.getByRole('list').getByText('Select the right environment')).toHaveCount(0);
    expect(await number(title.locator('xpath=..'))).toBe('none');
    // Unindented: there is no number to make room for.
    expect((await title.boundingBox())!.x).toBe((await lone.getByRole('heading', { level: 4 }).boundingBox())!.x);

    const steps = section('Find your API keys').getByRole('list').first().locator('xpath=./li');
    await expect(steps).toHaveCount(4);
    expect(await number(steps.first())).not.toBe('none');
  });
});

test.describe('a long key shown with the reveal button', () => {
  test('shows its start, its prefix, unless the caret is inside it', async ({ page }) => {
    await openPlayground(page, { provider: 'stripe', width: '360' });
    const key = credentialField(page, 'API Key');
    const reveal = widget(page).getByRole('button', { name: 'Show API Key' });
    const hide = widget(page).getByRole('button', { name: 'Hide API Key' });
    const scrolled = () => key.evaluate((input) => input.scrollLeft);
    await key.fill(tokens.stripeTest);
    expect(await key.evaluate((input) => input.scrollWidth > input.clientWidth)).toBe(true);
    // The caret at the end, where pasting or typing leaves it.
    await key.press('End');
    await reveal.click();
    await expect(key).toHaveAttribute('type', 'text');
    await expect(key).toBeFocused();
    expect(await scrolled()).toBe(0);

    // The caret inside the key, where it is being edited: it stays in view.
    await hide.click();
    await key.press('End');
    await key.press('ArrowLeft');
    await reveal.click();
    await expect(key).toHaveAttribute('type', 'text');
    expect(await scrolled()).toBeGreaterThan(0);
  });
});

/**
 * How much of `chip` the user cannot see: the px of it outside its scroller's box, or under the
 * fade at an edge where more chips lie beyond (the fade is 24 px wide: .ch-chips in
 * connect-hub.css). Measured physically, so it holds right to left too.
 */
function chipHidden(chip: Locator): Promise<number> {
  return chip.evaluate((element) => {
    const FADE = 24;
    const group = element.closest('[role="group"]')!;
    const box = group.getBoundingClientRect();
    const chips = [...group.querySelectorAll('button')].map((button) => button.getBoundingClientRect());
    const moreLeft = chips.some((other) => other.left < box.left - 0.5);
    const moreRight = chips.some((other) => other.right > box.right + 0.5);
    const { left, right } = element.getBoundingClientRect();
    const visibleLeft = box.left + (moreLeft ? FADE : 0);
    const visibleRight = box.right - (moreRight ? FADE : 0);
    return Math.round(Math.max(0, visibleLeft - left) + Math.max(0, right - visibleRight));
  });
}

test.describe('the category chips of a long catalogue on a phone', () => {
  test.use({ viewport: { width: 1280, height: 900 } });

  for (const dir of ['ltr', 'rtl'] as const) {
    test(`sit in one row that scrolls sideways, and the chip the focus reaches, or the one chosen, is wholly in view (${dir})`, async ({ page }) => {
      await page.goto('/gallery/?story=picker--large-catalogue&width=390');
      const group = page.getByRole('group', { name: 'Filter by category' });
      const chips = group.getByRole('button');
      await expect(chips).toHaveCount(11);
      // The host's direction (the widget's own `dir`, as the `dir` prop sets it).
      if (dir === 'rtl') await group.evaluate((element) => element.closest('[dir]')!.setAttribute('dir', 'rtl'));

      // One row, as tall as a chip and its focus ring, and the list right below it.
      const tops = await chips.evaluateAll((buttons) => buttons.map((button) => Math.round(button.getBoundingClientRect().top)));
      expect(new Set(tops).size, `the chips' tops: ${tops.join(', ')}`).toBe(1);
      const chipHeight = (await chips.first().boundingBox())!.height;
      expect((await group.boundingBox())!.height).toBeLessThan(chipHeight + 16);

      // The keyboard reaches every chip, each wholly in view as it does, there and back.
      await page.getByRole('searchbox', { name: 'Search services' }).focus();
      const hidden: string[] = [];
      for (const key of [...Array<string>(11).fill('Tab'), ...Array<string>(10).fill('Shift+Tab')]) {
        await page.keyboard.press(key);
        const focused = group.locator('button:focus');
        await expect(focused).toHaveCount(1);
        const name = (await focused.textContent()) ?? '';
        await expect.poll(() => chipHidden(focused), `${name} after ${key}`).toBe(0);
        if ((await chipHidden(focused)) > 0) hidden.push(name);
      }
      expect(hidden).toEqual([]);

      // The chip chosen last is the last one: back from one of its providers, it is in view again.
      const last = chips.last();
      const category = (await last.textContent())!;
      await last.click();
      await expect(last).toHaveAttribute('aria-pressed', 'true');
      await page.getByRole('list', { name: 'Services' }).getByRole('button').first().click();
      await page.getByRole('button', { name: 'Back' }).click();
      const chosen = group.getByRole('button', { name: category, exact: true });
      await expect(chosen).toHaveAttribute('aria-pressed', 'true');
      expect(await chipHidden(chosen)).toBe(0);
    });
  }

  // Safari (and every browser on iOS) does not focus a button on a click or a tap, so the focus
  // cannot bring a chip into view there: pressing one half past the edge must.
  test('a chip pressed half past the edge, where a click does not focus it (Safari), comes wholly into view', async ({ page }) => {
    await page.addInitScript(() => addEventListener('mousedown', (event) => event.preventDefault(), true));
    await page.goto('/gallery/?story=picker--large-catalogue&width=390');
    const group = page.getByRole('group', { name: 'Filter by category' });
    const chips = group.getByRole('button');
    await expect(chips).toHaveCount(11);
    const box = (await group.boundingBox())!;
    // The first chip cut by the row's end, pressed on its part in view (a locator's click would scroll it into view itself).
    let cut: Locator | undefined;
    for (const chip of await chips.all()) if (!cut && (await chip.boundingBox())!.x + (await chip.boundingBox())!.width > box.x + box.width) cut = chip;
    const { x, y, height } = (await cut!.boundingBox())!;
    await page.mouse.click(x + 4, y + height / 2);
    await expect(cut!).toHaveAttribute('aria-pressed', 'true');
    await expect(cut!).not.toBeFocused();
    await expect.poll(() => chipHidden(cut!)).toBe(0);
  });

  test('wrap at a wide widget, where every chip shows at once in a row or two', async ({ page }) => {
    await page.goto('/gallery/?story=picker--large-catalogue&width=1100');
    const group = page.getByRole('group', { name: 'Filter by category' });
    const chips = group.getByRole('button');
    await expect(chips).toHaveCount(11);
    for (const chip of await chips.all()) expect(await chipHidden(chip), (await chip.textContent()) ?? '').toBe(0);
    const tops = await chips.evaluateAll((buttons) => buttons.map((button) => Math.round(button.getBoundingClientRect().top)));
    expect(new Set(tops).size).toBeLessThanOrEqual(2);
  });
});
