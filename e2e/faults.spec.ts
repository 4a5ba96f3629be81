import { expect, test, type Page, type Route } from '@playwright/test';
import { connectButton, credentialField, openPlayground, screenHeading, tokens, UUID_PATTERN, widget } from './support.js';

// The connect request under faults (SPEC §4, §7 "The request"; issue #5 part 2). Every answer is
// injected with page.route. The page clock is faked and paused once the form is filled: the test
// moves it forward itself, so each wait (backoff, Retry-After and its cap, the per-attempt
// timeout) is measured exactly in page time, however busy the machine, and never waited for.

const CONNECT = '**/api/connect';
const TOKEN = tokens.shortcut;
const account = { id: 'ws_1', provider: 'shortcut', name: 'Acme workspace' };
const messages = {
  network: 'Could not reach the server. Check your connection and try again.',
  timeout: 'The server took too long to answer. Please try again.',
  badResponse: 'The server answered in an unexpected format. Please try again, or contact support.',
  offline: 'You are offline. Check your connection, then try again.',
  http: (status: number) => `The server answered with an error (HTTP ${status}). Please try again.`,
};

/** One attempt as the page made it: when (page clock), and whether it has its answer (or failed). */
type Attempt = { at: number; done: boolean };

/**
 * Records, in the page, every connect POST the widget makes: the page-clock time it was sent and
 * whether its answer has been read or the request failed — after which a retry, if any, is
 * scheduled. Installed before load.
 */
async function recordAttempts(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const attempts: Array<{ at: number; done: boolean }> = [];
    (window as unknown as { __attempts: typeof attempts }).__attempts = attempts;
    const original = window.fetch.bind(window);
    window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
      const url = new URL(input instanceof Request ? input.url : String(input), location.href);
      if (url.pathname !== '/api/connect' || init?.method !== 'POST') return original(input, init);
      const entry = { at: Date.now(), done: false };
      attempts.push(entry);
      return original(input, init).then(
        (response) => {
          const text = response.text.bind(response);
          response.text = () => text().finally(() => (entry.done = true));
          return response;
        },
        (error: unknown) => {
          entry.done = true;
          throw error;
        },
      );
    };
  });
}

function attempts(page: Page): Promise<Attempt[]> {
  return page.evaluate(() => (window as unknown as { __attempts: Attempt[] }).__attempts);
}

/** What the backend received: each attempt's Idempotency-Key and body. */
type Received = { key: string | undefined; body: string | null };

type Answer =
  | { kind: 'json'; status: number; body: unknown; headers?: Record<string, string> }
  | { kind: 'text'; status: number; body: string; contentType: string }
  | { kind: 'redirect'; status: number; location: string }
  | { kind: 'abort' }
  | { kind: 'hang' };

/** Answers every connect POST with `answer` (or `answers[n]` for the n-th) and records it. */
async function answerConnect(page: Page, answers: Answer | Answer[]): Promise<Received[]> {
  const received: Received[] = [];
  await page.route(CONNECT, async (route: Route) => {
    const request = route.request();
    if (request.method() !== 'POST') return route.fallback();
    received.push({ key: await request.headerValue('idempotency-key') ?? undefined, body: request.postData() });
    const answer = Array.isArray(answers) ? (answers[received.length - 1] ?? answers.at(-1)) : answers;
    if (!answer || answer.kind === 'hang') return; // never answered; the widget's timeout must end it
    if (answer.kind === 'abort') return route.abort('connectionreset');
    if (answer.kind === 'redirect') return route.fulfill({ status: answer.status, headers: { Location: answer.location } });
    if (answer.kind === 'text') return route.fulfill({ status: answer.status, contentType: answer.contentType, body: answer.body });
    return route.fulfill({ status: answer.status, json: answer.body, headers: answer.headers });
  });
  return received;
}

const error = (code: string, message: string, field?: string) => ({ error: field ? { code, message, field } : { code, message } });

