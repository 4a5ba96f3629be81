import { expect, test, type Locator, type Page } from '@playwright/test';
import {
  connectButton,
  credentialField,
  environmentRadio,
  expectLogged,
  nextConnectPost,
  openPlayground,
  recordConnectPosts,
  screenHeading,
  tokens,
  UUID_PATTERN,
  widget,
} from './support.js';


/**
 * Holds the connect requests (or only attempt `attempt`) until the returned `release` is called,
 * so that what the page shows meanwhile can be checked before any answer, however slow the machine.
 */
async function holdConnectRequests(page: Page, attempt?: number): Promise<() => void> {
  let release: () => void = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  let attempts = 0;
  await page.route('**/api/connect', async (route) => {
    attempts += 1;
    if (attempt === undefined || attempts === attempt) await held;
    await route.continue();
  });
  return release;
}

test.describe('given a Stripe key for the wrong environment', () => {
  test('names both environments, offers a one-click switch, and connects to Production only after it', async ({
    page,
    request,
  }) => {
    const posts = recordConnectPosts(page);
    await openPlayground(page, { provider: 'stripe' });
    await environmentRadio(page, 'Test Mode').check();
    const apiKey = credentialField(page, 'API Key');
    await apiKey.fill(tokens.stripeLive);

    const mismatch = widget(page).getByText('This is a live key, but Test Mode is selected.');
    await expect(mismatch).toBeVisible();
    await expect(apiKey).toHaveAttribute('aria-invalid', 'true');
    await expect(apiKey).toHaveAccessibleDescription(/This is a live key, but Test Mode is selected\./);
    // The selected environment is never changed silently.
    await expect(environmentRadio(page, 'Test Mode')).toBeChecked();
    await expect(environmentRadio(page, 'Production')).not.toBeChecked();

    // Connect refuses to send while the key and the environment disagree.
    await connectButton(page).click();
    await expect(mismatch).toBeVisible();
    expect(posts).toHaveLength(0);

    await widget(page).getByRole('button', { name: 'Switch to Production' }).click();
    await expect(environmentRadio(page, 'Production')).toBeChecked();
    await expect(environmentRadio(page, 'Test Mode')).not.toBeChecked();
    // The button is gone: the focus goes to the environment now chosen.
    await expect(environmentRadio(page, 'Production')).toBeFocused();
    await expect(mismatch).toBeHidden();
    await expect(widget(page).getByRole('button', { name: 'Switch to Production' })).toHaveCount(0);
    await expect(apiKey).not.toHaveAttribute('aria-invalid', 'true');

    const posted = nextConnectPost(page);
    await connectButton(page).click();
    const post = await posted;
    await expect(screenHeading(page, 'Stripe connected')).toBeVisible();
    expect(post.postDataJSON()).toMatchObject({ provider: 'stripe', environment: 'production' });
    const [entry] = await expectLogged(request, (await post.headerValue('idempotency-key')) ?? '');
    expect(entry).toMatchObject({ provider: 'stripe', environment: 'production', status: 200 });
    expect(posts).toHaveLength(1);
  });
});

test.describe('given a Stripe test key under Production', () => {
  test('the switch leaves the focus on Test Mode, the environment now chosen, and Arrow keys move on from there', async ({
    page,
  }) => {
    await openPlayground(page, { provider: 'stripe' });
    await environmentRadio(page, 'Production').check();
    await credentialField(page, 'API Key').fill(tokens.stripeTest);
    await widget(page).getByRole('button', { name: 'Switch to Test Mode' }).click();

    await expect(environmentRadio(page, 'Test Mode')).toBeChecked();
    await expect(environmentRadio(page, 'Test Mode')).toBeFocused();
    await page.keyboard.press('ArrowUp');
    await expect(environmentRadio(page, 'Production')).toBeFocused();
  });
});

