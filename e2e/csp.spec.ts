import { randomBytes } from 'node:crypto';
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { buildCspFixture, serveCspFixture, type CspFixtureServer } from './csp/fixture-server.js';

// SPEC §7 "Embedding", issue #5 part 5: the built widget runs its whole flow on a page served with
//   script-src 'self'; style-src 'self' 'nonce-…'; object-src 'none'; base-uri 'none';
//   require-trusted-types-for 'script'
// and the browser reports zero securitypolicyviolation events. zod must run jitless: its JIT
// compiles parsers with `new Function`, which this policy refuses (and reports).

test.describe.configure({ mode: 'serial' });

let fixture: CspFixtureServer | undefined;
const outDir = join(tmpdir(), `connect-hub-csp-${randomBytes(6).toString('hex')}`);

test.beforeAll(async () => {
  test.setTimeout(180_000);
  await buildCspFixture(outDir);
  fixture = await serveCspFixture(outDir);
});

test.afterAll(async () => {
  await fixture?.close();
  await rm(outDir, { recursive: true, force: true });
});

function origin(): string {
  if (!fixture) throw new Error('The CSP fixture server did not start; see the beforeAll error.');
  return fixture.origin;
}

type Violation = { directive: string; blocked: string; sample: string; source: string };

/** Listens for CSP and Trusted Types violations from the first script on. */
async function collectViolations(page: Page): Promise<() => Promise<{ events: Violation[]; console: string[] }>> {
  const console: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy|Trusted Type|unsafe-eval|unsafe-inline/i.test(message.text())) console.push(message.text());
  });
  page.on('pageerror', (error) => console.push(`uncaught: ${error.message}`));
  await page.addInitScript(() => {
    const events: Violation[] = [];
    (window as unknown as { __violations: Violation[] }).__violations = events;
    document.addEventListener('securitypolicyviolation', (event) => {
      events.push({
        directive: event.effectiveDirective,
        blocked: event.blockedURI,
        sample: event.sample,
        source: `${event.sourceFile}:${event.lineNumber}:${event.columnNumber}`,
      });
    });
  });
  return async () => ({
    events: await page.evaluate(() => (window as unknown as { __violations: Violation[] }).__violations),
    console,
  });
}

function inline(page: Page): Locator {
  return page.getByRole('region', { name: 'Inline widget' });
}

const LIVE_KEY = `sk_live_${'Live0123456789'.repeat(2)}`;
const REJECTED_KEY = `sk_live_REJECT${'0123456789'.repeat(2)}`;

test('the whole flow under a strict CSP with Trusted Types raises no violation', async ({ page }) => {
  const violations = await collectViolations(page);
  const response = await page.goto(origin());
  expect(response?.headers()['content-security-policy']).toMatch(/^script-src 'self'; style-src 'self' 'nonce-[^']+'; object-src 'none'; base-uri 'none'; require-trusted-types-for 'script'$/);

  // The widget's styles arrived through its nonce: the picker is laid out by them.
  const widget = inline(page);
  await expect(widget.getByRole('heading', { level: 2, name: 'Connect an account' })).toBeVisible();
  await expect(widget.locator('.ch-root')).toHaveCSS('container-type', 'inline-size');

  // Picker → Stripe; search and filter on the way.
  await widget.getByRole('searchbox', { name: 'Search services' }).fill('str');
  await widget.getByRole('list', { name: 'Services' }).getByRole('button', { name: 'Stripe', exact: true }).click();
  await expect(widget.getByRole('heading', { level: 2, name: 'Stripe' })).toBeVisible();

  // A live key while Test Mode is chosen: the mismatch, then the one-click switch.
  await widget.getByRole('radio', { name: /^Test Mode/ }).check();
  const apiKey = widget.getByLabel('API Key', { exact: true });
  await apiKey.fill(REJECTED_KEY);
  await expect(widget.getByText('This is a live key, but Test Mode is selected.')).toBeVisible();
  await widget.getByRole('button', { name: 'Switch to Production' }).click();
  await expect(widget.getByRole('radio', { name: /^Production/ })).toBeChecked();
  await widget.getByRole('button', { name: 'Show API Key' }).click();
  await widget.getByRole('button', { name: 'Hide API Key' }).click();

  // The backend refuses the first key, echoing it: shown masked on the field.
  await widget.getByRole('button', { name: 'Connect', exact: true }).click();
  await expect(widget.getByRole('alert')).toContainText('The backend rejected ••••');

  // Another key: connected.
  await apiKey.fill(LIVE_KEY);
  await widget.getByRole('button', { name: 'Connect', exact: true }).click();
  await expect(widget.getByRole('heading', { level: 2, name: 'Stripe connected' })).toBeVisible();
  await widget.getByRole('button', { name: 'Connect another account' }).click();
  await expect(widget.getByRole('heading', { level: 2, name: 'Connect an account' })).toBeVisible();

  // The modal widget: open, the dialog's own states, close.
  await page.getByRole('button', { name: 'Connect an account', exact: true }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog.getByRole('heading', { level: 2, name: 'Shortcut' })).toBeVisible();
  await dialog.getByRole('button', { name: 'Connect', exact: true }).click();
  await expect(dialog.getByText('Enter your API Token.')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();

  const { events, console } = await violations();
  expect(events, `violations:\n${JSON.stringify(events, null, 2)}`).toEqual([]);
  expect(console).toEqual([]);

  // What the host's callbacks got: the account, the error and events, and never a key.
  const host = await page.evaluate(() => JSON.stringify((window as unknown as { __host: unknown }).__host));
  expect(host).toContain('"acct_csp"');
  expect(host).toContain('"invalid_credentials"');
  expect(host).not.toContain(REJECTED_KEY);
  expect(host).not.toContain(LIVE_KEY);
});

test('the listener sees a violation when there is one (the policy is enforced)', async ({ page }) => {
  const violations = await collectViolations(page);
  await page.goto(origin());
  await expect(inline(page).getByRole('heading', { level: 2, name: 'Connect an account' })).toBeVisible();
  await page.evaluate(() => {
    // A <style> without the nonce, and a string into an HTML sink without a Trusted Types policy.
    const style = document.createElement('style');
    style.textContent = 'body { color: red }';
    document.head.append(style);
    try {
      document.body.insertAdjacentHTML('beforeend', '<b>x</b>');
    } catch {
      // Refused by Trusted Types, as it should be.
    }
  });
  await expect
    .poll(async () => (await violations()).events.map((event) => event.directive).sort())
    .toEqual(['require-trusted-types-for', 'style-src-elem']);
});

// A production build runs each effect once: the dev pages' StrictMode runs a mount's effects twice,
// which hid a focus request made after the screen had already looked for it.
test('in a production build, the modal focuses its heading each time it opens', async ({ page }) => {
  await page.goto(origin());
  const trigger = page.getByRole('button', { name: 'Connect an account', exact: true });
  for (const round of ['first', 'second']) {
    await trigger.click();
    await expect(page.getByRole('dialog').getByRole('heading', { level: 2, name: 'Shortcut' }), round).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(trigger, round).toBeFocused();
  }
});
