import { randomBytes } from 'node:crypto';
import { expect, test, type BrowserContext, type Page, type Request } from '@playwright/test';
import {
  connectButton,
  credentialField,
  environmentRadio,
  isConnectPost,
  openPlayground,
  pickProvider,
  screenHeading,
  widget,
  type PlaygroundParams,
} from './support.js';

// SPEC §7 "Secrets", issue #5 part 1: a canary key planted in each flow must end up in the body
// of the connect POST and nowhere else the page or the host can read: storage, cookies, the URL or
// Referer, other requests, the console, DOM attributes or text, the analytics (onEvent) panel.

/** A Stripe test key no one else will ever type: finding it anywhere is a leak. */
function newCanary(): string {
  return `sk_test_CANARY${randomBytes(16).toString('hex')}`;
}

/** Everything the page says or sends from now on. */
type Watch = { requests: Request[]; console: string[]; pageErrors: string[]; urls: string[] };

function watch(page: Page): Watch {
  const seen: Watch = { requests: [], console: [], pageErrors: [], urls: [] };
  page.on('request', (request) => seen.requests.push(request));
  page.on('console', (message) => seen.console.push(`${message.type()}: ${message.text()}`));
  page.on('pageerror', (error) => seen.pageErrors.push(`${error.name}: ${error.message}\n${error.stack ?? ''}`));
  page.on('framenavigated', (frame) => seen.urls.push(frame.url()));
  return seen;
}

/** Reads every place in the page a script (the host's, or a third party's on the host page) could read. */
async function pageSinks(page: Page): Promise<Record<string, string>> {
  return page.evaluate(async () => {
    const attributes: string[] = [];
    const inputValues: string[] = [];
    const walk = (root: Document | ShadowRoot) => {
      for (const element of root.querySelectorAll('*')) {
        for (const attribute of element.attributes) attributes.push(`${element.tagName}[${attribute.name}]=${attribute.value}`);
        if (element instanceof HTMLInputElement || element instanceof HTMLTextAreaElement) inputValues.push(element.value);
        if (element.shadowRoot) walk(element.shadowRoot);
      }
    };
    walk(document);

    const storage = (area: Storage) =>
      Array.from({ length: area.length }, (_, index) => {
        const key = area.key(index) ?? '';
        return `${key}=${area.getItem(key) ?? ''}`;
      }).join('\n');

    const indexedDbContents: string[] = [];
    for (const info of await indexedDB.databases()) {
      if (!info.name) continue;
      const name = info.name;
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open(name);
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error ?? new Error('indexedDB.open failed'));
      });
      for (const storeName of db.objectStoreNames) {
        const all = await new Promise<unknown[]>((resolve, reject) => {
          const request = db.transaction(storeName, 'readonly').objectStore(storeName).getAll();
          request.onsuccess = () => resolve(request.result);
          request.onerror = () => reject(request.error ?? new Error('getAll failed'));
        });
        indexedDbContents.push(`${name}/${storeName}: ${JSON.stringify(all)}`);
      }
      db.close();
    }

    const cacheContents: string[] = [];
    if ('caches' in window) {
      for (const name of await caches.keys()) {
        const cache = await caches.open(name);
        for (const request of await cache.keys()) cacheContents.push(`${name}: ${request.url}`);
      }
    }

    return {
      'DOM attributes': attributes.join('\n'),
      'DOM text': document.documentElement.textContent ?? '',
      'serialised HTML': document.documentElement.outerHTML,
      'document.title': document.title,
      'the URL': location.href,
      'window.name': window.name,
      'history.state': JSON.stringify(history.state),
      localStorage: storage(localStorage),
      sessionStorage: storage(sessionStorage),
      IndexedDB: indexedDbContents.join('\n'),
      'Cache Storage': cacheContents.join('\n'),
      'document.cookie': document.cookie,
      'input values (after the flow)': inputValues.join('\n'),
      'the onEvent panel': document.querySelector('[aria-labelledby="dev-events-title"]')?.textContent ?? '(no panel)',
      'the requests panel': document.querySelector('[aria-labelledby="dev-log-title"]')?.textContent ?? '(no panel)',
      'resource timing': performance.getEntries().map((entry) => entry.name).join('\n'),
    };
  });
}