test.describe('given no environment selected yet', () => {
  test('a sk_test_ key selects Test Mode, visibly and announced', async ({ page }) => {
    await openPlayground(page, { provider: 'stripe' });
    await expect(environmentRadio(page, 'Test Mode')).not.toBeChecked();
    await expect(environmentRadio(page, 'Production')).not.toBeChecked();

    await credentialField(page, 'API Key').fill(tokens.stripeTest);
    await expect(environmentRadio(page, 'Test Mode')).toBeChecked();
    await expect(environmentRadio(page, 'Production')).not.toBeChecked();
    const announcement = widget(page).getByRole('status').filter({ hasText: 'Test Mode selected to match your key.' });
    await expect(announcement).toBeVisible();
    await expect(widget(page).getByRole('radiogroup', { name: 'Environment' })).toHaveAccessibleDescription(
      /Test Mode selected to match your key\./,
    );
  });

  test('tabbing past the environments and the key says nothing over the next field, and a key typed then still selects one', async ({ page }) => {
    await openPlayground(page, { provider: 'stripe' });
    const environments = widget(page).getByRole('radiogroup', { name: 'Environment' });
    await environmentRadio(page, 'Production').focus();
    await page.keyboard.press('Tab');
    await expect(credentialField(page, 'API Key')).toBeFocused();
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Shift+Tab');
    await expect(credentialField(page, 'API Key')).toBeFocused();

    // An alert while the user only looks through the form would talk over each field's name.
    await expect(widget(page).getByRole('alert')).toHaveCount(0);
    await expect(environments).not.toHaveAccessibleDescription(/Choose/);

    await page.keyboard.type(tokens.stripeTest);
    await expect(environmentRadio(page, 'Test Mode')).toBeChecked();
    await expect(environments).toHaveAccessibleDescription(/^Test Mode selected to match your key\.$/);
  });
});

test.describe('given a field that shows an error, while the user types in it', () => {
  test('its error goes as soon as it no longer holds; what is wrong with the half-typed token is said on leaving it', async ({ page }) => {
    await openPlayground(page, { provider: 'shortcut' });
    const apiToken = credentialField(page, 'API Token');
    await connectButton(page).click();
    await expect(widget(page).getByRole('alert')).toHaveText('Enter your API Token.');
    await expect(apiToken).toBeFocused();

    // Every alert text the page shows while the user types, however briefly.
    await page.evaluate(() => {
      const said: string[] = [];
      Object.assign(window, { __alertsSaid: said });
      new MutationObserver(() => {
        for (const alert of document.querySelectorAll('[role="alert"]')) if (alert.textContent) said.push(alert.textContent);
      }).observe(document.body, { subtree: true, childList: true, characterData: true });
    });
    await page.keyboard.type('sct_rw_', { delay: 30 });
    expect(await page.evaluate(() => (window as unknown as { __alertsSaid: string[] }).__alertsSaid)).toEqual([]);
    await expect(apiToken).not.toHaveAttribute('aria-invalid', 'true');

    await page.keyboard.press('Tab');
    await expect(widget(page).getByRole('alert')).toHaveText(/^Shortcut API tokens start with sct_rw_ or sct_ro_\./);
    await expect(apiToken).toHaveAttribute('aria-invalid', 'true');
  });
});

test.describe('given a press on Connect straight from a field whose blur shows an error', () => {
  // Leaving the field shows its error, which pushes Connect down between the press and the release:
  // the click must still reach Connect, or the first press does nothing but blur.
  for (const input of ['touch', 'mouse'] as const) {
    test(`one ${input} press submits: every error shows and the first one has focus`, async ({ page, browser }) => {
      const target = input === 'touch' ? await browser.newPage({ hasTouch: true, isMobile: true, viewport: { width: 390, height: 844 } }) : page;
      await openPlayground(target, { provider: 'stripe' });
      await credentialField(target, 'API Key').fill('abc123');
      const box = (await connectButton(target).boundingBox())!;
      if (input === 'touch') await target.touchscreen.tap(box.x + box.width / 2, box.y + box.height / 2);
      else await target.mouse.click(box.x + box.width / 2, box.y + box.height / 2);

      await expect(widget(target).getByText('Choose Production or Test Mode.')).toBeVisible();
      await expect(environmentRadio(target, 'Production')).toBeFocused();
      if (target !== page) await target.close();
    });
  }
});

