import AxeBuilder from '@axe-core/playwright';
import { expect, type APIRequestContext, type Locator, type Page, type Request } from '@playwright/test';

/** The mock endpoint's log entry (see src/dev/mock-connect-endpoint.ts), as the e2e tests read it. */
export type LoggedRequest = {
  at: string;
  method: string;
  idempotencyKey?: string;
  scenario: string;
  status: number;
  provider?: string;
  environment?: string;
  credentials: Record<string, string>;
  durationMs: number;
};

export type PlaygroundParams = {
  scenario?: 'success' | 'invalid-credentials' | 'server-error' | 'flaky' | 'slow' | 'not-json';
  provider?: 'stripe' | 'gocardless' | 'shortcut' | 'launchdarkly' | 'remote';
  width?: 'fluid' | '320' | '360' | '480' | '768' | '1100';
  theme?: 'light' | 'dark' | 'system';
  /** `form`: the widget inside a host settings form of its own. */
  host?: 'page' | 'form';
};

export const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Valid sample credentials, one per provider (and environment). */
export const tokens = {
  stripeTest: `sk_test_${'a'.repeat(12)}${'B'.repeat(12)}`,
  stripeLive: `sk_live_${'a'.repeat(12)}${'B'.repeat(12)}`,
  stripePublishable: `pk_test_${'a'.repeat(12)}${'B'.repeat(12)}`,
  gocardlessSandbox: `sandbox_${'Ab0_=-'.repeat(6)}${'xyzw'}`,
  shortcut: '3f2a9c1e-7b4d-4e8a-9c0f-1a2b3c4d5e6f',
  launchdarkly: 'api-0c4b8e2a-5d6f-4a1b-8c9d-7e6f5a4b3c2d',
  remote: 'ra_test_abc123',
} as const;

/** The dev page's section that holds the widget: every widget query starts here. */
export function widget(page: Page): Locator {
  return page.getByRole('region', { name: 'Widget' });
}

/** The screen's main (level 2) heading inside the widget. */
export function screenHeading(page: Page, name: string | RegExp): Locator {
  return widget(page).getByRole('heading', { level: 2, name, exact: typeof name === 'string' ? true : undefined });
}

/** The playground's query string for the given parameters (without the `?`). */
export function playgroundQuery(params: PlaygroundParams): string {
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(params)) {
    if (value !== undefined) search.set(name, value);
  }
  return search.toString();
}

/** Opens the playground with the given URL parameters and waits for the widget's first screen to be ready. */
export async function openPlayground(page: Page, params: PlaygroundParams = {}): Promise<void> {
  const query = playgroundQuery(params);
  await page.goto(query ? `/?${query}` : '/');
  await expect(widget(page).getByRole('heading', { level: 2 })).toBeVisible();
  // A preselected provider shows its name while its screen's code loads (provider-screen.tsx):
  // the first screen is ready once that status is gone.
  await expect(widget(page).getByRole('status').filter({ hasText: 'Loading…' })).toHaveCount(0);
  await guideComplete(page);
}

/**
 * Waits until the form of a provider screen holds still, so a click lands where it was aimed.
 * On a narrow screen the guide sits above the form and moves it twice: its later sections arrive
 * a moment after the screen opens (the guide is `aria-busy` until then), and a section out of
 * view is laid out only when it nears the viewport (`content-visibility: auto`), changing from its
 * estimated height by up to a quarter. Playwright scrolls a target into view and clicks in the
 * same frame, before that change. So: wait for the guide, bring the form into view, let two
 * frames pass. Screens without a form pass at once.
 */
export async function guideComplete(page: Page): Promise<void> {
  const guide = widget(page).getByRole('region', { name: /^Create your .+ credentials$/ });
  await expect(guide.and(page.locator('[aria-busy="true"]'))).toHaveCount(0);
  const form = widget(page).getByRole('form');
  if ((await form.count()) === 0) return;
  await form.scrollIntoViewIfNeeded();
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
}

/**
 * Has every guide section laid out, for checks and pictures of a whole page. The browser skips a
 * section out of view (`content-visibility: auto`) until it nears the viewport, so a full-page
 * screenshot draws it blank and an axe scan cannot read its colours; a user scrolling sees each
 * one laid out.
 */
export async function layOutWholeGuides(page: Page): Promise<void> {
  await page.addStyleTag({ content: '.ch-root .ch-guide-section { content-visibility: visible !important; }' });
}

/** Chooses a provider from the picker by its name and waits for its view. */
export async function pickProvider(page: Page, name: string): Promise<void> {
  await widget(page).getByRole('list', { name: 'Services' }).getByRole('button', { name, exact: true }).click();
  await expect(screenHeading(page, name)).toBeVisible();
  // The loading notice, shown while the screen's code loads (on demand), has that heading too.
  await expect(widget(page).getByRole('status').filter({ hasText: 'Loading…' })).toHaveCount(0);
  await guideComplete(page);
}

