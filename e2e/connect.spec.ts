import { expect, test, type Page } from '@playwright/test';
import {
  connectButton,
  credentialField,
  environmentRadio,
  expectLogged,
  expectMasked,
  nextConnectPost,
  openPlayground,
  pickProvider,
  screenHeading,
  tokens,
  UUID_PATTERN,
  widget,
} from './support.js';

type ProviderCase = {
  name: string;
  id: string;
  /** How the user gets from the picker to the provider. */
  choose: (page: Page) => Promise<void>;
  /** What the user does in the form before pressing Connect. */
  fill: (page: Page) => Promise<void>;
  /** The exact body the backend must receive. */
  body: { provider: string; environment?: string; credentials: Record<string, string> };
  /** The secret and the environment prefix the log may keep of it. */
  secret: { key: string; value: string; prefix: string };
  /** Non-secret credentials the log shows verbatim. */
  shown?: Record<string, string>;
};

async function searchFor(page: Page, query: string, name: string) {
  await widget(page).getByRole('searchbox', { name: 'Search services' }).fill(query);
  const list = widget(page).getByRole('list', { name: 'Services' });
  await expect(list.getByRole('button')).toHaveCount(1);
  await expect(list.getByRole('button', { name, exact: true })).toBeVisible();
}

const cases: ProviderCase[] = [
  {
    name: 'Stripe',
    id: 'stripe',
    choose: (page) => pickProvider(page, 'Stripe'),
    fill: async (page) => {
      await environmentRadio(page, 'Test Mode').check();
      await credentialField(page, 'API Key').fill(tokens.stripeTest);
    },
    body: { provider: 'stripe', environment: 'test', credentials: { api_key: tokens.stripeTest } },
    secret: { key: 'api_key', value: tokens.stripeTest, prefix: 'sk_test_' },
  },
  {
    name: 'GoCardless',
    id: 'gocardless',
    choose: async (page) => {
      await searchFor(page, 'gocardless', 'GoCardless');
      // Enter in the search box opens the only match.
      await widget(page).getByRole('searchbox', { name: 'Search services' }).press('Enter');
      await expect(screenHeading(page, 'GoCardless')).toBeVisible();
    },
    fill: async (page) => {
      // No environment chosen: the sandbox_ prefix picks Sandbox.
      await credentialField(page, 'Access Token').fill(tokens.gocardlessSandbox);
      await expect(environmentRadio(page, 'Sandbox')).toBeChecked();
    },
    body: { provider: 'gocardless', environment: 'sandbox', credentials: { access_token: tokens.gocardlessSandbox } },
    secret: { key: 'access_token', value: tokens.gocardlessSandbox, prefix: 'sandbox_' },
  },
  {
    name: 'Shortcut',
    id: 'shortcut',
    choose: async (page) => {
      await searchFor(page, 'shortcut', 'Shortcut');
      await pickProvider(page, 'Shortcut');
    },
    fill: async (page) => {
      await expect(widget(page).getByRole('radiogroup', { name: 'Environment' })).toHaveCount(0);
      await credentialField(page, 'API Token').fill(tokens.shortcut);
    },
    body: { provider: 'shortcut', credentials: { api_token: tokens.shortcut } },
    secret: { key: 'api_token', value: tokens.shortcut, prefix: '' },
  },
  {
    name: 'LaunchDarkly',
    id: 'launchdarkly',
    choose: async (page) => {
      await widget(page).getByRole('group', { name: 'Filter by category' }).getByRole('button', { name: 'Feature flags' }).click();
      await expect(widget(page).getByRole('list', { name: 'Services' }).getByRole('button')).toHaveCount(1);
      await pickProvider(page, 'LaunchDarkly');
    },
    fill: async (page) => {
      await expect(widget(page).getByRole('radiogroup', { name: 'Environment' })).toHaveCount(0);
      await credentialField(page, 'Access Token').fill(tokens.launchdarkly);
      const instance = widget(page).getByRole('radiogroup', { name: 'Instance' });
      await expect(instance.getByRole('radio', { name: /Commercial/ })).toBeChecked();
      await instance.getByRole('radio', { name: /EU/ }).check();
    },
    body: { provider: 'launchdarkly', credentials: { access_token: tokens.launchdarkly, instance: 'eu' } },
    secret: { key: 'access_token', value: tokens.launchdarkly, prefix: '' },
    shown: { instance: 'eu' },
  },
  {
    name: 'Remote',
    id: 'remote',
    choose: async (page) => {
      await searchFor(page, 'people', 'Remote');
      await pickProvider(page, 'Remote');
    },
    fill: async (page) => {
      await environmentRadio(page, 'Sandbox').check();
      await credentialField(page, 'API Token').fill(tokens.remote);
    },
    body: { provider: 'remote', environment: 'sandbox', credentials: { api_token: tokens.remote } },
    secret: { key: 'api_token', value: tokens.remote, prefix: 'ra_test_' },
  },
];