test.describe('given a half-typed token above a choice, whose blur shows an error', () => {
  // Leaving LaunchDarkly's token field shows its error, which pushes the instances below it down
  // between the press and the release: the press must still pick the instance pressed, not miss.
  for (const input of ['touch', 'mouse'] as const) {
    test(`one ${input} press on EU picks EU, and the token's error shows`, async ({ page, browser }) => {
      const target = input === 'touch' ? await browser.newPage({ hasTouch: true, isMobile: true, viewport: { width: 390, height: 844 } }) : page;
      await openPlayground(target, { provider: 'launchdarkly' });
      const token = credentialField(target, 'Access Token');
      await token.fill('api-1234');
      const eu = widget(target).getByRole('radiogroup', { name: /^Instance/ }).getByRole('radio', { name: /^EU\b/ });
      // Where a user presses: the card's text, its address.
      const box = (await widget(target).getByRole('form').getByText('app.eu.launchdarkly.com').boundingBox())!;
      if (input === 'touch') await target.touchscreen.tap(box.x + box.width / 2, box.y + box.height / 2);
      else await target.mouse.click(box.x + box.width / 2, box.y + box.height / 2);

      await expect(widget(target).getByRole('alert')).toHaveText(/^LaunchDarkly access tokens start with api-/);
      await expect(eu).toBeChecked();
      await expect(eu).toBeFocused();
      if (target !== page) await target.close();
    });
  }
});

test.describe('given a half-typed key, shown with the reveal button', () => {
  // Leaving the field would judge the key before it is whole, and close a phone's keyboard.
  for (const input of ['touch', 'mouse'] as const) {
    test(`a ${input} press shows the key and leaves the focus and no error in the field`, async ({ page, browser }) => {
      const target = input === 'touch' ? await browser.newPage({ hasTouch: true, isMobile: true, viewport: { width: 390, height: 844 } }) : page;
      await openPlayground(target, { provider: 'stripe' });
      const field = credentialField(target, 'API Key');
      await field.click();
      await target.keyboard.type('sk_test_51Hx');
      const reveal = widget(target).getByRole('button', { name: 'Show API Key' });
      const box = (await reveal.boundingBox())!;
      if (input === 'touch') await target.touchscreen.tap(box.x + box.width / 2, box.y + box.height / 2);
      else await target.mouse.click(box.x + box.width / 2, box.y + box.height / 2);

      await expect(widget(target).getByRole('button', { name: 'Hide API Key' })).toBeVisible();
      await expect(field).toHaveAttribute('type', 'text');
      await expect(field).toBeFocused();
      await expect(field).not.toHaveAttribute('aria-invalid', 'true');
      await expect(widget(target).getByRole('alert')).toHaveCount(0);
      if (target !== page) await target.close();
    });
  }
});

test.describe('given a Stripe publishable key', () => {
  test('explains that the Secret key is needed and sends nothing', async ({ page }) => {
    const posts = recordConnectPosts(page);
    await openPlayground(page, { provider: 'stripe' });
    const apiKey = credentialField(page, 'API Key');
    await apiKey.fill(tokens.stripePublishable);
    await connectButton(page).click();

    const message = widget(page).getByText(/^This is your publishable test key\. Connecting needs the Secret key \(sk_test_…\)/);
    await expect(message).toBeVisible();
    await expect(apiKey).toHaveAttribute('aria-invalid', 'true');
    await expect(apiKey).toHaveAccessibleDescription(/This is your publishable test key\./);
    // A publishable key names no environment, so none is picked for it.
    await expect(environmentRadio(page, 'Test Mode')).not.toBeChecked();
    expect(posts).toHaveLength(0);
  });
});