/**
 * Fails listing every place the canary reached, other than the body of a connect POST, and
 * checks that it did reach the backend there. `fieldMayHoldIt`: the form is still on screen with
 * the key in it (its `value` property, never an attribute).
 */
async function expectOnlyInConnectBody(
  page: Page,
  context: BrowserContext,
  seen: Watch,
  canary: string,
  { fieldMayHoldIt = false }: { fieldMayHoldIt?: boolean } = {},
): Promise<void> {
  const leaks: string[] = [];
  const sinks = await pageSinks(page);
  for (const [where, content] of Object.entries(sinks)) {
    if (where === 'input values (after the flow)' && fieldMayHoldIt) continue;
    if (content.includes(canary)) leaks.push(where);
  }
  const cookies = await context.cookies();
  if (JSON.stringify(cookies).includes(canary)) leaks.push('cookies');
  if (page.url().includes(canary)) leaks.push('page.url()');
  for (const url of seen.urls) if (url.includes(canary)) leaks.push(`a navigation: ${url}`);
  for (const line of seen.console) if (line.includes(canary)) leaks.push(`console: ${line.slice(0, 200)}`);
  for (const line of seen.pageErrors) if (line.includes(canary)) leaks.push(`an uncaught error: ${line.slice(0, 200)}`);

  let bodies = 0;
  for (const request of seen.requests) {
    const headers = await request.allHeaders();
    if (request.url().includes(canary)) leaks.push(`a request URL: ${request.method()} ${request.url()}`);
    if ((headers.referer ?? '').includes(canary)) leaks.push(`a Referer: ${request.url()}`);
    for (const [name, value] of Object.entries(headers)) {
      if (name !== 'referer' && value.includes(canary)) leaks.push(`a request header ${name}: ${request.url()}`);
    }
    if ((request.postData() ?? '').includes(canary)) {
      if (isConnectPost(request)) bodies += 1;
      else leaks.push(`the body of ${request.method()} ${request.url()}`);
    }
  }
  expect(leaks, `the canary reached: ${leaks.join('; ')}`).toEqual([]);
  expect(bodies, 'connect POSTs carrying the key in their body').toBeGreaterThan(0);
  if (!fieldMayHoldIt) expect(sinks['input values (after the flow)']).not.toContain(canary);
}

async function openStripe(page: Page, params: PlaygroundParams = {}): Promise<void> {
  await openPlayground(page, params);
  await pickProvider(page, 'Stripe');
}

async function plant(page: Page, canary: string): Promise<void> {
  const field = credentialField(page, 'API Key');
  await field.fill(canary);
  await expect(environmentRadio(page, 'Test Mode')).toBeChecked();
  // Shown while it is being typed: the value property holds it, but no attribute ever does.
  await expect(field).toHaveValue(canary);
  const attributes = await field.evaluate((input) => [...input.attributes].map((attribute) => attribute.value).join(' '));
  expect(attributes).not.toContain(canary);
}

test.describe('inside a host form of its own', () => {
  for (const how of ['a press on Connect', 'Enter in the key field'] as const) {
    test(`${how} posts the canary to the endpoint only, and submits neither form natively`, async ({ page, context }) => {
      const canary = newCanary();
      const seen = watch(page);
      await openStripe(page, { host: 'form' });
      await plant(page, canary);
      if (how === 'a press on Connect') await connectButton(page).click();
      else await credentialField(page, 'API Key').press('Enter');

      await expect(screenHeading(page, 'Stripe connected')).toBeVisible();
      expect(seen.urls.filter((url) => url.includes('api_key') || url.includes('CANARY'))).toEqual([]);
      await expect(page.getByText(/^Host form submitted/)).toHaveCount(0);
      await expectOnlyInConnectBody(page, context, seen, canary);
    });
  }

  test('Enter in a search that matches nothing submits nothing, and the host form still works', async ({ page }) => {
    await openPlayground(page, { host: 'form' });
    const url = page.url();
    const search = widget(page).getByRole('searchbox', { name: 'Search services' });
    await search.fill('zzzz');
    await search.press('Enter');
    await expect(widget(page).getByRole('button', { name: 'Show all services' })).toBeVisible();
    expect(page.url()).toBe(url);

    await page.getByRole('button', { name: 'Save settings' }).click();
    await expect(page.getByText('Host form submitted 1 time(s)')).toBeVisible();
  });
});

