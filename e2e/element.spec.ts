import { randomUUID } from 'node:crypto';
import { expect, test, type Page } from '@playwright/test';
import { connectButton, credentialField, nextConnectPost, screenHeading, widget } from './support.js';

// `connect-hub/element` on a plain HTML page with no React of its own (src/dev/element/index.html).
// The dev server builds the element bundle with the production config (see element-host.ts).

type HostEvent = { type: string; target: string; detail: unknown };

async function openElementHost(page: Page, search = ''): Promise<void> {
  await page.goto(`/element/${search}`);
  await expect(screenHeading(page, 'Shortcut')).toBeVisible();
}

/** The element in modal mode without its trigger, and a button of the page, "Link Shortcut", that opens it. */
async function openFromPageButton(page: Page): Promise<void> {
  await openElementHost(page);
  await page.locator('connect-hub').evaluate((element) => {
    const hub = element as HTMLElement & { options: object; open: boolean };
    hub.options = { trigger: null };
    hub.setAttribute('mode', 'modal');
    const opener = document.createElement('button');
    opener.textContent = 'Link Shortcut';
    opener.addEventListener('click', () => (hub.open = true));
    element.before(opener);
  });
}

function hostEvents(page: Page): Promise<HostEvent[]> {
  return page.evaluate(() => (window as unknown as { hostEvents: HostEvent[] }).hostEvents);
}

async function eventsOfType(page: Page, type: string): Promise<HostEvent[]> {
  return (await hostEvents(page)).filter((event) => event.type === type);
}

/** A valid Shortcut token (the UUID form) that appears nowhere else: a canary for leaks. */
function canaryToken(): string {
  return randomUUID();
}