test.describe('given the backend rejects the credentials', () => {
  // Regression: the form's prefix check once re-validated the field and wiped the server's error.
  test('its message shows on the API Key field and stays there', async ({ page }) => {
    await openPlayground(page, { provider: 'stripe', scenario: 'invalid-credentials' });
    const apiKey = credentialField(page, 'API Key');
    await apiKey.fill(tokens.stripeTest);
    await expect(environmentRadio(page, 'Test Mode')).toBeChecked();

    const answered = page.waitForResponse((response) => new URL(response.url()).pathname === '/api/connect');
    await connectButton(page).click();
    expect((await answered).status()).toBe(401);

    const message = 'Stripe did not accept this API Key. Check that you copied all of it.';
    await expect(widget(page).getByText(message)).toBeVisible();
    await expect(apiKey).toHaveAttribute('aria-invalid', 'true');
    await expect(apiKey).toHaveAccessibleDescription(new RegExp(message.replace(/\./g, '\\.')));
    await expect(apiKey).toBeFocused();
    await expect(screenHeading(page, 'Stripe')).toBeVisible();
    // Still there after the page has rendered again (the playground re-renders on each log poll).
    await page.waitForResponse((response) => new URL(response.url()).pathname === '/api/connect/log');
    await expect(widget(page).getByText(message)).toBeVisible();
    await expect(apiKey).toHaveAttribute('aria-invalid', 'true');
  });

  test('a provider without environments shows it on the API Token field too', async ({ page }) => {
    await openPlayground(page, { provider: 'shortcut', scenario: 'invalid-credentials' });
    const apiToken = credentialField(page, 'API Token');
    await apiToken.fill(tokens.shortcut);
    await connectButton(page).click();

    const message = 'Shortcut did not accept this API Token. Check that you copied all of it.';
    await expect(widget(page).getByText(message)).toBeVisible();
    await expect(apiToken).toHaveAttribute('aria-invalid', 'true');
    await expect(apiToken).toHaveAccessibleDescription(new RegExp(message.replace(/\./g, '\\.')));
  });
});

test.describe('given a backend that fails once with 503', () => {
  test('retries once with the same Idempotency-Key and shows success', async ({ page, request }) => {
    const posts = recordConnectPosts(page);
    await openPlayground(page, { provider: 'shortcut', scenario: 'flaky' });
    await credentialField(page, 'API Token').fill(tokens.shortcut);
    await connectButton(page).click();

    await expect(screenHeading(page, 'Shortcut connected')).toBeVisible();
    expect(posts).toHaveLength(2);
    const keys = await Promise.all(posts.map((post) => post.headerValue('idempotency-key')));
    expect(keys[0]).toMatch(UUID_PATTERN);
    expect(keys[1]).toBe(keys[0]);
    expect(posts[1]?.postData()).toBe(posts[0]?.postData());

    const entries = await expectLogged(request, keys[0] ?? '', 2);
    // Newest first: the retry succeeded, the first attempt got the 503.
    expect(entries.map((entry) => entry.status)).toEqual([200, 503]);
  });
});

test.describe('given a backend that fails once with 503 and is slow the second time', () => {
  test('says on the screen, not only to a screen reader, that it is still trying', async ({ page }) => {
    const release = await holdConnectRequests(page, 2);
    await openPlayground(page, { provider: 'shortcut', scenario: 'flaky' });
    await credentialField(page, 'API Token').fill(tokens.shortcut);
    await connectButton(page).click();

    const progress = widget(page).getByRole('status').filter({ hasText: /^Still connecting: attempt 2 of 3…$/ });
    await expect(progress).toBeVisible();
    // Seen, not a one-pixel box for screen readers only: a line of text under Connect.
    const busy = widget(page).getByRole('button', { name: 'Connecting…' });
    const [box, connect] = await Promise.all([progress.boundingBox(), busy.boundingBox()]);
    expect(box?.height).toBeGreaterThan(12);
    expect(box?.width).toBeGreaterThan(150);
    expect(box?.y).toBeGreaterThan((connect?.y ?? 0) + (connect?.height ?? 0) - 1);
    release();
    await expect(screenHeading(page, 'Shortcut connected')).toBeVisible();
  });
});

test.describe('given a key a password manager filled in without an input event', () => {
  test('one press of Connect picks the environment from the key and sends both', async ({ page }) => {
    await holdConnectRequests(page);
    await openPlayground(page, { provider: 'stripe' });
    // As some password managers and browser autofill do: the value changes, no event fires.
    await credentialField(page, 'API Key').evaluate((input: HTMLInputElement, key) => {
      Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set?.call(input, key);
    }, tokens.stripeTest);
    const post = nextConnectPost(page);
    await connectButton(page).click();

    expect((await post).postDataJSON()).toEqual({ provider: 'stripe', environment: 'test', credentials: { api_key: tokens.stripeTest } });
    await expect(environmentRadio(page, 'Test Mode')).toBeChecked();
    await expect(widget(page).getByRole('status').filter({ hasText: 'Test Mode selected to match your key.' })).toBeVisible();
    await expect(widget(page).getByText('Choose Production or Test Mode.')).toHaveCount(0);
  });
});