type Sees =
  | { heading: string }
  | { alert: string; tryAgain: boolean }
  | { fieldError: string };

type Row = {
  name: string;
  answer: Answer;
  attempts: number;
  /**
   * Page time from one attempt's answer (or, when none comes, from its start) to the next
   * attempt: [at least, at most] ms.
   */
  waits?: Array<[number, number]>;
  sees: Sees;
};

const BACKOFF: Array<[number, number]> = [
  [300, 600],
  [600, 1_200],
];
const retried = { attempts: 3, waits: BACKOFF } as const;

const rows: Row[] = [
  { name: '200 with an account', answer: { kind: 'json', status: 200, body: { account } }, attempts: 1, sees: { heading: 'Shortcut connected' } },
  { name: '201 with an account', answer: { kind: 'json', status: 201, body: { account } }, attempts: 1, sees: { heading: 'Shortcut connected' } },
  {
    name: '400',
    answer: { kind: 'json', status: 400, body: error('invalid_request', 'The request was malformed.') },
    attempts: 1,
    sees: { alert: 'The request was malformed.', tryAgain: true },
  },
  {
    name: '401 on the token field',
    answer: { kind: 'json', status: 401, body: error('invalid_credentials', 'Shortcut did not accept this API Token.', 'api_token') },
    attempts: 1,
    sees: { fieldError: 'Shortcut did not accept this API Token.' },
  },
  {
    name: '403',
    answer: { kind: 'json', status: 403, body: error('forbidden', 'Your role may not connect accounts.') },
    attempts: 1,
    sees: { alert: 'Your role may not connect accounts.', tryAgain: true },
  },
  {
    name: '408',
    answer: { kind: 'json', status: 408, body: error('request_timeout', 'The backend gave up waiting.') },
    ...retried,
    sees: { alert: 'The backend gave up waiting.', tryAgain: true },
  },
  {
    name: '409',
    answer: { kind: 'json', status: 409, body: error('conflict', 'This workspace is already connected.') },
    attempts: 1,
    sees: { alert: 'This workspace is already connected.', tryAgain: true },
  },
  {
    name: '422 on the token field',
    answer: { kind: 'json', status: 422, body: error('invalid_credentials', 'This token has no write access.', 'api_token') },
    attempts: 1,
    sees: { fieldError: 'This token has no write access.' },
  },
  {
    name: '429 without Retry-After',
    answer: { kind: 'json', status: 429, body: error('rate_limited', 'Too many attempts.') },
    ...retried,
    sees: { alert: 'Too many attempts.', tryAgain: true },
  },
  {
    name: '429 with Retry-After: 2',
    answer: { kind: 'json', status: 429, body: error('rate_limited', 'Too many attempts.'), headers: { 'Retry-After': '2' } },
    attempts: 3,
    waits: [
      [2_000, 2_000],
      [2_000, 2_000],
    ],
    sees: { alert: 'Too many attempts.', tryAgain: true },
  },
  {
    name: '429 with Retry-After: 3600 (capped at 10 s)',
    answer: { kind: 'json', status: 429, body: error('rate_limited', 'Too many attempts.'), headers: { 'Retry-After': '3600' } },
    attempts: 3,
    waits: [
      [10_000, 10_000],
      [10_000, 10_000],
    ],
    sees: { alert: 'Too many attempts.', tryAgain: true },
  },
  {
    name: '500',
    answer: { kind: 'json', status: 500, body: error('internal', 'Something broke on our side.') },
    attempts: 1,
    sees: { alert: 'Something broke on our side.', tryAgain: true },
  },
  {
    name: '502 with an HTML page',
    answer: { kind: 'text', status: 502, body: '<h1>Bad Gateway</h1>', contentType: 'text/html' },
    ...retried,
    sees: { alert: messages.http(502), tryAgain: true },
  },
  {
    name: '503',
    answer: { kind: 'json', status: 503, body: error('provider_unavailable', 'Shortcut is not answering right now.') },
    ...retried,
    sees: { alert: 'Shortcut is not answering right now.', tryAgain: true },
  },
  {
    name: '504 with an empty body',
    answer: { kind: 'text', status: 504, body: '', contentType: 'text/plain' },
    ...retried,
    sees: { alert: messages.http(504), tryAgain: true },
  },
  { name: 'an aborted connection', answer: { kind: 'abort' }, ...retried, sees: { alert: messages.network, tryAgain: true } },
  {
    name: 'a response that never comes (15 s timeout per attempt)',
    answer: { kind: 'hang' },
    attempts: 3,
    waits: [
      [15_000 + 300, 15_000 + 600],
      [15_000 + 600, 15_000 + 1_200],
    ],
    sees: { alert: messages.timeout, tryAgain: true },
  },
  {
    name: 'a 2xx whose body is not the contract',
    answer: { kind: 'json', status: 200, body: { ok: true, id: 'ws_1' } },
    attempts: 1,
    sees: { alert: messages.badResponse, tryAgain: true },
  },
  {
    name: 'a 2xx with an HTML page',
    answer: { kind: 'text', status: 200, body: '<html>Welcome</html>', contentType: 'text/html' },
    attempts: 1,
    sees: { alert: messages.badResponse, tryAgain: true },
  },
];