test.describe('given <connect-hub> on a page without React', () => {
  // The dev server builds the bundle on first request (a few seconds; more on a busy machine):
  // do it once here rather than inside the first test's time budget.
  test.beforeAll(async ({ request }) => {
    test.setTimeout(180_000);
    const bundle = await request.get('/element/connect-hub-element.js', { timeout: 170_000 });
    expect(bundle.ok(), `GET /element/connect-hub-element.js answered ${bundle.status()}`).toBe(true);
  });

  test('the page has no React of its own: one bundle script, no global React', async ({ page }) => {
    await openElementHost(page);

    const scripts = await page.evaluate(() => [...document.scripts].map((script) => script.src).filter(Boolean));
    expect(scripts.map((src) => new URL(src).pathname)).toEqual(['/element/connect-hub-element.js']);
    expect(await page.evaluate(() => 'React' in window || 'ReactDOM' in window)).toBe(false);
    expect(await page.evaluate(() => customElements.get('connect-hub') !== undefined)).toBe(true);
  });

  test('connects a Shortcut token: the page hears connect-hub:success with the account, and no event carries the token', async ({
    page,
  }) => {
    const token = canaryToken();
    await openElementHost(page);

    await credentialField(page, 'API Token').fill(token);
    const post = nextConnectPost(page);
    await connectButton(page).click();
    expect((await post).postDataJSON()).toMatchObject({ provider: 'shortcut', credentials: { api_token: token } });
    await expect(screenHeading(page, 'Shortcut connected')).toBeVisible();

    await expect.poll(async () => (await eventsOfType(page, 'connect-hub:success')).length).toBe(1);
    const [success] = await eventsOfType(page, 'connect-hub:success');
    expect(success).toMatchObject({ target: 'connect-hub', detail: { id: expect.any(String), name: 'Shortcut workspace' } });

    const analytics = (await eventsOfType(page, 'connect-hub:event')).map((event) => event.detail);
    expect(analytics.map((event) => (event as { type: string }).type)).toEqual(['open', 'submit', 'success']);
    expect(analytics).toContainEqual(expect.objectContaining({ type: 'open', provider: 'shortcut' }));
    expect(JSON.stringify(await hostEvents(page))).not.toContain(token);
    expect(JSON.stringify(await hostEvents(page))).not.toContain(token.slice(9));
  });

  test('reports a rejected token as connect-hub:error with code, message, status and field, never the token', async ({
    page,
  }) => {
    const token = canaryToken();
    await openElementHost(page, '?scenario=invalid-credentials');

    await credentialField(page, 'API Token').fill(token);
    await connectButton(page).click();

    await expect.poll(async () => (await eventsOfType(page, 'connect-hub:error')).length).toBe(1);
    const [error] = await eventsOfType(page, 'connect-hub:error');
    expect(error).toEqual({
      type: 'connect-hub:error',
      target: 'connect-hub',
      detail: {
        code: 'invalid_credentials',
        message: 'Shortcut did not accept this API Token. Check that you copied all of it.',
        status: 401,
        field: 'api_token',
      },
    });
    expect(JSON.stringify(await hostEvents(page))).not.toContain(token);
  });

  test('follows its attributes: theme, locale and provider', async ({ page }) => {
    await openElementHost(page);
    const root = widget(page).locator('.ch-root');
    await expect(root).toHaveAttribute('data-theme', 'light');

    await page.locator('connect-hub').evaluate((element) => element.setAttribute('theme', 'dark'));
    await expect(root).toHaveAttribute('data-theme', 'dark');

    await page.locator('connect-hub').evaluate((element) => element.setAttribute('theme', 'system'));
    await expect(root).toHaveAttribute('data-theme', 'system');

    await page.locator('connect-hub').evaluate((element) => element.setAttribute('locale', 'fr'));
    await expect(root).toHaveAttribute('lang', 'fr');

    await page.locator('connect-hub').evaluate((element) => element.setAttribute('provider', 'stripe'));
    await expect(screenHeading(page, 'Stripe')).toBeVisible();

    await page.locator('connect-hub').evaluate((element) => element.removeAttribute('provider'));
    await expect(widget(page).getByRole('list', { name: 'Services' })).toBeVisible();
  });

  test('shows a Close button with the closable attribute, and dispatches connect-hub:close', async ({ page }) => {
    await openElementHost(page);
    await expect(widget(page).getByRole('button', { name: 'Close' })).toHaveCount(0);

    await page.locator('connect-hub').evaluate((element) => element.setAttribute('closable', ''));
    await widget(page).getByRole('button', { name: 'Close' }).click();

    await expect.poll(async () => (await eventsOfType(page, 'connect-hub:close')).length).toBe(1);
  });

  test('opens as a dialog with mode="modal", and dismissing it dispatches connect-hub:close', async ({ page }) => {
    await openElementHost(page);
    await page.locator('connect-hub').evaluate((element) => element.setAttribute('mode', 'modal'));
    const trigger = page.getByRole('button', { name: 'Connect an account' });
    await trigger.click();
    const dialog = page.getByRole('dialog');
    await expect(dialog.getByRole('heading', { level: 2, name: 'Shortcut' })).toBeFocused();
    await expect(page.locator('connect-hub')).toHaveAttribute('open', '');
    await page.keyboard.press('Escape');
    await expect(dialog).toHaveCount(0);
    await expect(trigger).toBeFocused();
    await expect.poll(async () => (await eventsOfType(page, 'connect-hub:close')).length).toBe(1);
  });

  test('in modal mode, opens from a button of the page through its open attribute, and gives the focus back to it', async ({ page }) => {
    await openFromPageButton(page);
    await expect(page.getByRole('button', { name: 'Connect an account' })).toHaveCount(0);

    const opener = page.getByRole('button', { name: 'Link Shortcut' });
    await opener.click();
    const dialog = page.getByRole('dialog');
    await expect(dialog.getByRole('heading', { level: 2, name: 'Shortcut' })).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(dialog).toHaveCount(0);
    await expect(page.locator('connect-hub')).not.toHaveAttribute('open');
    await expect(opener).toBeFocused();
  });

  test('in modal mode, open as the page loads (options.defaultOpen), Escape leaves the focus on the trigger, not the page’s top', async ({ page }) => {
    await openElementHost(page);
    // A new element, open from its first render: nothing on the page had the focus when it opened.
    await page.locator('connect-hub').evaluate((element) => {
      const fresh = document.createElement('connect-hub') as HTMLElement & { options: object };
      for (const { name, value } of element.attributes) fresh.setAttribute(name, value);
      fresh.setAttribute('mode', 'modal');
      fresh.options = { defaultOpen: true };
      (document.activeElement as HTMLElement | null)?.blur();
      element.replaceWith(fresh);
    });
    const dialog = page.getByRole('dialog');
    await expect(dialog.getByRole('heading', { level: 2, name: 'Shortcut' })).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(dialog).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Connect an account' })).toBeFocused();
  });

  test('in modal mode, Close and Done give the focus back to the button of the page that opened it', async ({ page }) => {
    await openFromPageButton(page);
    const opener = page.getByRole('button', { name: 'Link Shortcut' });
    const dialog = page.getByRole('dialog');

    await opener.click();
    await dialog.getByRole('button', { name: 'Close' }).click();
    await expect(dialog).toHaveCount(0);
    await expect(opener).toBeFocused();

    await opener.press('Enter');
    await credentialField(page, 'API Token').fill(canaryToken());
    await connectButton(page).click();
    await dialog.getByRole('button', { name: 'Done' }).click();
    await expect(dialog).toHaveCount(0);
    await expect(opener).toBeFocused();
  });

  test('in modal mode, a close by the page starts over, as a dismissal does: after a success, the form again', async ({ page }) => {
    await openElementHost(page);
    await page.locator('connect-hub').evaluate((element) => {
      (element as HTMLElement & { options: object }).options = { trigger: null };
      element.setAttribute('mode', 'modal');
      element.setAttribute('open', '');
    });
    const dialog = page.getByRole('dialog');
    await credentialField(page, 'API Token').fill(canaryToken());
    await connectButton(page).click();
    await expect(dialog.getByRole('heading', { level: 2, name: 'Shortcut connected' })).toBeFocused();

    // The page closes it (its own logic: a timer, a route change), then opens it again.
    await page.locator('connect-hub').evaluate((element) => ((element as HTMLElement & { open: boolean }).open = false));
    await expect(dialog).toHaveCount(0);
    await page.locator('connect-hub').evaluate((element) => ((element as HTMLElement & { open: boolean }).open = true));
    await expect(dialog.getByRole('heading', { level: 2, name: 'Shortcut', exact: true })).toBeFocused();
    await expect(credentialField(page, 'API Token')).toHaveValue('');
  });

  test('unmounts when removed from the page, and mounts again when put back', async ({ page }) => {
    await openElementHost(page);

    const childrenAfterRemoval = await page.locator('connect-hub').evaluate(async (element) => {
      (window as unknown as { removed: Element }).removed = element;
      element.remove();
      await new Promise((resolve) => setTimeout(resolve, 50));
      return element.childElementCount;
    });
    expect(childrenAfterRemoval).toBe(0);
    await expect(page.locator('.ch-root')).toHaveCount(0);

    await page.evaluate(() => {
      const element = (window as unknown as { removed: Element }).removed;
      document.querySelector('section')?.append(element);
    });
    await expect(screenHeading(page, 'Shortcut')).toBeVisible();
  });

  test('keeps its state when moved within the page', async ({ page }) => {
    const token = canaryToken();
    await openElementHost(page);
    await credentialField(page, 'API Token').fill(token);

    await page.locator('connect-hub').evaluate((element) => {
      const section = element.parentElement!;
      section.after(element);
      section.append(element);
    });

    await expect(credentialField(page, 'API Token')).toHaveValue(token);
  });
});