test.describe('the secret field', () => {
  test('is a password input with a reveal toggle, kept from autofill, autocorrect and spell-check', async ({ page }) => {
    await openPlayground(page, { provider: 'stripe' });
    const field = credentialField(page, 'API Key');
    await expect(field).toHaveAttribute('type', 'password');
    await expect(field).toHaveAttribute('autocomplete', 'new-password');
    await expect(field).toHaveAttribute('spellcheck', 'false');
    await expect(field).toHaveAttribute('autocorrect', 'off');
    await expect(field).toHaveAttribute('autocapitalize', 'off');
    expect(await field.evaluate((input: HTMLInputElement) => input.spellcheck)).toBe(false);

    const canary = newCanary();
    await field.fill(canary);
    const reveal = widget(page).getByRole('button', { name: 'Show API Key' });
    await reveal.click();
    await expect(field).toHaveAttribute('type', 'text');
    await expect(widget(page).getByRole('button', { name: 'Hide API Key' })).toBeVisible();
    // Revealed, it is still a value, not text or an attribute.
    expect(await page.evaluate((token) => document.documentElement.outerHTML.includes(token), canary)).toBe(false);
    await widget(page).getByRole('button', { name: 'Hide API Key' }).click();
    await expect(field).toHaveAttribute('type', 'password');
  });

  test('shown with the reveal button, the key is not printed with the page', async ({ page }) => {
    await openPlayground(page, { provider: 'stripe' });
    const field = credentialField(page, 'API Key');
    await field.fill(newCanary());
    await widget(page).getByRole('button', { name: 'Show API Key' }).click();
    const inkOf = () => field.evaluate((input) => getComputedStyle(input).color);
    expect(await inkOf()).not.toBe('rgba(0, 0, 0, 0)');

    await page.emulateMedia({ media: 'print' });
    expect(await inkOf()).toBe('rgba(0, 0, 0, 0)');
  });
});