/**
 * One playground page per worker, on Shortcut, with the faked clock and the attempt recorder,
 * reused by the tests below (loading the dev page is the slow part of each test); `playground`
 * gives each test that page with a freshly mounted widget, no routes and an empty record.
 */
const faultTest = test.extend<{ playground: Page }, { sharedPlayground: Page }>({
  sharedPlayground: [
    async ({ browser }, use, workerInfo) => {
      const context = await browser.newContext({ baseURL: workerInfo.project.use.baseURL });
      const page = await context.newPage();
      await page.clock.install();
      await recordAttempts(page);
      await openPlayground(page, { provider: 'shortcut' });
      await use(page);
      await context.close();
    },
    { scope: 'worker', timeout: 60_000 },
  ],
  playground: async ({ sharedPlayground: page }, use) => {
    await page.unrouteAll({ behavior: 'ignoreErrors' });
    await page.clock.resume();
    await page.getByRole('button', { name: 'Restart widget' }).click();
    await expect(credentialField(page, 'API Token')).toHaveValue('');
    await page.evaluate(() => {
      (window as unknown as { __attempts: unknown[] }).__attempts.length = 0;
    });
    await use(page);
    await page.unrouteAll({ behavior: 'ignoreErrors' });
  },
});

/** Types the token and pauses the page clock: from here on page time moves only when the test moves it. */
async function fillAndPause(page: Page): Promise<void> {
  await credentialField(page, 'API Token').fill(TOKEN);
  // React renders regardless: its scheduler does not run on timers.
  await page.clock.pauseAt((await page.evaluate(() => Date.now())) + 1_000);
}

/** For tests on a page of their own: the recorder, the faked clock, the playground, the token. */
async function openShortcut(page: Page): Promise<void> {
  await page.clock.install();
  await recordAttempts(page);
  await openPlayground(page, { provider: 'shortcut' });
  await fillAndPause(page);
}

function outcome(page: Page, sees: Sees) {
  if ('heading' in sees) return screenHeading(page, sees.heading);
  if ('alert' in sees) return widget(page).getByRole('alert').filter({ hasText: sees.alert });
  return widget(page).getByText(sees.fieldError, { exact: true });
}

/** Waits (in real time, the clock paused) until attempt `n` has been sent and has its answer or failed. */
async function untilAnswered(page: Page, n: number, answered = true): Promise<void> {
  await expect
    .poll(async () => {
      const made = await attempts(page);
      return made.length === n && (!answered || made[n - 1]?.done === true);
    }, { message: `attempt ${n} ${answered ? 'answered' : 'sent'}` })
    .toBe(true);
}