test.describe('given a key copied from a dashboard with a space and a line break around it', () => {
  test('the field holds the key alone once pasted, as it shows when revealed, and sends it so', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await holdConnectRequests(page);
    await openPlayground(page, { provider: 'stripe' });
    await page.evaluate((text) => navigator.clipboard.writeText(text), ` ${tokens.stripeTest} \n`);
    const apiKey = credentialField(page, 'API Key');
    await apiKey.click();
    await page.keyboard.press('ControlOrMeta+V');
    await widget(page).getByRole('button', { name: 'Show API Key' }).click();

    await expect(apiKey).toHaveValue(tokens.stripeTest);
    await expect(environmentRadio(page, 'Test Mode')).toBeChecked();
    const post = nextConnectPost(page);
    await connectButton(page).click();
    expect((await post).postDataJSON()).toEqual({ provider: 'stripe', environment: 'test', credentials: { api_key: tokens.stripeTest } });
  });
});

test.describe('given a backend that does not answer', () => {
  test('offers Stop after a few seconds; Stop gives the form back, and Connect again sends the same Idempotency-Key', async ({
    page,
    request,
  }) => {
    const posts = recordConnectPosts(page);
    const aborted: string[] = [];
    page.on('requestfailed', (failed) => aborted.push(failed.failure()?.errorText ?? ''));
    // The first request never gets an answer; the next goes through to the mock backend.
    await holdConnectRequests(page, 1);
    await openPlayground(page, { provider: 'shortcut' });
    await credentialField(page, 'API Token').fill(tokens.shortcut);
    await connectButton(page).click();

    const stop = widget(page).getByRole('button', { name: 'Stop' });
    await expect(stop).toBeVisible({ timeout: 15_000 });
    await expect(widget(page).getByRole('status').filter({ hasText: /^Still connecting…$/ })).toBeVisible();
    // Under the busy Connect, not over it.
    const [stopBox, busyBox] = await Promise.all([stop.boundingBox(), widget(page).getByRole('button', { name: 'Connecting…' }).boundingBox()]);
    expect(stopBox?.y).toBeGreaterThan((busyBox?.y ?? 0) + (busyBox?.height ?? 0) - 1);

    await stop.click();
    await expect.poll(() => aborted).toEqual(['net::ERR_ABORTED']);
    await expect(widget(page).getByRole('status').filter({ hasText: "Stopped. You can try again: the account won't be linked twice." })).toBeVisible();
    await expect(connectButton(page)).toBeFocused();
    await expect(credentialField(page, 'API Token')).toBeEditable();
    await expect(stop).toHaveCount(0);

    await page.keyboard.press('Enter');
    await expect(screenHeading(page, 'Shortcut connected')).toBeVisible();
    expect(posts).toHaveLength(2);
    const keys = posts.map((post) => post.headers()['idempotency-key']);
    expect(keys[1]).toBe(keys[0]);
    // The backend saw the second request only: the first never left the route.
    await expectLogged(request, keys[0] ?? '', 1);
  });
});

/**
 * What the form brings into view stands clear of the screen's bottom edge, as a user scrolling it
 * into view would leave it, not with its last line or border on the edge.
 */
async function expectClearOfTheBottomEdge(page: Page, shown: Locator) {
  await expect(shown).toBeInViewport({ ratio: 1 });
  const box = await shown.boundingBox();
  const height = page.viewportSize()?.height ?? 0;
  expect(height - (box?.y ?? 0) - (box?.height ?? 0), 'the gap under it').toBeGreaterThanOrEqual(12);
}

test.describe('on a phone, given a backend that does not answer', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

  test('Stop comes into view below Connect, pressed at the bottom of the screen', async ({ page }) => {
    await holdConnectRequests(page, 1);
    await openPlayground(page, { provider: 'shortcut' });
    await credentialField(page, 'API Token').fill(tokens.shortcut);
    // Scrolled just far enough to see Connect, as a user does to press it.
    await connectButton(page).evaluate((button) => button.scrollIntoView({ block: 'end' }));
    await connectButton(page).tap();

    const stop = widget(page).getByRole('button', { name: 'Stop' });
    await expect(stop).toBeAttached({ timeout: 15_000 });
    await expectClearOfTheBottomEdge(page, stop);
    await expect(widget(page).getByText('Still connecting…')).toBeInViewport({ ratio: 1 });
  });
});