test.describe('a canary key', () => {
  test('on success: reaches only the connect body, and the form starts empty again', async ({ page, context }) => {
    const canary = newCanary();
    const seen = watch(page);
    await openStripe(page);
    await plant(page, canary);
    await connectButton(page).click();
    await expect(screenHeading(page, 'Stripe connected')).toBeVisible();
    await expectOnlyInConnectBody(page, context, seen, canary);

    await widget(page).getByRole('button', { name: 'Connect another account' }).click();
    await pickProvider(page, 'Stripe');
    await expect(credentialField(page, 'API Key')).toHaveValue('');
    await expectOnlyInConnectBody(page, context, seen, canary);
  });

  test('on a backend error that echoes it: shown masked, and reaches only the connect body', async ({ page, context }) => {
    const canary = newCanary();
    const seen = watch(page);
    await page.route('**/api/connect', (route) =>
      route.fulfill({
        status: 401,
        json: { error: { code: 'invalid_credentials', message: `Stripe rejected ${canary}: it was rolled.`, field: 'api_key' } },
      }),
    );
    await openStripe(page);
    await plant(page, canary);
    await connectButton(page).click();
    await expect(widget(page).getByRole('alert')).toContainText('Stripe rejected ••••');
    await expect(page.getByRole('list', { name: 'Events, newest first' })).toContainText('"type":"error"');
    // The key stays in the field for the user to fix (a value, not an attribute).
    await expectOnlyInConnectBody(page, context, seen, canary, { fieldMayHoldIt: true });
  });

  test('on a backend error that echoes it in its code and field: reaches only the connect body', async ({ page, context }) => {
    const canary = newCanary();
    const seen = watch(page);
    await page.route('**/api/connect', (route) =>
      route.fulfill({ status: 422, json: { error: { code: `rejected_${canary}`, message: 'Rejected.', field: canary } } }),
    );
    await openStripe(page);
    await plant(page, canary);
    await connectButton(page).click();
    await expect(widget(page).getByRole('alert').filter({ hasText: 'Rejected.' })).toBeVisible();
    await expect(page.getByRole('list', { name: 'Events, newest first' })).toContainText('"code":"rejected_••••"');
    await expectOnlyInConnectBody(page, context, seen, canary, { fieldMayHoldIt: true });
  });

  test('on a success answer that echoes it in the account: reaches only the connect body', async ({ page, context }) => {
    const canary = newCanary();
    const seen = watch(page);
    await page.route('**/api/connect', (route) =>
      route.fulfill({ status: 200, json: { account: { id: 'acct_1', provider: 'stripe', name: `Acme ${canary}`, api_key: canary } } }),
    );
    await openStripe(page);
    await plant(page, canary);
    await connectButton(page).click();
    await expect(screenHeading(page, 'Stripe connected')).toBeVisible();
    await expect(widget(page).getByText('Acme ••••', { exact: false })).toBeVisible();
    await expectOnlyInConnectBody(page, context, seen, canary);
  });

  test('on a form-level error and Try again: reaches only the connect bodies', async ({ page, context }) => {
    const canary = newCanary();
    const seen = watch(page);
    await page.route('**/api/connect', (route) =>
      route.fulfill({ status: 500, json: { error: { code: 'internal', message: `Could not store ${canary}.` } } }),
    );
    await openStripe(page);
    await plant(page, canary);
    await connectButton(page).click();
    const alert = widget(page).getByRole('alert').filter({ hasText: 'Could not store ••••' });
    await expect(alert).toBeVisible();
    const again = page.waitForResponse((response) => isConnectPost(response.request()));
    await widget(page).getByRole('button', { name: 'Try again' }).click();
    await again;
    await expect(alert).toBeVisible();
    await expectOnlyInConnectBody(page, context, seen, canary, { fieldMayHoldIt: true });
  });

  test('on automatic retries: reaches only the connect bodies, the same in each', async ({ page, context }) => {
    const canary = newCanary();
    const seen = watch(page);
    await openStripe(page, { scenario: 'flaky' });
    await plant(page, canary);
    await connectButton(page).click();
    await expect(screenHeading(page, 'Stripe connected')).toBeVisible({ timeout: 10_000 });
    const posts = seen.requests.filter(isConnectPost);
    expect(posts).toHaveLength(2);
    expect(posts[1]?.postData()).toBe(posts[0]?.postData());
    await expectOnlyInConnectBody(page, context, seen, canary);
  });

  test('on Back: the field is emptied and the key was sent nowhere', async ({ page, context }) => {
    const canary = newCanary();
    const seen = watch(page);
    await openStripe(page);
    await plant(page, canary);
    await widget(page).getByRole('button', { name: 'Back' }).click();
    await expect(screenHeading(page, 'Connect an account')).toBeVisible();
    const sinks = await pageSinks(page);
    expect(sinks['input values (after the flow)']).not.toContain(canary);
    await pickProvider(page, 'Stripe');
    await expect(credentialField(page, 'API Key')).toHaveValue('');
    for (const [where, content] of Object.entries(await pageSinks(page))) expect(content, where).not.toContain(canary);
    expect(seen.requests.filter((request) => (request.postData() ?? '').includes(canary) || request.url().includes(canary))).toEqual([]);
    expect(seen.console.filter((line) => line.includes(canary))).toEqual([]);
    expect(JSON.stringify(await context.cookies())).not.toContain(canary);
  });

  test('on unmount mid-request: the request is cancelled, the field gone, and the key only in that body', async ({ page, context }) => {
    const canary = newCanary();
    const seen = watch(page);
    await page.route('**/api/connect', () => {
      // Never answered: the widget goes away while it waits.
    });
    await openStripe(page);
    await plant(page, canary);
    const failed = page.waitForEvent('requestfailed', isConnectPost);
    await connectButton(page).click();
    await expect(widget(page).getByRole('button', { name: 'Connecting…' })).toBeVisible();
    await page.getByRole('button', { name: 'Restart widget' }).click();
    await failed;
    await expect(screenHeading(page, 'Connect an account')).toBeVisible();
    await expectOnlyInConnectBody(page, context, seen, canary);
  });
});