/**
 * react-query passes a mutation's new state to the widget on a zero-delay timeout: on the paused
 * clock, "Connecting…" shows once the clock moves. A millisecond is far below any wait measured here.
 */
async function tick(page: Page): Promise<void> {
  await page.clock.runFor(1);
}

const STEP_MS = 50;

/**
 * Moves the paused page clock forward until attempt `n` is sent and returns how far it moved,
 * to within STEP_MS. Checks on the way that nothing was sent before `least - STEP_MS`.
 */
async function waitForAttempt(page: Page, n: number, [least, most]: [number, number]): Promise<number> {
  let moved = Math.max(0, least - STEP_MS);
  await page.clock.runFor(moved);
  expect(await attempts(page), `attempt ${n} came ${moved} ms or less after the last answer`).toHaveLength(n - 1);
  while ((await attempts(page)).length < n && moved <= most + STEP_MS) {
    await page.clock.runFor(STEP_MS);
    moved += STEP_MS;
  }
  return moved;
}

test.describe('the connect request, given each kind of answer', () => {
  for (const row of rows) {
    faultTest(`${row.name}: ${row.attempts} attempt(s), then the user sees ${'heading' in row.sees ? 'the confirmation' : 'alert' in row.sees ? 'an alert' : 'the message on the field'}`, async ({
      playground: page,
    }) => {
      const received = await answerConnect(page, row.answer);
      await fillAndPause(page);
      await connectButton(page).click();

      // Each wait between attempts, on the page's clock.
      const hangs = row.answer.kind === 'hang';
      // A request that hangs is ended by the widget's timeout once the clock moves: the backend
      // must have it before then, or the request can be aborted before it ever arrives.
      const untilReceived = (n: number) => expect.poll(() => received.length, { message: `attempt ${n} received` }).toBe(n);
      for (const [index, wait] of (row.waits ?? []).entries()) {
        await untilAnswered(page, index + 1, !hangs);
        await untilReceived(index + 1);
        const moved = await waitForAttempt(page, index + 2, wait);
        expect(moved, `wait before attempt ${index + 2}`).toBeGreaterThanOrEqual(wait[0]);
        expect(moved, `wait before attempt ${index + 2}`).toBeLessThanOrEqual(wait[1] + STEP_MS);
      }
      await untilAnswered(page, row.attempts, !hangs);
      await untilReceived(row.attempts);
      if (hangs) await page.clock.runFor(15_000);
      await page.clock.resume();

      // What the user sees: only after the last attempt.
      const shown = outcome(page, row.sees);
      await expect(shown).toBeVisible();

      // The number of attempts, one submission: one Idempotency-Key and one body for all.
      expect(await attempts(page)).toHaveLength(row.attempts);
      expect(received).toHaveLength(row.attempts);
      expect(received[0]?.key).toMatch(UUID_PATTERN);
      expect(new Set(received.map((entry) => entry.key))).toEqual(new Set([received[0]?.key]));
      expect(new Set(received.map((entry) => entry.body))).toEqual(new Set([JSON.stringify({ provider: 'shortcut', credentials: { api_token: TOKEN } })]));

      // ... and that the widget is ready for another try.
      if ('alert' in row.sees) {
        await expect(widget(page).getByRole('button', { name: 'Try again' })).toHaveCount(row.sees.tryAgain ? 1 : 0);
      }
      if ('fieldError' in row.sees) {
        await expect(credentialField(page, 'API Token')).toHaveAttribute('aria-invalid', 'true');
        await expect(credentialField(page, 'API Token')).toHaveAccessibleDescription(new RegExp(row.sees.fieldError.replace(/\./g, '\\.')));
        await expect(widget(page).getByRole('button', { name: 'Try again' })).toHaveCount(0);
      }
      if (!('heading' in row.sees)) {
        await expect(connectButton(page)).toHaveAttribute('data-state', 'idle');
        await expect(credentialField(page, 'API Token')).toHaveValue(TOKEN);
      }
      expect(await attempts(page)).toHaveLength(row.attempts);
    });
  }
});

