import { expect, test, type Page, type Request } from '@playwright/test';
import {
  connectButton,
  credentialField,
  environmentRadio,
  pickProvider,
  screenHeading,
  tokens,
  UUID_PATTERN,
  widget,
} from './support.js';

// The playground with `?backend=reference`: the widget posts to the reference server
// (`createConnectHandler` from connect-hub/server), whose verifiers call fake providers on
// 127.0.0.1. The fake answers by a word in the token (src/server/testing/fake-provider-tokens.ts).

const REFERENCE_PATH = '/api/reference/connect';

async function openReference(page: Page, provider?: string): Promise<void> {
  await page.goto(`/?backend=reference${provider ? `&provider=${provider}` : ''}`);
  await expect(widget(page).getByRole('heading', { level: 2 })).toBeVisible();
}

function nextReferencePost(page: Page): Promise<Request> {
  return page.waitForRequest((request) => request.method() === 'POST' && new URL(request.url()).pathname === REFERENCE_PATH);
}

test.describe('the reference server with fake providers', () => {
  // Each test makes real HTTP calls (page → dev server → fake provider): allow for a busy machine.
  test.describe.configure({ timeout: 90_000 });

  test('a Stripe test key goes from the picker to “Stripe connected” through the real server path', async ({ page }) => {
    await openReference(page);
    await expect(page.getByRole('radio', { name: /Reference server with fake providers/ })).toBeChecked();
    // The panel's lists of tokens show whole, not in a scroll box that hides the last ones.
    for (const name of ['Tokens to try', 'Words in a token']) {
      const hidden = await page.getByRole('list', { name }).evaluate((list) => list.scrollHeight - list.clientHeight);
      expect(hidden, name).toBe(0);
    }
    await expect(screenHeading(page, 'Connect an account')).toBeVisible();
    await pickProvider(page, 'Stripe');
    await environmentRadio(page, 'Test Mode').check();
    await credentialField(page, 'API Key').fill(tokens.stripeTest);

    const posted = nextReferencePost(page);
    await connectButton(page).click();
    const post = await posted;
    await expect(screenHeading(page, 'Stripe connected')).toBeVisible();
    await expect(widget(page).getByText('Stripe account (Test Mode) is now linked.')).toBeVisible();

    expect(post.postDataJSON()).toStrictEqual({ provider: 'stripe', environment: 'test', credentials: { api_key: tokens.stripeTest } });
    expect(await post.headerValue('idempotency-key')).toMatch(UUID_PATTERN);
    const response = await post.response();
    expect(response?.status()).toBe(200);
    expect(await response?.headerValue('cache-control')).toBe('no-store');
    expect(await response?.text()).not.toContain(tokens.stripeTest);

    // The playground's panel shows what the reference server received, masked.
    const log = page.getByRole('list', { name: 'Requests, newest first' });
    await expect(log.getByText(`sk_test_•••• (${tokens.stripeTest.length} chars)`).first()).toBeVisible();
  });

  test('a key the fake Stripe rejects shows Stripe’s own message on the API Key field', async ({ page }) => {
    await openReference(page, 'stripe');
    await environmentRadio(page, 'Test Mode').check();
    const apiKey = credentialField(page, 'API Key');
    await apiKey.fill('sk_test_invalidKEY0000000000wxyz');

    const posted = nextReferencePost(page);
    await connectButton(page).click();
    expect((await (await posted).response())?.status()).toBe(422);

    await expect(apiKey).toHaveAttribute('aria-invalid', 'true');
    await expect(apiKey).toHaveAccessibleDescription(/Stripe did not accept this API Key\. Stripe says: “Invalid API Key provided: hidden value ?\.”/);
    await expect(screenHeading(page, 'Stripe connected')).toHaveCount(0);
    // The message never carries the key, not even Stripe's masked echo of its end.
    await expect(widget(page).getByText(/wxyz/)).toHaveCount(0);
  });

  test('a read-only Shortcut token, where this app needs write access, is refused with insufficient_permissions', async ({ page }) => {
    await openReference(page, 'shortcut');
    const apiToken = credentialField(page, 'API Token');
    await apiToken.fill('sct_ro_workspace_0000000000000000');

    const posted = nextReferencePost(page);
    await connectButton(page).click();
    const response = await (await posted).response();
    expect(response?.status()).toBe(422);
    expect(await response?.json()).toMatchObject({ error: { code: 'insufficient_permissions', field: 'api_token' } });

    await expect(apiToken).toHaveAttribute('aria-invalid', 'true');
    await expect(apiToken).toHaveAccessibleDescription(/This is a read-only Shortcut token, but this app needs to create and update data\./);
  });

  test('Stop, then Connect at once: the server answers with the stopped attempt’s own answer, and links one account', async ({ page }) => {
    // The page's clock, so that Stop shows at once rather than after 5 s of a busy machine's
    // time: the fake Stripe answers this key after 7 s (the server's own time), and the test has
    // to press Stop and Connect again before that.
    await page.clock.install();
    await openReference(page, 'stripe');
    await environmentRadio(page, 'Test Mode').check();
    await credentialField(page, 'API Key').fill('sk_test_slowKEY00000000000000000');
    const first = nextReferencePost(page);
    await connectButton(page).click();
    // The headers as sent: `headerValue` would wait for the answer, 7 s away.
    const firstKey = (await first).headers()['idempotency-key'];
    // The page's clock forward, a second at a time, until the widget's 5-second timer shows Stop.
    const stop = widget(page).getByRole('button', { name: 'Stop' });
    for (let second = 0; second < 10 && (await stop.count()) === 0; second += 1) await page.clock.runFor(1_000);
    await stop.click();
    await expect(widget(page).getByRole('status').filter({ hasText: 'Stopped. You can try again' })).toBeVisible();

    // The server is still at the first attempt: the second waits for it instead of answering 409.
    const second = nextReferencePost(page);
    await connectButton(page).click();
    const post = await second;
    expect(post.headers()['idempotency-key']).toBe(firstKey);
    const response = await post.response();
    expect(response?.status()).toBe(200);
    expect(await response?.headerValue('idempotent-replayed')).toBe('true');
    await expect(screenHeading(page, 'Stripe connected')).toBeVisible();
  });

  test('the page’s header names the endpoint the widget posts to', async ({ page }) => {
    await openReference(page);
    const banner = page.getByRole('banner');
    await expect(banner).toContainText(`Reference server: POST ${REFERENCE_PATH}`);
    await expect(banner).not.toContainText('Mock connect endpoint');
    await page.getByRole('radio', { name: /Mock backend/ }).check();
    await expect(banner).toContainText('Mock connect endpoint: POST /api/connect');
  });

  test('switching the backend back to the mock posts to /api/connect again', async ({ page }) => {
    await openReference(page, 'shortcut');
    await page.getByRole('radio', { name: /Mock backend/ }).check();
    await expect(page).not.toHaveURL(/backend=reference/);
    await credentialField(page, 'API Token').fill(tokens.shortcut);
    const posted = page.waitForRequest((request) => request.method() === 'POST' && new URL(request.url()).pathname === '/api/connect');
    await connectButton(page).click();
    await posted;
    await expect(screenHeading(page, 'Shortcut connected')).toBeVisible();
  });
});