test.describe('in a short window, given Connect pressed with a field to fix just above the top edge', () => {
  // 400 × 420: a laptop's window with the widget low in the page, or a phone held sideways.
  test.use({ viewport: { width: 400, height: 420 } });

  test('the field to fix comes into view with its name above it, clear of the edge', async ({ page }) => {
    await openPlayground(page, { provider: 'stripe', width: '360' });
    await widget(page).getByRole('button', { name: /Go to the form/ }).click();
    await page.keyboard.insertText('nope');
    // Scrolled just far enough to see Connect, as a user does to press it. Leaving the key shows
    // its error, which moves Connect down and the environments above the window's top edge.
    await connectButton(page).evaluate((button) => button.scrollIntoView({ block: 'end' }));
    await connectButton(page).click();

    const production = environmentRadio(page, 'Production');
    await expect(production).toBeFocused();
    await expect(production).toBeInViewport({ ratio: 1 });
    const name = widget(page).getByRole('radiogroup', { name: 'Environment' }).getByText('Environment', { exact: true });
    await expect(name).toBeInViewport({ ratio: 1 });
    expect((await name.boundingBox())?.y, 'the gap above the group’s name').toBeGreaterThanOrEqual(12);
  });
});

test.describe('on a phone with its keyboard up, given Enter pressed in the key field at the bottom of the screen', () => {
  // 390 × 664: a phone's screen less its keyboard, where the browser has scrolled the focused field.
  test.use({ viewport: { width: 390, height: 664 }, hasTouch: true, isMobile: true });

  /** Types the key into the field and presses Enter there, with the field at the bottom of the screen. */
  async function enterAtTheBottom(page: Page, label: string, key: string) {
    const field = credentialField(page, label);
    await field.evaluate((element) => element.scrollIntoView({ block: 'end' }));
    await field.tap();
    await page.keyboard.insertText(key);
    await page.keyboard.press('Enter');
  }

  test('the error of a key the backend refuses comes into view under the field', async ({ page }) => {
    await openPlayground(page, { provider: 'stripe', scenario: 'invalid-credentials' });
    await enterAtTheBottom(page, 'API Key', tokens.stripeTest);

    const message = widget(page).getByRole('alert').filter({ hasText: 'Stripe did not accept this API Key.' });
    await expectClearOfTheBottomEdge(page, message);
    await expect(credentialField(page, 'API Key')).toBeFocused();
  });

  test('an error of the form comes into view with its Try again', async ({ page }) => {
    await openPlayground(page, { provider: 'shortcut', scenario: 'not-json' });
    await enterAtTheBottom(page, 'API Token', tokens.shortcut);

    const message = widget(page).getByRole('alert').filter({ hasText: 'HTTP 500' });
    await expect(widget(page).getByRole('button', { name: 'Try again' })).toBeInViewport({ ratio: 1 });
    // The message's box, drawn around it and its Try again.
    await expectClearOfTheBottomEdge(page, message.locator('..'));
  });
});

test.describe('given a backend that keeps failing with 503', () => {
  test('gives up after 3 attempts and offers Try again', async ({ page, request }) => {
    const posts = recordConnectPosts(page);
    await openPlayground(page, { provider: 'shortcut', scenario: 'server-error' });
    await credentialField(page, 'API Token').fill(tokens.shortcut);
    await connectButton(page).click();

    const alert = widget(page).getByRole('alert').filter({ hasText: 'Shortcut is not answering right now' });
    await expect(alert).toBeVisible({ timeout: 15_000 });
    await expect(widget(page).getByRole('button', { name: 'Try again' })).toBeVisible();
    expect(posts).toHaveLength(3);
    const keys = new Set(await Promise.all(posts.map((post) => post.headerValue('idempotency-key'))));
    expect(keys.size).toBe(1);
    const [key] = [...keys];
    const entries = await expectLogged(request, key ?? '', 3);
    expect(entries.map((entry) => entry.status)).toEqual([503, 503, 503]);
    await expect(screenHeading(page, 'Shortcut')).toBeVisible();

    // Try again sends the same submission again, with the same key.
    const again = page.waitForRequest((post) => post.method() === 'POST' && post.url().endsWith('/api/connect'));
    await widget(page).getByRole('button', { name: 'Try again' }).click();
    expect(await (await again).headerValue('idempotency-key')).toBe(key);
    // The button went with its alert: the focus waits on Connect, not on the page's body.
    await expect(connectButton(page)).toBeFocused();
  });
});