test.describe('connecting each provider from the picker', () => {
  for (const provider of cases) {
    test(`${provider.name}: the backend receives the contract body and the success screen names the provider`, async ({
      page,
      request,
    }) => {
      await openPlayground(page);
      await expect(screenHeading(page, 'Connect an account')).toBeVisible();
      await provider.choose(page);
      await provider.fill(page);

      const posted = nextConnectPost(page);
      await connectButton(page).click();
      const post = await posted;

      await expect(screenHeading(page, `${provider.name} connected`)).toBeVisible();
      await expect(screenHeading(page, `${provider.name} connected`)).toBeFocused();
      await expect(widget(page).getByText(/is now linked\.$/)).toBeVisible();

      // The wire contract: exactly this body (no `environment` key for providers without one).
      expect(post.postDataJSON()).toStrictEqual(provider.body);
      const headers = await post.allHeaders();
      expect(headers['content-type']).toBe('application/json');
      const idempotencyKey = headers['idempotency-key'] ?? '';
      expect(idempotencyKey).toMatch(UUID_PATTERN);

      // What the backend received, as its log shows it: provider, environment, a masked credential.
      const [entry] = await expectLogged(request, idempotencyKey);
      expect(entry).toMatchObject({ method: 'POST', status: 200, scenario: 'success', provider: provider.id });
      expect(entry?.environment).toBe(provider.body.environment);
      expectMasked(entry?.credentials[provider.secret.key], provider.secret.value, provider.secret.prefix);
      for (const [key, value] of Object.entries(provider.shown ?? {})) {
        expect(entry?.credentials[key]).toBe(value);
      }
    });
  }
});

test.describe('given a preselected provider', () => {
  test('the picker is skipped and Shortcut connects without an environment', async ({ page, request }) => {
    await openPlayground(page, { provider: 'shortcut' });
    await expect(screenHeading(page, 'Shortcut')).toBeVisible();
    await expect(widget(page).getByRole('button', { name: 'Back' })).toHaveCount(0);

    await credentialField(page, 'API Token').fill(tokens.shortcut);
    const posted = nextConnectPost(page);
    await connectButton(page).click();
    const post = await posted;
    await expect(screenHeading(page, 'Shortcut connected')).toBeVisible();

    const body = post.postDataJSON() as Record<string, unknown>;
    expect(Object.keys(body).sort()).toEqual(['credentials', 'provider']);
    const idempotencyKey = (await post.headerValue('idempotency-key')) ?? '';
    expect(idempotencyKey).toMatch(UUID_PATTERN);
    const [entry] = await expectLogged(request, idempotencyKey);
    expect(entry?.provider).toBe('shortcut');
    expect(entry).not.toHaveProperty('environment');
  });
});

test.describe('given a page machine-translated in the browser', () => {
  test('the whole flow still connects: nothing breaks when the translator has replaced the text', async ({ page }) => {
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await openPlayground(page);
    // What Chrome's translate does: every text node becomes <font><font>its translation</font></font>,
    // and text that appears later is translated too.
    await page.evaluate(() => {
      const translate = () => {
        const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
        const found: Text[] = [];
        while (walker.nextNode()) {
          const text = walker.currentNode as Text;
          const parent = text.parentElement;
          if (!text.data.trim() || !parent || parent.closest('font, style, script, textarea')) continue;
          found.push(text);
        }
        for (const text of found) {
          const outer = document.createElement('font');
          const inner = outer.appendChild(document.createElement('font'));
          inner.textContent = text.data;
          text.replaceWith(outer);
        }
      };
      translate();
      new MutationObserver(translate).observe(document.body, { childList: true, subtree: true, characterData: true });
    });

    await pickProvider(page, 'Stripe');
    await environmentRadio(page, 'Test Mode').check();
    await credentialField(page, 'API Key').fill(tokens.stripeTest);
    const posted = nextConnectPost(page);
    await connectButton(page).click();
    expect((await posted).postDataJSON()).toMatchObject({ provider: 'stripe', environment: 'test', credentials: { api_key: tokens.stripeTest } });
    await expect(screenHeading(page, 'Stripe connected')).toBeVisible();
    expect(errors).toEqual([]);
  });
});

test.describe('the playground, given a request log the dev server does not answer', () => {
  test('goes on polling it without an uncaught error (a page leaving, or the server restarting)', async ({ page }) => {
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    // Aborted as a page that navigates away aborts its requests (Firefox rejects them then).
    await page.route('**/api/connect/log', (route) => route.abort('failed'));
    const polls = page.waitForRequest((request) => request.url().endsWith('/api/connect/log'));
    await openPlayground(page);
    await polls;
    // The poll after next: every failed one before it has been handled, or reported as uncaught.
    await page.waitForRequest((request) => request.url().endsWith('/api/connect/log'));
    await page.waitForRequest((request) => request.url().endsWith('/api/connect/log'));
    expect(errors).toEqual([]);
  });
});