test.describe('one submission, one Idempotency-Key', () => {
  faultTest('Try again after a refusal sends a new key: the backend keeps its answer for the old one', async ({ playground: page }) => {
    const received = await answerConnect(page, { kind: 'json', status: 403, body: error('insufficient_permissions', 'Nope.') });
    await fillAndPause(page);
    await page.clock.resume();
    await connectButton(page).click();
    await expect(widget(page).getByRole('alert').filter({ hasText: 'Nope.' })).toBeVisible();
    await widget(page).getByRole('button', { name: 'Try again' }).click();
    await expect.poll(() => received.length).toBe(2);
    const [first, again] = received;
    expect(first?.key).toMatch(UUID_PATTERN);
    expect(again?.key).toMatch(UUID_PATTERN);
    expect(again?.key).not.toBe(first?.key);
  });

  faultTest('Try again after an answer that leaves the outcome open reuses the key; a changed token gets a new one', async ({ playground: page }) => {
    const received = await answerConnect(page, { kind: 'json', status: 500, body: error('internal_error', 'Nope.') });
    await fillAndPause(page);
    await page.clock.resume();
    const alert = widget(page).getByRole('alert').filter({ hasText: 'Nope.' });

    await connectButton(page).click();
    await expect(alert).toBeVisible();
    await widget(page).getByRole('button', { name: 'Try again' }).click();
    await expect.poll(() => received.length).toBe(2);
    await expect(alert).toBeVisible();

    const otherToken = '9e8d7c6b-5a4f-4e3d-8c2b-1a0f9e8d7c6b';
    await credentialField(page, 'API Token').fill(otherToken);
    await connectButton(page).click();
    await expect.poll(() => received.length).toBe(3);

    const [first, again, changed] = received;
    expect(first?.key).toMatch(UUID_PATTERN);
    expect(again?.key).toBe(first?.key);
    expect(changed?.key).toMatch(UUID_PATTERN);
    expect(changed?.key).not.toBe(first?.key);
    expect(JSON.parse(changed?.body ?? '{}')).toEqual({ provider: 'shortcut', credentials: { api_token: otherToken } });
  });
});

test.describe('given an endpoint that redirects', () => {
  for (const status of [302, 307]) {
    faultTest(`${status}: the key goes nowhere else, there is one attempt, and the user can try again`, async ({ playground: page }) => {
      const elsewhere: string[] = [];
      await page.route('https://collector.example/**', async (route) => {
        elsewhere.push(`${route.request().method()} ${route.request().postData() ?? ''}`);
        await route.fulfill({ status: 200, json: { account } });
      });
      const received = await answerConnect(page, { kind: 'redirect', status, location: 'https://collector.example/collect' });
      await fillAndPause(page);
      await connectButton(page).click();
      await untilAnswered(page, 1, false);
      await page.clock.resume();

      const alert = widget(page).getByRole('alert').filter({ hasText: messages.badResponse });
      await expect(alert).toBeVisible();
      await expect(widget(page).getByRole('button', { name: 'Try again' })).toBeVisible();
      expect(received).toHaveLength(1);
      expect(await attempts(page)).toHaveLength(1);
      expect(elsewhere).toEqual([]);
    });
  }
});

