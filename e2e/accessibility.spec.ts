import { expect, test, type Locator, type Page } from '@playwright/test';
import {
  connectButton,
  credentialField,
  environmentRadio,
  expectNoAxeViolations,
  nextConnectPost,
  openPlayground,
  pickProvider,
  screenHeading,
  tabTo,
  tokens,
  widget,
} from './support.js';

const providerNames = ['Stripe', 'GoCardless', 'Shortcut', 'LaunchDarkly', 'Remote'] as const;

for (const theme of ['light', 'dark'] as const) {
  test.describe(`in the ${theme} theme, axe finds no WCAG 2.2 A/AA violations`, () => {
    // Each axe scan takes a second or two on a busy 2-core machine.
    test.describe.configure({ timeout: 180_000 });

    test('on the picker and on each of the five provider views', async ({ page }) => {
      await openPlayground(page, { theme });
      await expect(screenHeading(page, 'Connect an account')).toBeVisible();
      // The page itself is named by its one level-1 heading; the widget's screens start at level 2.
      await expect(page.getByRole('heading', { level: 1 })).toHaveAccessibleName('ConnectHub dev playground');
      await expectNoAxeViolations(page, `the picker (${theme})`);

      for (const name of providerNames) {
        await pickProvider(page, name);
        await expectNoAxeViolations(page, `the ${name} view (${theme})`);
        await widget(page).getByRole('button', { name: 'Back' }).click();
        // Back in the list, on the provider the user came from.
        await expect(widget(page).getByRole('list', { name: 'Services' }).getByRole('button', { name, exact: true })).toBeFocused();
      }
    });

    test('on validation errors and on the success screen', async ({ page }) => {
      await openPlayground(page, { provider: 'stripe', theme });

      // Nothing filled in: an environment error and a field error at once.
      await connectButton(page).click();
      await expect(widget(page).getByText('Choose Production or Test Mode.')).toBeVisible();
      await expect(widget(page).getByText('Enter your API Key.')).toBeVisible();
      await expectNoAxeViolations(page, `the Stripe form with required-field errors (${theme})`);

      // A live key while Test Mode is selected: the mismatch message and its switch button.
      await environmentRadio(page, 'Test Mode').check();
      await credentialField(page, 'API Key').fill(tokens.stripeLive);
      await expect(widget(page).getByRole('button', { name: 'Switch to Production' })).toBeVisible();
      await expectNoAxeViolations(page, `the Stripe environment mismatch (${theme})`);

      await widget(page).getByRole('button', { name: 'Switch to Production' }).click();
      await connectButton(page).click();
      await expect(screenHeading(page, 'Stripe connected')).toBeFocused();
      await expectNoAxeViolations(page, `the success screen (${theme})`);
    });
  });
}