/**
 * A tap at a point of the viewport, dated `at` (seconds since the epoch; by default now). Chromium
 * counts taps by their dates, not by when they arrive: taps dated 120 ms apart at one place are a
 * double tap (the second click's `detail` is 2) however late a loaded machine delivers them,
 * whereas `page.touchscreen.tap` dates each tap on arrival. Chromium only (DevTools protocol), as
 * the e2e tests run.
 */
export async function tapAt(page: Page, point: { x: number; y: number }, at = Date.now() / 1000): Promise<void> {
  const session = await page.context().newCDPSession(page);
  try {
    await session.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [point], timestamp: at });
    await session.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [], timestamp: at + 0.05 });
  } finally {
    await session.detach();
  }
}

/** The environment radio whose label starts with `label` (its accessible name also holds the description). */
export function environmentRadio(page: Page, label: string): Locator {
  return widget(page)
    .getByRole('radiogroup', { name: 'Environment' })
    .getByRole('radio', { name: new RegExp(`^${label}\\b`) });
}

/** A credential field by its label (the provider's own word: API Key, Access Token, API Token). */
export function credentialField(page: Page, label: string): Locator {
  return widget(page).getByLabel(label, { exact: true });
}

export function connectButton(page: Page): Locator {
  return widget(page).getByRole('button', { name: 'Connect', exact: true });
}

/** Every POST to the connect endpoint the page sends from now on. */
export function recordConnectPosts(page: Page): Request[] {
  const posts: Request[] = [];
  page.on('request', (request) => {
    if (isConnectPost(request)) posts.push(request);
  });
  return posts;
}

export function isConnectPost(request: Request): boolean {
  return request.method() === 'POST' && new URL(request.url()).pathname === '/api/connect';
}

/** Resolves with the next connect POST the page sends. Start it before the action that sends it. */
export function nextConnectPost(page: Page): Promise<Request> {
  return page.waitForRequest(isConnectPost);
}

/** The mock endpoint's log, newest first (credentials masked). */
export async function requestLog(request: APIRequestContext): Promise<LoggedRequest[]> {
  const response = await request.get('/api/connect/log', { headers: { 'Cache-Control': 'no-store' } });
  expect(response.ok(), `GET /api/connect/log answered ${response.status()}`).toBe(true);
  const body = (await response.json()) as { requests: LoggedRequest[] };
  return body.requests;
}

/**
 * The log entries for one Idempotency-Key: the log is shared by tests running in parallel, so a
 * test only ever looks at the entries of the submission it sent.
 */
export async function loggedFor(request: APIRequestContext, idempotencyKey: string): Promise<LoggedRequest[]> {
  return (await requestLog(request)).filter((entry) => entry.idempotencyKey === idempotencyKey);
}

/** Waits until the log holds `count` entries for the key (the log is written when the answer is sent). */
export async function expectLogged(
  request: APIRequestContext,
  idempotencyKey: string,
  count = 1,
): Promise<LoggedRequest[]> {
  let entries: LoggedRequest[] = [];
  await expect
    .poll(async () => {
      entries = await loggedFor(request, idempotencyKey);
      return entries.length;
    }, { message: `log entries for Idempotency-Key ${idempotencyKey}` })
    .toBe(count);
  return entries;
}

/** Asserts a logged credential is masked as `<environment prefix>•••• (N chars)` and holds no part of the secret after it. */
export function expectMasked(logged: string | undefined, secret: string, prefix = ''): void {
  expect(logged, 'the logged credential').toBe(`${prefix}•••• (${secret.length} chars)`);
  expect(logged).not.toContain(secret.slice(prefix.length));
}

/** Presses Tab until `target` has focus (at most `max` times); fails if it never does. */
export async function tabTo(page: Page, target: Locator, max = 40): Promise<number> {
  for (let presses = 1; presses <= max; presses += 1) {
    await page.keyboard.press('Tab');
    if (await target.evaluate((element) => element === document.activeElement)) return presses;
  }
  throw new Error(`Tab never reached ${target.toString()} within ${max} presses`);
}

const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** Runs axe-core (WCAG 2.2 A/AA) on the widget and fails with a readable list of violations. */
export async function expectNoAxeViolations(page: Page, label: string): Promise<void> {
  // `.ch-root` scopes the scan to the widget only; assertions never use class names. The widget
  // renders no iframes, so axe runs in one pass in the page (legacy mode: about twice as fast).
  const results = await new AxeBuilder({ page }).include('.ch-root').withTags(AXE_TAGS).setLegacyMode(true).analyze();
  const summary = results.violations.map((violation) => {
    const nodes = violation.nodes
      .slice(0, 5)
      .map((node) => `    - ${node.target.join(' ')}\n      ${node.failureSummary?.split('\n').join('\n      ') ?? ''}`)
      .join('\n');
    const more = violation.nodes.length > 5 ? `\n    … and ${violation.nodes.length - 5} more` : '';
    return `  [${violation.impact ?? 'n/a'}] ${violation.id}: ${violation.help} (${violation.nodes.length} node(s))\n${nodes}${more}`;
  });
  expect(results.violations.length, `axe violations on ${label}:\n${summary.join('\n')}`).toBe(0);
}