test.describe('while a request is in flight', () => {
  faultTest('a double click, repeated Enter in the field and on the button send one request', async ({ playground: page }) => {
    let release: () => void = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    const received: string[] = [];
    await page.route(CONNECT, async (route) => {
      received.push(route.request().postData() ?? '');
      await held;
      await route.fulfill({ status: 200, json: { account } });
    });
    await fillAndPause(page);

    await connectButton(page).dblclick();
    await tick(page);
    const busy = widget(page).getByRole('button', { name: 'Connecting…' });
    await expect(busy).toHaveAttribute('aria-disabled', 'true');
    const field = credentialField(page, 'API Token');
    for (let press = 0; press < 3; press += 1) await field.press('Enter');
    await busy.focus();
    for (let press = 0; press < 3; press += 1) await page.keyboard.press('Enter');
    // aria-disabled keeps it focusable, so Playwright calls it not enabled: click it as a user can.
    await busy.click({ force: true });
    await untilAnswered(page, 1, false);
    expect(received).toHaveLength(1);

    await page.clock.resume();
    release();
    await expect(screenHeading(page, 'Shortcut connected')).toBeVisible();
    expect(received).toHaveLength(1);
    expect(await attempts(page)).toHaveLength(1);
  });
});

test.describe('given the browser is offline', () => {
  test('says so and sends nothing; once back online, Connect sends', async ({ page, context }) => {
    const received = await answerConnect(page, { kind: 'json', status: 200, body: { account } });
    await openShortcut(page);
    await page.clock.resume();

    await context.setOffline(true);
    await expect.poll(() => page.evaluate(() => navigator.onLine)).toBe(false);
    await connectButton(page).click();
    const alert = widget(page).getByRole('alert').filter({ hasText: messages.offline });
    await expect(alert).toBeVisible();
    await expect(widget(page).getByRole('button', { name: 'Try again' })).toHaveCount(0);
    // Not an error of the user's or the backend's: said in the tone of the "Before you start" note.
    const tone = (element: Element) => [getComputedStyle(element).color, getComputedStyle(element).backgroundColor];
    const note = widget(page).getByRole('note', { name: 'Before you start' });
    expect(await alert.locator('xpath=..').evaluate(tone)).toEqual(await note.evaluate(tone));
    await connectButton(page).press('Enter');
    await expect(alert).toBeVisible();
    expect(await attempts(page)).toHaveLength(0);
    expect(received).toHaveLength(0);

    await context.setOffline(false);
    await expect(alert).toBeHidden();
    await connectButton(page).click();
    await expect(screenHeading(page, 'Shortcut connected')).toBeVisible();
    expect(received).toHaveLength(1);
  });
});

test.describe('when the widget unmounts', () => {
  faultTest('mid-request, the request is aborted and its timeout and retries never run', async ({ playground: page }) => {
    await answerConnect(page, { kind: 'hang' });
    await fillAndPause(page);
    const failed = page.waitForEvent('requestfailed', {
      predicate: (request) => new URL(request.url()).pathname === '/api/connect',
      timeout: 20_000,
    });
    await connectButton(page).click();
    await untilAnswered(page, 1, false);

    await page.getByRole('button', { name: 'Restart widget' }).click();
    expect((await failed).failure()?.errorText).toMatch(/ERR_ABORTED/);
    await expect(credentialField(page, 'API Token')).toHaveValue('');
    await page.clock.runFor(60_000);
    expect(await attempts(page)).toHaveLength(1);
  });

  faultTest('while a retry waits, the retry is never sent', async ({ playground: page }) => {
    const received = await answerConnect(page, [
      { kind: 'json', status: 503, body: error('provider_unavailable', 'Busy.'), headers: { 'Retry-After': '5' } },
      { kind: 'json', status: 200, body: { account } },
    ]);
    await fillAndPause(page);
    await connectButton(page).click();
    // The first answer has been read: the retry is now scheduled, 5 s of page time away.
    await untilAnswered(page, 1);
    await tick(page);
    await expect(widget(page).getByRole('button', { name: 'Connecting…' })).toBeVisible();

    await page.getByRole('button', { name: 'Restart widget' }).click();
    await expect(credentialField(page, 'API Token')).toHaveValue('');
    await page.clock.runFor(20_000);
    expect(await attempts(page)).toHaveLength(1);
    expect(received).toHaveLength(1);
  });
});