test.describe('the whole flow by keyboard alone', () => {
  test('Shortcut: search, arrow to it, Enter, Tab to the token, Tab to Connect, Enter', async ({ page }) => {
    await openPlayground(page);
    const search = widget(page).getByRole('searchbox', { name: 'Search services' });
    await tabTo(page, search, 5);
    await expect(search).toBeFocused();

    await page.keyboard.type('shortcut');
    const options = widget(page).getByRole('list', { name: 'Services' }).getByRole('button');
    await expect(options).toHaveCount(1);
    await page.keyboard.press('ArrowDown');
    await expect(options.filter({ hasText: 'Shortcut' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(screenHeading(page, 'Shortcut')).toBeFocused();

    const token = credentialField(page, 'API Token');
    await tabTo(page, token);
    await page.keyboard.type(tokens.shortcut);
    await tabTo(page, connectButton(page), 3);

    const posted = nextConnectPost(page);
    await page.keyboard.press('Enter');
    expect((await posted).postDataJSON()).toStrictEqual({ provider: 'shortcut', credentials: { api_token: tokens.shortcut } });
    await expect(screenHeading(page, 'Shortcut connected')).toBeFocused();
  });

  test('Stripe: the environment is chosen with the arrow keys', async ({ page }) => {
    await openPlayground(page);
    const search = widget(page).getByRole('searchbox', { name: 'Search services' });
    await tabTo(page, search, 5);
    await page.keyboard.type('stripe');
    await expect(widget(page).getByRole('list', { name: 'Services' }).getByRole('button')).toHaveCount(1);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await expect(screenHeading(page, 'Stripe')).toBeFocused();

    // Tabbing into the radio group (none checked yet) lands on its first radio without checking it.
    const production = environmentRadio(page, 'Production');
    const testMode = environmentRadio(page, 'Test Mode');
    await tabTo(page, production);
    await expect(production).not.toBeChecked();
    await page.keyboard.press('ArrowDown');
    await expect(testMode).toBeFocused();
    await expect(testMode).toBeChecked();
    await page.keyboard.press('ArrowUp');
    await expect(production).toBeChecked();
    await page.keyboard.press('ArrowDown');
    await expect(testMode).toBeChecked();

    await page.keyboard.press('Tab');
    await expect(credentialField(page, 'API Key')).toBeFocused();
    await page.keyboard.type(tokens.stripeTest);
    await tabTo(page, connectButton(page), 3);

    const posted = nextConnectPost(page);
    await page.keyboard.press('Enter');
    expect((await posted).postDataJSON()).toStrictEqual({
      provider: 'stripe',
      environment: 'test',
      credentials: { api_key: tokens.stripeTest },
    });
    await expect(screenHeading(page, 'Stripe connected')).toBeFocused();
  });

  test('Connect with no environment chosen: the focus goes to the first radio, and Tab goes on to the key, not to the next radio', async ({ page }) => {
    await openPlayground(page, { provider: 'stripe' });
    await connectButton(page).press('Enter');
    await expect(widget(page).getByText('Choose Production or Test Mode.')).toBeVisible();
    await expect(environmentRadio(page, 'Production')).toBeFocused();
    // A radio group is one stop of the Tab key: the next one is the key field.
    await page.keyboard.press('Tab');
    await expect(credentialField(page, 'API Key')).toBeFocused();
  });

  test('Back returns to the list as the user left it: the same search and category, the focus on that provider', async ({ page }) => {
    await openPlayground(page);
    const search = widget(page).getByRole('searchbox', { name: 'Search services' });
    await widget(page).getByRole('button', { name: 'Payments' }).click();
    await search.fill('str');
    await search.press('ArrowDown');
    const stripe = widget(page).getByRole('list', { name: 'Services' }).getByRole('button', { name: 'Stripe', exact: true });
    await expect(stripe).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(screenHeading(page, 'Stripe')).toBeFocused();

    await page.keyboard.press('Shift+Tab');
    await expect(widget(page).getByRole('button', { name: 'Back' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(stripe).toBeFocused();
    await expect(search).toHaveValue('str');
    await expect(widget(page).getByRole('button', { name: 'Payments' })).toHaveAttribute('aria-pressed', 'true');
  });
});

test.describe('Close', () => {
  for (const mode of ['inline', 'modal'] as const) {
    test(`${mode}, comes after the screen: its heading is read first, and Tab reaches Close after Connect`, async ({ page }) => {
      if (mode === 'inline') await openPlayground(page, { provider: 'shortcut' });
      else {
        await page.goto('/?mode=modal&provider=shortcut');
        await page.getByRole('button', { name: 'Connect an account' }).click();
        await expect(screenHeading(page, 'Shortcut')).toBeFocused();
      }
      const close = widget(page).getByRole('button', { name: 'Close' });
      const order = await screenHeading(page, 'Shortcut')
        .or(close)
        .evaluateAll((elements) => elements.map((element) => element.getAttribute('aria-label') ?? element.textContent));
      expect(order).toEqual(['Shortcut', 'Close']);

      await credentialField(page, 'API Token').focus();
      await tabTo(page, connectButton(page), 3);
      await page.keyboard.press('Tab');
      await expect(close).toBeFocused();
    });
  }
});

test.describe('the playground, a host of the inline widget that starts it over on Close and Done', () => {
  test('gives the focus to the fresh widget, not to the page’s body', async ({ page }) => {
    await openPlayground(page, { provider: 'shortcut' });
    /** Whether the focus is inside the widget's region (the region itself included). */
    const focusInWidget = () => widget(page).evaluate((region) => region.contains(document.activeElement));

    await widget(page).getByRole('button', { name: 'Close' }).press('Enter');
    await expect(widget(page)).toBeFocused();
    // The next Tab goes on into the fresh widget.
    await page.keyboard.press('Tab');
    expect(await focusInWidget()).toBe(true);
    await expect(widget(page)).not.toBeFocused();

    await credentialField(page, 'API Token').fill(tokens.shortcut);
    await connectButton(page).press('Enter');
    await widget(page).getByRole('button', { name: 'Done' }).press('Enter');
    await expect(widget(page)).toBeFocused();
  });
});

test.describe('on a touch screen', () => {
  test.use({ hasTouch: true, isMobile: true, viewport: { width: 390, height: 844 } });

  test('the search box and the key field are at least 16 px, so iOS does not zoom the page in on focus', async ({ page }) => {
    const fontSize = (field: Locator) => field.evaluate((input) => parseFloat(getComputedStyle(input).fontSize));
    await openPlayground(page);
    expect(await fontSize(widget(page).getByRole('searchbox'))).toBeGreaterThanOrEqual(16);
    await pickProvider(page, 'Stripe');
    expect(await fontSize(credentialField(page, 'API Key'))).toBeGreaterThanOrEqual(16);
  });
});

/** Connects a Stripe test key to a backend that does not answer within the test (an attempt waits 15 s); the busy Connect button. */
async function connectWithoutAnswer(page: Page): Promise<Locator> {
  await page.route('**/api/connect', () => {});
  await openPlayground(page, { provider: 'stripe' });
  await environmentRadio(page, 'Test Mode').check();
  await credentialField(page, 'API Key').fill(tokens.stripeTest);
  await connectButton(page).click();
  return widget(page).getByRole('button', { name: 'Connecting…' });
}

test('a key the backend quotes shows as •••• and is read as "hidden value", not "bullet bullet bullet bullet"', async ({ page }) => {
  let attempt = 0;
  await page.route('**/api/connect', (route) =>
    (attempt += 1) === 1
      ? route.fulfill({ status: 500, json: { error: { code: 'internal', message: `Could not store ${tokens.stripeTest}.` } } })
      : route.fulfill({ status: 200, json: { account: { id: 'acct_1', provider: 'stripe', name: `Acme ${tokens.stripeTest}` } } }),
  );
  await openPlayground(page, { provider: 'stripe' });
  await environmentRadio(page, 'Test Mode').check();
  await credentialField(page, 'API Key').fill(tokens.stripeTest);
  await connectButton(page).click();
  const alert = widget(page).getByRole('alert');
  await expect(alert).toContainText('Could not store ••••');
  // Chromium puts a space after the words, out of the text's flow for the eye: not heard.
  await expect(alert).toMatchAriaSnapshot('- alert: /^Could not store hidden value ?\\.$/');

  await widget(page).getByRole('button', { name: 'Try again' }).click();
  const heading = screenHeading(page, 'Stripe connected');
  await expect(heading).toBeFocused();
  await expect(widget(page).getByText('Acme ••••', { exact: false })).toBeVisible();
  // What a screen reader says as the focus lands there.
  await expect(heading).toHaveAccessibleDescription('Acme hidden value is now linked.');
});

test.describe('motion', () => {
  /** Pictures of `target` over about a second; the first is the reference. */
  async function framesOver(page: Page, target: Locator): Promise<Buffer[]> {
    const frames: Buffer[] = [];
    for (let index = 0; index < 4; index += 1) {
      if (index > 0) await page.waitForTimeout(250);
      frames.push(await target.screenshot());
    }
    return frames;
  }

  test('while connecting, the busy indicator turns, and stands still when the system asks for reduced motion', async ({ page }) => {
    const busy = await connectWithoutAnswer(page);
    // After 5 s, Stop shows below it: from then on nothing else moves the button.
    await expect(widget(page).getByRole('button', { name: 'Stop' })).toBeVisible();
    // Pictures of the button alone: the pointer stays on it, so its hover colour holds.
    const moving = await framesOver(page, busy);
    expect(moving.some((frame) => !frame.equals(moving[0]!)), 'the indicator turns').toBe(true);

    await page.emulateMedia({ reducedMotion: 'reduce' });
    const still = await framesOver(page, busy);
    // Still busy, and says so in words.
    await expect(busy).toBeVisible();
    expect(still.every((frame) => frame.equals(still[0]!)), 'nothing on the button moves').toBe(true);
  });
});

test.describe('in forced colours (Windows High Contrast), where the system’s colours replace the theme’s', () => {
  test.use({ forcedColors: 'active' });

  /**
   * A picture of the icon just before the start of `message`'s first line, where reading it starts
   * (left to right), or null when there is none. The start of the text, not of its element: an
   * icon may sit inside the element, before the text.
   */
  async function iconBefore(page: Page, message: Locator): Promise<Buffer | null> {
    const text = await message.evaluate((element) => {
      const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT, (node) =>
        node.textContent?.trim() ? NodeFilter.FILTER_ACCEPT : NodeFilter.FILTER_SKIP,
      );
      const range = document.createRange();
      range.selectNodeContents(walker.nextNode()!);
      const { x, y } = range.getClientRects()[0]!;
      return { x, y };
    });
    for (const icon of await widget(page).locator('svg').all()) {
      const box = await icon.boundingBox();
      if (!box) continue;
      const gap = text.x - (box.x + box.width);
      if (gap >= 0 && gap <= 16 && box.y >= text.y - 4 && box.y <= text.y + 8) return icon.screenshot();
    }
    return null;
  }

  /** How many pixels of each half of a picture, left and right, are drawn (not the colour of its corner). */
  async function inkByHalf(page: Page, picture: Buffer): Promise<[number, number]> {
    return page.evaluate(async (base64) => {
      const bitmap = await createImageBitmap(await (await fetch(`data:image/png;base64,${base64}`)).blob());
      const context = new OffscreenCanvas(bitmap.width, bitmap.height).getContext('2d')!;
      context.drawImage(bitmap, 0, 0);
      const { data, width, height } = context.getImageData(0, 0, bitmap.width, bitmap.height);
      const ink: [number, number] = [0, 0];
      for (let y = 0; y < height; y += 1) {
        for (let x = 0; x < width; x += 1) {
          const at = (y * width + x) * 4;
          const distance = [0, 1, 2].reduce((sum, channel) => sum + Math.abs(data[at + channel]! - data[channel]!), 0);
          if (distance > 128) ink[x < width / 2 ? 0 : 1] += 1;
        }
      }
      return ink;
    }, picture.toString('base64'));
  }

  test('the busy ring keeps its open side, so that its turn shows (a closed ring turns unseen)', async ({ page }) => {
    const busy = await connectWithoutAnswer(page);
    // The button's picture, at rest (the ring is open at its top right).
    const ring = busy.locator('[aria-hidden="true"]');
    const [left, right] = await inkByHalf(page, await ring.screenshot({ animations: 'disabled' }));
    expect(left, 'the ring is drawn').toBeGreaterThan(0);
    expect(right, 'the ring is open on one side').toBeLessThan(left * 0.75);
  });

  test('an error and the offline note each keep an icon of their own', async ({ page }) => {
    await openPlayground(page, { provider: 'stripe', scenario: 'server-error' });
    await environmentRadio(page, 'Test Mode').check();
    await credentialField(page, 'API Key').fill(tokens.stripeTest);
    await connectButton(page).click();
    // 503 each time: after its retries (a few seconds), the error.
    const error = widget(page).getByRole('alert').filter({ hasText: 'Stripe is not answering right now' });
    await expect(error).toBeVisible({ timeout: 30_000 });
    const errorIcon = await iconBefore(page, error);
    expect(errorIcon, 'an icon before the error').not.toBeNull();

    await page.context().setOffline(true);
    await connectButton(page).click();
    const offline = widget(page).getByRole('alert').filter({ hasText: 'You are offline' });
    await expect(offline).toBeVisible();
    const offlineIcon = await iconBefore(page, offline);
    expect(offlineIcon, 'an icon before the offline note').not.toBeNull();
    expect(offlineIcon!.equals(errorIcon!), 'the offline note is not marked as an error').toBe(false);
  });

  // Set apart by their colour alone, which forced colours take away: each needs a mark of its own.
  test('a token’s hint (Shortcut’s read-only token) has an icon before its text', async ({ page }) => {
    await openPlayground(page, { provider: 'shortcut' });
    await credentialField(page, 'API Token').fill('sct_ro_workspace_0123456789');
    const hint = widget(page).getByRole('status').filter({ hasText: 'This is a read-only token' });
    await expect(hint).toBeVisible();
    expect(await iconBefore(page, hint), 'an icon before the hint').not.toBeNull();
  });

  test('the environment detected from a key has an icon before its text', async ({ page }) => {
    await openPlayground(page, { provider: 'stripe' });
    await credentialField(page, 'API Key').fill(tokens.stripeTest);
    const detected = widget(page).getByRole('status').filter({ hasText: 'Test Mode selected to match your key.' });
    await expect(detected).toBeVisible();
    expect(await iconBefore(page, detected), 'an icon before the detected environment').not.toBeNull();
  });

  test('"Stopped…", after Stop, has an icon before its text', async ({ page }) => {
    await connectWithoutAnswer(page);
    // Stop shows after 5 s.
    await widget(page).getByRole('button', { name: 'Stop' }).click();
    const stopped = widget(page).getByRole('status').filter({ hasText: /^Stopped\./ });
    await expect(stopped).toBeVisible();
    expect(await iconBefore(page, stopped), 'an icon before "Stopped…"').not.toBeNull();
  });
});

test.describe('in a right-to-left widget showing English text (dir="rtl" with the English messages)', () => {
  /** Where the last character of `element`'s text is drawn, and where the rest of it is. */
  async function endAndRest(element: Locator): Promise<{ end: DOMRect; rest: DOMRect }> {
    return element.evaluate((node) => {
      const text = document.createTreeWalker(node, NodeFilter.SHOW_TEXT).nextNode() as Text;
      const range = document.createRange();
      range.setStart(text, 0);
      range.setEnd(text, text.length - 1);
      const rest = range.getBoundingClientRect();
      range.setStart(text, text.length - 1);
      range.setEnd(text, text.length);
      return { end: range.getBoundingClientRect().toJSON() as DOMRect, rest: rest.toJSON() as DOMRect };
    });
  }

  test('"Connecting…" and "Still connecting…" end with their ellipsis, on the right of the words, not before them', async ({ page }) => {
    // The backend does not answer within the test.
    await page.route('**/api/connect', () => {});
    await page.goto('/host-fixtures/?host=rtl&state=provider&width=480');
    const stage = page.getByRole('region', { name: 'provider at 480 px', exact: true });
    await stage.getByRole('radio', { name: /^Test Mode/ }).check();
    await stage.getByRole('textbox', { name: 'API Key' }).fill(tokens.stripeTest);
    await stage.getByRole('button', { name: 'Connect', exact: true }).click();
    const label = stage.getByRole('button', { name: 'Connecting…' }).getByText('Connecting…', { exact: true });
    const { end, rest } = await endAndRest(label);
    expect(end.left, 'the ellipsis is right of "Connecting"').toBeGreaterThanOrEqual(rest.right - 1);

    // After 5 s, the status under the button too.
    const status = stage.getByRole('status').filter({ hasText: 'Still connecting…' });
    await expect(status).toBeVisible();
    const still = await endAndRest(status);
    expect(still.end.left, 'the ellipsis is right of "Still connecting"').toBeGreaterThanOrEqual(still.rest.right - 1);
  });

  /**
   * Which side of `message`'s first line its icon is drawn on: the nearest icon, in the message
   * or beside it (a field error's is beside it).
   */
  async function iconSide(message: Locator): Promise<'left' | 'right' | 'elsewhere'> {
    return message.evaluate((element) => {
      const range = document.createRange();
      range.selectNodeContents(document.createTreeWalker(element, NodeFilter.SHOW_TEXT).nextNode()!);
      // The parts of the first line (a name set apart in it is a part of its own).
      const parts = [...range.getClientRects()].filter((rect, _index, all) => Math.abs(rect.top - all[0]!.top) < 2);
      const line = { left: Math.min(...parts.map((rect) => rect.left)), right: Math.max(...parts.map((rect) => rect.right)) };
      let around: Element = element;
      while (!around.querySelector('svg')) around = around.parentElement!;
      const icon = around.querySelector('svg')!.getBoundingClientRect();
      if (icon.right <= line.left + 1 && icon.right >= line.left - 16) return 'left';
      if (icon.left >= line.right - 1 && icon.left <= line.right + 16) return 'right';
      return 'elsewhere';
    });
  }

  test('a field error, the environment detected from a key and "Stopped…" have their icon on the widget’s side, right of the English sentence', async ({ page }) => {
    // The backend does not answer within the test.
    await page.route('**/api/connect', () => {});
    await page.goto('/host-fixtures/?host=rtl&state=provider&width=480');
    const stage = page.getByRole('region', { name: 'provider at 480 px', exact: true });
    await stage.getByRole('button', { name: 'Connect', exact: true }).click();
    expect(await iconSide(stage.getByRole('alert').filter({ hasText: /^Enter your .API Key.\.$/u })), 'the field error’s icon').toBe('right');

    await stage.getByRole('textbox', { name: 'API Key' }).fill(tokens.stripeTest);
    const detected = stage.getByRole('status').filter({ hasText: 'selected to match your key.' });
    await expect(detected).toBeVisible();
    expect(await iconSide(detected), 'the detected environment’s icon').toBe('right');

    await stage.getByRole('button', { name: 'Connect', exact: true }).click();
    // Stop shows after 5 s.
    await stage.getByRole('button', { name: 'Stop' }).click();
    const stopped = stage.getByRole('status').filter({ hasText: /^Stopped\./ });
    await expect(stopped).toBeVisible();
    expect(await iconSide(stopped), 'the icon of "Stopped…"').toBe('right');
  });
});

/** Where `part` (its last occurrence in `element`'s text) is drawn, left and right. */
async function drawn(element: Locator, part: string): Promise<{ left: number; right: number }> {
  return element.evaluate((node, part) => {
    const text = [...node.childNodes].findLast((child): child is Text => child instanceof Text && child.data.includes(part))!;
    const range = document.createRange();
    range.setStart(text, text.data.lastIndexOf(part));
    range.setEnd(text, text.data.lastIndexOf(part) + part.length);
    const { left, right } = range.getBoundingClientRect();
    return { left, right };
  }, part);
}

/** Expects `words` drawn in this order, each right of the one before (left to right reading). */
async function expectInOrder(element: Locator, ...words: string[]) {
  for (const [index, word] of words.slice(1).entries()) {
    const before = await drawn(element, words[index]!);
    expect((await drawn(element, word)).left, `"${word}" is right of "${words[index]}"`).toBeGreaterThanOrEqual(before.right - 1);
  }
}

test.describe('the search query quoted in “Nothing matches …”', () => {
  // Typed right to left ("עב" first, on the right), as the search box shows it: set apart, it is
  // not read as part of the English sentence around it, which would put "עב" on the left.
  test('reads as typed, a right-to-left one in an English widget, left to right or laid out right to left', async ({ page }) => {
    const pickers = [
      async () => (await openPlayground(page), widget(page)),
      async () => (await page.goto('/host-fixtures/?host=rtl&state=picker&width=480'), page.getByRole('region', { name: 'picker at 480 px', exact: true })),
    ];
    for (const open of pickers) {
      const picker = await open();
      await picker.getByRole('searchbox', { name: 'Search services' }).fill('עב abc');
      await expectInOrder(picker.getByText(/^Nothing matches/), 'matches', 'abc', 'עב', 'Check');
    }
  });
});

test.describe('in a right-to-left widget showing English text, the widget’s own sentences', () => {
  test('read left to right: full stops at their end, and a name or label where the sentence has it', async ({ page }) => {
    // Names and labels in them are set apart with Unicode's first-strong isolate.
    const isolated = (name: string) => `\u2068${name}\u2069`;
    await page.goto('/host-fixtures/?host=rtl&state=picker&width=480');
    const picker = page.getByRole('region', { name: 'picker at 480 px', exact: true });
    await expectInOrder(picker.getByText('Choose the service you want to link.'), 'link', '.');

    await page.goto('/host-fixtures/?host=rtl&state=provider&width=480');
    const stage = page.getByRole('region', { name: 'provider at 480 px', exact: true });
    await stage.getByRole('button', { name: 'Connect', exact: true }).click();
    await expectInOrder(stage.getByText(`Enter your ${isolated('API Key')}.`), 'Enter', 'API Key', '.');
    await stage.getByRole('radio', { name: /^Test Mode/ }).check();
    await stage.getByRole('textbox', { name: 'API Key' }).fill(tokens.stripeLive);
    await expectInOrder(stage.getByRole('button', { name: `Switch to ${isolated('Production')}` }), 'Switch', 'Production');
    await expectInOrder(stage.getByText(`This is a ${isolated('live key')}, but ${isolated('Test Mode')} is selected.`), 'live key', 'Test Mode', 'selected', '.');

    await stage.getByRole('button', { name: `Switch to ${isolated('Production')}` }).click();
    await stage.getByRole('button', { name: 'Connect', exact: true }).click();
    await expectInOrder(stage.getByRole('heading', { name: `${isolated('Stripe')} connected` }), 'Stripe', 'connected');
    await expectInOrder(stage.getByText(`${isolated('Stripe account')} (${isolated('Production')}) is now linked.`), 'Stripe account', 'Production', 'linked', '.');
  });
});

test.describe('in a right-to-left widget, the provider’s own English text', () => {
  /**
   * Where the last character of `element`'s last text is drawn, and how far right the text before
   * it on the same line reaches.
   */
  async function lastLine(element: Locator): Promise<{ end: DOMRect; lineRight: number }> {
    return element.evaluate((node) => {
      const texts = [...node.childNodes].filter((child): child is Text => child.nodeType === Node.TEXT_NODE);
      const text = texts[texts.length - 1]!;
      const range = document.createRange();
      range.setStart(text, text.length - 1);
      range.setEnd(text, text.length);
      const end = range.getBoundingClientRect();
      range.setStart(text, 0);
      range.setEnd(text, text.length - 1);
      const line = [...range.getClientRects()].filter((rect) => rect.width > 0 && rect.top < end.bottom && rect.bottom > end.top);
      return { end: end.toJSON() as DOMRect, lineRight: Math.max(...line.map((rect) => rect.right)) };
    });
  }

  test('ends its sentences with their full stop, at the right end of the line', async ({ page }) => {
    await page.goto('/host-fixtures/?host=rtl&state=provider&width=480');
    const stage = page.getByRole('region', { name: 'provider at 480 px', exact: true });
    await expect(stage.getByRole('heading', { level: 2, name: 'Stripe' })).toBeVisible();
    const warning = stage.getByRole('note', { name: 'Before you start' }).getByText(/view API keys\.$/);
    const description = stage.getByText('Payments, customers and subscriptions.', { exact: true });
    for (const [name, element] of [['the warning', warning], ['the description', description]] as const) {
      const { end, lineRight } = await lastLine(element);
      expect(end.left, `${name}'s full stop is right of its last words`).toBeGreaterThanOrEqual(lineRight - 1);
    }
  });
});