test.describe('given a backend that answers with HTML instead of JSON', () => {
  test('the alert names the HTTP status', async ({ page }) => {
    const posts = recordConnectPosts(page);
    await openPlayground(page, { provider: 'shortcut', scenario: 'not-json' });
    await credentialField(page, 'API Token').fill(tokens.shortcut);
    await connectButton(page).click();

    const alert = widget(page).getByRole('alert').filter({ hasText: 'HTTP 500' });
    await expect(alert).toBeVisible();
    await expect(widget(page).getByRole('button', { name: 'Try again' })).toBeVisible();
    // 500 is not retried.
    expect(posts).toHaveLength(1);
  });
});

test.describe('given a slow backend', () => {
  test('a double click on Connect sends exactly one request', async ({ page, request }) => {
    const posts = recordConnectPosts(page);
    const release = await holdConnectRequests(page);
    await openPlayground(page, { provider: 'shortcut', scenario: 'slow' });
    await credentialField(page, 'API Token').fill(tokens.shortcut);
    await connectButton(page).dblclick();

    await expect(widget(page).getByRole('button', { name: 'Connecting…' })).toBeVisible();
    // Repeated Enter on the busy button (it keeps focus) does not send another request either.
    await expect(widget(page).getByRole('button', { name: 'Connecting…' })).toBeFocused();
    await page.keyboard.press('Enter');
    release();
    await expect(screenHeading(page, 'Shortcut connected')).toBeVisible({ timeout: 15_000 });
    expect(posts).toHaveLength(1);
    const [entry] = await expectLogged(request, (await posts[0]?.headerValue('idempotency-key')) ?? '');
    expect(entry).toMatchObject({ provider: 'shortcut', scenario: 'slow', status: 200 });
  });

  test('while it connects, the key and the environment stay as sent, by mouse and by keyboard', async ({ page }) => {
    const posts = recordConnectPosts(page);
    const release = await holdConnectRequests(page);
    await openPlayground(page, { provider: 'stripe' });
    const apiKey = credentialField(page, 'API Key');
    await apiKey.fill(tokens.stripeTest);
    await expect(environmentRadio(page, 'Test Mode')).toBeChecked();
    await apiKey.press('Enter');
    await expect(widget(page).getByRole('button', { name: 'Connecting…' })).toBeVisible();

    await expect(apiKey).toBeFocused();
    await page.keyboard.type('x');
    await expect(apiKey).toHaveValue(tokens.stripeTest);
    // …and look it: not as a field that takes typing.
    const look = (field: Locator) => field.evaluate((element) => [getComputedStyle(element).backgroundColor, getComputedStyle(element).cursor]);
    const card = environmentRadio(page, 'Production').locator('xpath=ancestor::label');
    const [background, cursor] = await look(apiKey);
    expect(cursor).toBe('progress');
    expect(await look(card)).toEqual([background, 'progress']);
    // The card as sent keeps the tint of a chosen one.
    const [chosenBackground] = await look(environmentRadio(page, 'Test Mode').locator('xpath=ancestor::label'));
    expect(chosenBackground).not.toBe(background);
    // The group says it is disabled, so Playwright would wait for it: a user clicks anyway.
    await environmentRadio(page, 'Production').click({ force: true });
    await expect(environmentRadio(page, 'Test Mode')).toBeChecked();
    await environmentRadio(page, 'Test Mode').focus();
    await page.keyboard.press('ArrowLeft');
    await expect(environmentRadio(page, 'Production')).toBeFocused();
    await expect(environmentRadio(page, 'Test Mode')).toBeChecked();
    await expect(environmentRadio(page, 'Production')).not.toBeChecked();

    release();
    await expect(screenHeading(page, 'Stripe connected')).toBeVisible({ timeout: 15_000 });
    expect(posts).toHaveLength(1);
    expect(posts[0]?.postDataJSON()).toMatchObject({ environment: 'test', credentials: { api_key: tokens.stripeTest } });
  });
});
