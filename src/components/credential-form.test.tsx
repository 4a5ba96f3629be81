import { MutationCache, QueryClient } from '@tanstack/react-query';
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi, type Mock } from 'vitest';
import type { ConnectError } from '../connect/connect-error.js';
import { expectNoAxeViolations } from '../test/axe.js';
import { shortcutWith } from '../test/acme-provider.js';
import { renderHub } from '../test/render.js';
import { ConnectHub } from './connect-hub.js';
import { SLOW_MS } from './credential-form.js';

/** axe-core walks the whole tree; give it room on a busy machine. */
const AXE_TIMEOUT_MS = 15_000;

const STRIPE_TEST_KEY = 'sk_test_4eC39HqLyjWDarjtT1zdp7dc';
const STRIPE_LIVE_KEY = 'sk_live_51HxYzAbCdEfGhIjKlMnOpQr';
const SHORTCUT_TOKEN = 'sct_rw_workspace_a1b2c3d4e5';
const LAUNCHDARKLY_TOKEN = 'api-1a2b3c4d-1a2b-1a2b-1a2b-1a2b3c4d5e6f';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i;

function json(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json', ...headers } });
}

const stripeAccount = { id: 'acct_1', provider: 'stripe', environment: 'test', name: 'Acme Ltd' };

let fetchMock: Mock<typeof fetch>;

/** Answers every request with a fresh copy of the given response. */
function answer(make: () => Response | Promise<Response>) {
  fetchMock = vi.fn<typeof fetch>(async () => make());
  vi.stubGlobal('fetch', fetchMock);
}

/** One request the widget sent, as the backend receives it. */
function sent(index = 0) {
  const call = fetchMock.mock.calls[index];
  if (!call) throw new Error(`expected request #${index + 1}, but only ${fetchMock.mock.calls.length} were sent`);
  const [url, init] = call;
  return { url, init, headers: new Headers(init?.headers), body: JSON.parse(String(init?.body)) as unknown };
}

beforeEach(() => {
  answer(() => json(200, { account: stripeAccount }));
});

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
  // Drop the own `onLine` property a test may have planted, uncovering jsdom's getter again.
  Reflect.deleteProperty(navigator, 'onLine');
});

function apiKeyInput() {
  return screen.getByLabelText('API Key');
}
function radio(name: 'Production' | 'Test Mode' | 'Sandbox') {
  return screen.getByRole('radio', { name: new RegExp(`^${name}`) });
}
function connectButton() {
  return screen.getByRole('button', { name: 'Connect' });
}

type User = ReturnType<typeof renderHub>['user'];

/** Pastes into a field, as users do with a key copied from a dashboard. */
async function pasteInto(user: User, field: HTMLElement, value: string) {
  await user.click(field);
  await user.paste(value);
}

describe('CredentialForm', () => {
  describe('given an empty form', () => {
    it('has no environment chosen at first', () => {
      renderHub({ provider: 'stripe' });
      expect(screen.getByRole('radiogroup', { name: 'Environment' })).toBeInTheDocument();
      expect(radio('Production')).not.toBeChecked();
      expect(radio('Test Mode')).not.toBeChecked();
    });

    it('names each environment by its label, and reads its description after it', () => {
      renderHub({ provider: 'stripe' });
      expect(radio('Production')).toHaveAccessibleName('Production');
      expect(radio('Production')).toHaveAccessibleDescription('Your live account: real customers, real charges.');
      expect(radio('Test Mode')).toHaveAccessibleName('Test Mode');
    });

    it('says what is missing when the user presses Connect, linked to each field', async () => {
      const { user } = renderHub({ provider: 'stripe' });
      await user.click(connectButton());

      const input = apiKeyInput();
      expect(await screen.findByText('Enter your API Key.')).toBeInTheDocument();
      expect(input).toHaveAttribute('aria-invalid', 'true');
      expect(input).toHaveAccessibleDescription(expect.stringContaining('Enter your API Key.'));

      const group = screen.getByRole('radiogroup', { name: 'Environment' });
      expect(screen.getByText('Choose Production or Test Mode.')).toBeInTheDocument();
      expect(group).toHaveAttribute('aria-invalid', 'true');
      expect(group).toHaveAccessibleDescription(expect.stringContaining('Choose Production or Test Mode.'));

      const alerts = screen.getAllByRole('alert').map((alert) => alert.textContent);
      expect(alerts).toEqual(expect.arrayContaining(['Choose Production or Test Mode.', 'Enter your API Key.']));
      expect(fetchMock).not.toHaveBeenCalled();
    });

    it('keeps saying which environment to choose after the user types a key and presses Connect again', async () => {
      const { user } = renderHub({ provider: 'stripe' });
      await user.click(connectButton());
      await screen.findByText('Choose Production or Test Mode.');

      await user.type(apiKeyInput(), 'hello');
      await user.click(connectButton());

      expect(await screen.findByText(/^Stripe secret keys start with sk_live_/)).toBeInTheDocument();
      const group = screen.getByRole('radiogroup', { name: 'Environment' });
      expect(group).toHaveAccessibleDescription('Choose Production or Test Mode.');
      expect(screen.queryByText('Invalid input')).not.toBeInTheDocument();
    });

    it('says nothing while a keyboard user tabs through it to see what it asks, and which environment to choose on Connect', async () => {
      const { user } = renderHub({ provider: 'stripe' });
      radio('Production').focus();
      await user.tab();
      expect(screen.getByLabelText('API Key')).toHaveFocus();
      await user.tab();
      await user.tab();
      expect(connectButton()).toHaveFocus();
      // An alert here would talk over the name of the field the focus has just reached.
      expect(screen.queryByRole('alert')).not.toBeInTheDocument();

      await user.keyboard('{Enter}');
      const group = screen.getByRole('radiogroup', { name: 'Environment' });
      expect(await screen.findByText('Choose Production or Test Mode.')).toBeInTheDocument();
      expect(group).toHaveAccessibleDescription('Choose Production or Test Mode.');
      expect(screen.queryByText('Invalid input')).not.toBeInTheDocument();
    });

    it('still checks a value the user typed when the focus leaves it', async () => {
      const { user } = renderHub({ provider: 'stripe' });
      await user.type(screen.getByLabelText('API Key'), 'pk_test_abc');
      await user.tab();
      expect(await screen.findByRole('alert')).toHaveTextContent(/This is your publishable test key/);
    });

    it('never says it is connecting when Connect finds errors, not even for a moment', async () => {
      const { container, user } = renderHub({ provider: 'stripe' });
      // A screen reader hears a live region's text even if it is gone before the next paint.
      const said: string[] = [];
      const observer = new MutationObserver(() => said.push(container.textContent ?? ''));
      observer.observe(container, { subtree: true, childList: true, characterData: true, attributes: true });
      await user.click(connectButton());
      await screen.findByText('Enter your API Key.');
      observer.disconnect();
      expect(said.length).toBeGreaterThan(0);
      expect(said.filter((text) => text.includes('Connecting'))).toEqual([]);
      expect(connectButton()).not.toHaveAttribute('aria-disabled');
    });

    it('has no axe violations while showing the errors', async () => {
      const { container, user } = renderHub({ provider: 'stripe' });
      await user.click(connectButton());
      await screen.findByText('Enter your API Key.');
      await expectNoAxeViolations(container);
    }, AXE_TIMEOUT_MS);
  });

  describe('given a field that shows an error, while the user types in it', () => {
    const FORMAT = /^Shortcut API tokens start with sct_rw_ or sct_ro_/;
    function tokenInput() {
      return screen.getByLabelText('API Token');
    }
    /** Presses one key at a time, and collects every alert on the way. */
    async function typeWatchingAlerts(user: User, keys: string[]) {
      const said = new Set<string>();
      for (const key of keys) {
        await user.keyboard(key);
        for (const alert of screen.queryAllByRole('alert')) said.add(alert.textContent ?? '');
      }
      return [...said];
    }

    it('takes its error away once the value is right, but says no new one until the user leaves the field', async () => {
      const { user } = renderHub({ provider: 'shortcut' });
      await user.click(connectButton());
      expect(await screen.findByRole('alert')).toHaveTextContent('Enter your API Token.');
      expect(tokenInput()).toHaveFocus();

      // "Enter your API Token." no longer holds at the first character; what is wrong with a token
      // half typed is said when the user leaves it, not over the typing echo.
      expect(await typeWatchingAlerts(user, [...'sct_rw_'])).toEqual([]);
      expect(tokenInput()).not.toHaveAttribute('aria-invalid');

      await user.tab();
      expect(await screen.findByRole('alert')).toHaveTextContent(FORMAT);
      expect(tokenInput()).toHaveAttribute('aria-invalid', 'true');

      await user.click(tokenInput());
      await user.keyboard('workspace_a1b2');
      await waitFor(() => expect(screen.queryByRole('alert')).not.toBeInTheDocument());
      expect(tokenInput()).not.toHaveAttribute('aria-invalid');
      expect(tokenInput()).toHaveFocus();
    });

    it('says what is missing when the user empties a field they had filled in, and leaves it', async () => {
      const { user } = renderHub({ provider: 'shortcut' });
      await user.type(tokenInput(), 'abc');
      await user.tab();
      expect(await screen.findByRole('alert')).toHaveTextContent(FORMAT);

      await user.click(tokenInput());
      await user.keyboard('{Backspace}{Backspace}{Backspace}');
      expect(screen.queryByRole('alert')).not.toBeInTheDocument();
      await user.tab();
      expect(await screen.findByRole('alert')).toHaveTextContent('Enter your API Token.');
      expect(tokenInput()).toHaveAttribute('aria-invalid', 'true');
    });

    it('shows the errors Connect finds on a field the user typed in and left, after the page came back from the back/forward cache', async () => {
      const { user } = renderHub({ provider: 'shortcut' });
      await user.click(connectButton());
      await screen.findByText('Enter your API Token.');
      await user.keyboard('x');
      act(() => void window.dispatchEvent(new PageTransitionEvent('pagehide', { persisted: true })));
      await user.click(screen.getByRole('heading', { name: 'Link your Shortcut account' }));
      await user.click(connectButton());
      expect(await screen.findByRole('alert')).toHaveTextContent('Enter your API Token.');
      expect(tokenInput()).toHaveAttribute('aria-invalid', 'true');
    });

    it('shows at once only the live key’s own message, never for a moment an error it had hidden', async () => {
      const { container, user } = renderHub({ provider: 'stripe' });
      await user.click(radio('Production'));
      await user.type(apiKeyInput(), 'abc');
      await user.tab();
      await screen.findByRole('alert');
      await user.click(apiKeyInput());
      await user.clear(apiKeyInput());
      // Every alert text, however briefly it is in the page.
      const said = new Set<string>();
      const observer = new MutationObserver(() => {
        for (const alert of container.querySelectorAll('[role="alert"]')) said.add(alert.textContent ?? '');
      });
      observer.observe(container, { subtree: true, childList: true, characterData: true });
      await user.paste(STRIPE_TEST_KEY);
      await screen.findByText('This is a test key, but Production is selected.');
      observer.disconnect();
      expect([...said]).toEqual(['This is a test key, but Production is selected.']);
    });

    it('shows the error Connect finds after the page came back from the back/forward cache while the user was typing', async () => {
      const { user } = renderHub({ provider: 'shortcut' });
      await user.click(connectButton());
      await screen.findByText('Enter your API Token.');
      await user.keyboard('x');
      // Left without leaving the field (a swipe back), then back: the field is emptied, and still focused.
      act(() => void window.dispatchEvent(new PageTransitionEvent('pagehide', { persisted: true })));
      await user.keyboard('{Enter}');
      expect(await screen.findByRole('alert')).toHaveTextContent('Enter your API Token.');
      expect(tokenInput()).toHaveAttribute('aria-invalid', 'true');
    });

    it('says what is wrong when the user leaves a field in a shadow root', async () => {
      const host = document.body.appendChild(document.createElement('div'));
      const container = host.attachShadow({ mode: 'open' }).appendChild(document.createElement('div'));
      const user = userEvent.setup();
      render(<ConnectHub endpoint="/api/connect" provider="shortcut" />, { container });
      const view = within(container);
      await user.type(view.getByLabelText('API Token'), 'abc');
      await user.tab();
      expect(await view.findByRole('alert')).toHaveTextContent(FORMAT);
      host.remove();
    });

    it('keeps its error while the error still holds', async () => {
      const { user } = renderHub({ provider: 'shortcut' });
      await user.type(tokenInput(), 'abc');
      await user.tab();
      expect(await screen.findByRole('alert')).toHaveTextContent(FORMAT);

      await user.click(tokenInput());
      expect(await typeWatchingAlerts(user, [...'de'])).toEqual([expect.stringMatching(FORMAT)]);
      expect(tokenInput()).toHaveAttribute('aria-invalid', 'true');
    });

    it('says nothing while the user edits a right key into a wrong one, and what is wrong when they leave it', async () => {
      const { user } = renderHub({ provider: 'stripe' });
      await pasteInto(user, apiKeyInput(), STRIPE_TEST_KEY);
      await user.tab();
      expect(screen.queryByRole('alert')).not.toBeInTheDocument();

      await user.click(apiKeyInput());
      expect(await typeWatchingAlerts(user, Array<string>(10).fill('{Backspace}'))).toEqual([]);
      expect(apiKeyInput()).not.toHaveAttribute('aria-invalid');

      await user.tab();
      expect(await screen.findByRole('alert')).toHaveTextContent(/^Stripe secret keys start with sk_live_ or sk_test_/);
    });

    it('says what is wrong now when the user presses Enter while typing', async () => {
      const { user } = renderHub({ provider: 'shortcut' });
      await user.click(connectButton());
      await screen.findByText('Enter your API Token.');
      await user.keyboard('abc{Enter}');
      expect(await screen.findByRole('alert')).toHaveTextContent(FORMAT);
      expect(tokenInput()).toHaveFocus();
      expect(fetchMock).not.toHaveBeenCalled();
    });
  });

  describe('given a Stripe publishable key', () => {
    it('says it is the publishable key and sends nothing', async () => {
      const { user } = renderHub({ provider: 'stripe' });
      await user.click(radio('Test Mode'));
      await pasteInto(user, apiKeyInput(), 'pk_test_4eC39HqLyjWDarjtT1zdp7dc');
      await user.click(connectButton());
      expect(await screen.findByText(/This is your publishable test key/)).toBeInTheDocument();
      expect(apiKeyInput()).toHaveAccessibleDescription(expect.stringContaining('publishable test key'));
      expect(fetchMock).not.toHaveBeenCalled();
    });
  });

  describe('given a Stripe test key while no environment is chosen', () => {
    it('chooses Test Mode when the key is pasted, and says so', async () => {
      const { user } = renderHub({ provider: 'stripe' });
      await pasteInto(user, apiKeyInput(), STRIPE_TEST_KEY);
      expect(radio('Test Mode')).toBeChecked();
      expect(radio('Production')).not.toBeChecked();
      const group = screen.getByRole('radiogroup', { name: 'Environment' });
      expect(group).toHaveAccessibleDescription('Test Mode selected to match your key.');
      expect(screen.getAllByRole('status').map((status) => status.textContent)).toContain('Test Mode selected to match your key.');
    });

    it('chooses Test Mode as soon as a typed key shows its prefix', async () => {
      const { user } = renderHub({ provider: 'stripe' });
      await user.type(apiKeyInput(), 'sk_test');
      expect(radio('Test Mode')).not.toBeChecked();
      await user.type(apiKeyInput(), '_4');
      expect(radio('Test Mode')).toBeChecked();
      expect(screen.getByText('Test Mode selected to match your key.')).toBeInTheDocument();
    });

    it('takes the note back once the key is no longer a test key', async () => {
      const { user } = renderHub({ provider: 'stripe' });
      await user.type(apiKeyInput(), 'sk_test_abc');
      expect(screen.getByText('Test Mode selected to match your key.')).toBeInTheDocument();

      await user.clear(apiKeyInput());
      await user.type(apiKeyInput(), 'sk_live_abc');
      expect(await screen.findByText('This is a live key, but Test Mode is selected.')).toBeInTheDocument();
      expect(screen.queryByText('Test Mode selected to match your key.')).not.toBeInTheDocument();
      expect(screen.getByRole('radiogroup', { name: 'Environment' })).not.toHaveAccessibleDescription(/match your key/);
      expect(radio('Test Mode')).toBeChecked();
    });
  });

  describe('given a Stripe key for the wrong environment', () => {
    it('names both environments and offers to switch to Production', async () => {
      const { user } = renderHub({ provider: 'stripe' });
      await user.click(radio('Test Mode'));
      await pasteInto(user, apiKeyInput(), STRIPE_LIVE_KEY);

      expect(await screen.findByText('This is a live key, but Test Mode is selected.')).toBeInTheDocument();
      expect(apiKeyInput()).toHaveAttribute('aria-invalid', 'true');
      expect(radio('Test Mode')).toBeChecked();

      await user.click(screen.getByRole('button', { name: 'Switch to Production' }));
      expect(radio('Production')).toBeChecked();
      expect(radio('Test Mode')).not.toBeChecked();
      await waitFor(() => expect(screen.queryByText('This is a live key, but Test Mode is selected.')).not.toBeInTheDocument());
      expect(apiKeyInput()).not.toHaveAttribute('aria-invalid');
      expect(screen.queryByRole('button', { name: 'Switch to Production' })).not.toBeInTheDocument();
    });

    it('keeps the message current while the user goes on typing in the field', async () => {
      const { user } = renderHub({ provider: 'stripe' });
      await user.click(radio('Test Mode'));
      await pasteInto(user, apiKeyInput(), STRIPE_LIVE_KEY);
      expect(await screen.findByText('This is a live key, but Test Mode is selected.')).toBeInTheDocument();

      // Still a live key by its prefix, but no longer a well-formed one: the wrong environment
      // comes first; once it is switched, the message says what is wrong with the key.
      await user.keyboard('🔑');
      expect(screen.getByText('This is a live key, but Test Mode is selected.')).toBeInTheDocument();
      expect(apiKeyInput()).toHaveFocus();
      await user.click(screen.getByRole('button', { name: 'Switch to Production' }));
      expect(await screen.findByText(/^Stripe secret keys start with sk_live_ or sk_test_/)).toBeInTheDocument();
      expect(screen.queryByText('This is a live key, but Test Mode is selected.')).not.toBeInTheDocument();
    });

    it('says nothing of the format while a live key is typed under Test Mode: only that it is a live key, once', async () => {
      const { user } = renderHub({ provider: 'stripe' });
      await user.click(radio('Test Mode'));
      await user.click(apiKeyInput());
      const shown = new Set<string>();
      for (const character of STRIPE_LIVE_KEY) {
        await user.keyboard(character);
        for (const alert of screen.queryAllByRole('alert')) shown.add(alert.textContent ?? '');
      }
      expect([...shown]).toEqual(['This is a live key, but Test Mode is selected.']);
      // The switch is a button of its own, not part of what describes the field.
      expect(apiKeyInput()).toHaveAccessibleDescription(/^This is a live key, but Test Mode is selected\. Your Secret key/);
      expect(screen.getByRole('button', { name: 'Switch to Production' })).toBeInTheDocument();
    });

    it('never changes a chosen environment by itself', async () => {
      const { user } = renderHub({ provider: 'stripe' });
      await user.click(radio('Production'));
      await pasteInto(user, apiKeyInput(), STRIPE_TEST_KEY);

      expect(await screen.findByText('This is a test key, but Production is selected.')).toBeInTheDocument();
      expect(radio('Production')).toBeChecked();
      expect(radio('Test Mode')).not.toBeChecked();
      expect(screen.getByRole('button', { name: 'Switch to Test Mode' })).toBeInTheDocument();

      await user.click(connectButton());
      expect(radio('Production')).toBeChecked();
      expect(fetchMock).not.toHaveBeenCalled();
    });

    it('puts the focus on the environment it switched to, not on the first one', async () => {
      const { user } = renderHub({ provider: 'stripe' });
      await user.click(radio('Production'));
      await pasteInto(user, apiKeyInput(), STRIPE_TEST_KEY);
      await user.click(await screen.findByRole('button', { name: 'Switch to Test Mode' }));

      expect(radio('Test Mode')).toBeChecked();
      await waitFor(() => expect(radio('Test Mode')).toHaveFocus());
    });
  });

  describe('given a read-only Shortcut token', () => {
    const READ_ONLY = /^This is a read-only token: this app can read your workspace/;

    it('says what the token cannot do, as the field’s description, and takes it back for a read-write token', async () => {
      const { user } = renderHub({ provider: 'shortcut' });
      const token = screen.getByLabelText('API Token');
      await user.click(token);
      await user.keyboard('sct_ro');
      expect(screen.queryByText(READ_ONLY)).not.toBeInTheDocument();

      await user.keyboard('_workspace_a1b2');
      expect(await screen.findByText(READ_ONLY)).toBeInTheDocument();
      expect(token).toHaveAccessibleDescription(READ_ONLY);

      await user.clear(token);
      await user.paste(SHORTCUT_TOKEN);
      await waitFor(() => expect(screen.queryByText(READ_ONLY)).not.toBeInTheDocument());
      expect(token).not.toHaveAccessibleDescription(READ_ONLY);
    });

    it('gives way to an error on the same field, so the field says one thing at a time', async () => {
      answer(() =>
        json(403, { error: { code: 'insufficient_permissions', message: 'This token cannot create stories.', field: 'api_token' } }),
      );
      const { user } = renderHub({ provider: 'shortcut' });
      const token = screen.getByLabelText('API Token');
      await pasteInto(user, token, 'sct_ro_workspace_a1b2c3d4e5');
      expect(await screen.findByText(READ_ONLY)).toBeInTheDocument();
      await user.click(connectButton());

      expect(await screen.findByText('This token cannot create stories.')).toBeInTheDocument();
      expect(screen.queryByText(READ_ONLY)).not.toBeInTheDocument();
      expect(token).toHaveAccessibleDescription(expect.stringContaining('This token cannot create stories.'));
      expect(token).not.toHaveAccessibleDescription(READ_ONLY);
    });
  });

  describe('given unusual input in the key field', () => {
    it('says to paste the key alone when it came with its quotation marks or its variable name, and sends nothing', async () => {
      const { user } = renderHub({ provider: 'stripe' });
      await user.click(radio('Test Mode'));
      await pasteInto(user, apiKeyInput(), `STRIPE_SECRET_KEY="${STRIPE_TEST_KEY}"`);
      await user.click(connectButton());
      expect(await screen.findByRole('alert')).toHaveTextContent(
        'Paste only the API Key itself, without quotation marks or a name and = before it.',
      );
      expect(apiKeyInput()).toHaveAccessibleDescription(expect.stringContaining('Paste only the API Key itself'));
      expect(fetchMock).not.toHaveBeenCalled();
    });

    it('sends a key a password manager filled in without telling the page (no input event)', async () => {
      const { user } = renderHub({ provider: 'shortcut' });
      const token = screen.getByLabelText('API Token');
      Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set?.call(token, SHORTCUT_TOKEN);
      await user.click(connectButton());
      await waitFor(() => expect(fetchMock).toHaveBeenCalledTimes(1));
      expect(sent().body).toEqual({ provider: 'shortcut', credentials: { api_token: SHORTCUT_TOKEN } });
      expect(screen.queryByText('Enter your API Token.')).not.toBeInTheDocument();
    });

    it('picks the environment from a key a password manager filled in silently, at the first press of Connect', async () => {
      answer(() => new Promise<Response>(() => {}));
      const { user } = renderHub({ provider: 'stripe' });
      Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set?.call(apiKeyInput(), STRIPE_TEST_KEY);
      await user.click(connectButton());
      await waitFor(() => expect(fetchMock).toHaveBeenCalledTimes(1));
      expect(sent().body).toEqual({ provider: 'stripe', environment: 'test', credentials: { api_key: STRIPE_TEST_KEY } });
      expect(screen.queryByText('Choose Production or Test Mode.')).not.toBeInTheDocument();
      expect(screen.getByText('Test Mode selected to match your key.')).toBeVisible();
    });

    it('holds a key pasted with spaces and a line break around it without them, as it is sent, also when shown', async () => {
      const { user } = renderHub({ provider: 'stripe' });
      await pasteInto(user, apiKeyInput(), `\t ${STRIPE_TEST_KEY} \n`);
      await user.click(screen.getByRole('button', { name: 'Show API Key' }));
      expect(apiKeyInput()).toHaveValue(STRIPE_TEST_KEY);
      expect(radio('Test Mode')).toBeChecked();
      await user.click(connectButton());
      await waitFor(() => expect(fetchMock).toHaveBeenCalledTimes(1));
      expect(sent().body).toEqual({ provider: 'stripe', environment: 'test', credentials: { api_key: STRIPE_TEST_KEY } });
    });

    it('keeps no space typed before or after the key, and the typing goes on at the end', async () => {
      const { user } = renderHub({ provider: 'stripe' });
      await user.type(apiKeyInput(), ` ${STRIPE_TEST_KEY.slice(0, -1)} `);
      await user.keyboard(STRIPE_TEST_KEY.slice(-1));
      expect(apiKeyInput()).toHaveValue(STRIPE_TEST_KEY);
    });

    it('trims whitespace around the key before sending it', async () => {
      const { user } = renderHub({ provider: 'stripe' });
      await pasteInto(user, apiKeyInput(), `   ${STRIPE_TEST_KEY}  `);
      await user.click(connectButton());
      await waitFor(() => expect(fetchMock).toHaveBeenCalledTimes(1));
      expect(sent().body).toEqual({ provider: 'stripe', environment: 'test', credentials: { api_key: STRIPE_TEST_KEY } });
    });

    it('refuses a 100 kB paste with a clear message and sends nothing', async () => {
      const { user } = renderHub({ provider: 'stripe' });
      await user.click(radio('Test Mode'));
      await pasteInto(user, apiKeyInput(), `sk_test_${'a'.repeat(100_000)}`);
      await user.click(connectButton());
      expect(await screen.findByText(/too long .*API Key: at most 1,000 characters/)).toBeInTheDocument();
      expect(apiKeyInput()).toHaveAttribute('aria-invalid', 'true');
      expect(fetchMock).not.toHaveBeenCalled();
    });

    it.each([
      ['a NUL character', `sk_test_4eC39\u0000HqLyjWDarjtT1zdp7dc`, /invisible characters/],
      ['a right-to-left override', `sk_test_4eC39\u202eHqLyjWDarjtT1zdp7dc`, /invisible characters/],
      ['an emoji', `sk_test_4eC39🔑HqLyjWDarjtT1zdp7dc`, /Stripe secret keys start with sk_live_ or sk_test_/],
    ])('explains a key with %s and sends nothing', async (_, value, message) => {
      const { user } = renderHub({ provider: 'stripe' });
      await user.click(radio('Test Mode'));
      await pasteInto(user, apiKeyInput(), value);
      await user.click(connectButton());
      expect(await screen.findByText(message)).toBeInTheDocument();
      expect(fetchMock).not.toHaveBeenCalled();
    });
  });

  describe('the secret field', () => {
    it('is announced as required, and its label has no "(optional)" marker', () => {
      renderHub({ provider: 'stripe' });
      expect(apiKeyInput()).toBeRequired();
      expect(screen.getByRole('radiogroup', { name: 'Environment' })).toBeRequired();
      expect(apiKeyInput()).toHaveAccessibleName('API Key');
    });

    it('is masked and kept away from autofill, autocorrect and spell-check', () => {
      renderHub({ provider: 'stripe' });
      const input = apiKeyInput();
      expect(input).toHaveAttribute('type', 'password');
      expect(input).toHaveAttribute('autocomplete', 'new-password');
      expect(input).toHaveAttribute('spellcheck', 'false');
      expect(input).toHaveAttribute('autocorrect', 'off');
      expect(input).toHaveAttribute('autocapitalize', 'off');
    });

    it('shows and hides the key with a toggle button', async () => {
      const { user } = renderHub({ provider: 'stripe' });
      // A button whose name says what a press does: not also a toggle ("Hide API Key, pressed").
      const toggle = screen.getByRole('button', { name: 'Show API Key' });
      expect(toggle).not.toHaveAttribute('aria-pressed');
      await user.click(toggle);
      expect(apiKeyInput()).toHaveAttribute('type', 'text');
      expect(toggle).toHaveAccessibleName('Hide API Key');
      expect(toggle).not.toHaveAttribute('aria-pressed');
      await user.click(toggle);
      expect(apiKeyInput()).toHaveAttribute('type', 'password');
      expect(toggle).toHaveAccessibleName('Show API Key');
    });

    it('keeps the focus in the field when its toggle is pressed, so a half-typed key is not judged yet', async () => {
      const { user } = renderHub({ provider: 'stripe' });
      await user.click(apiKeyInput());
      await user.keyboard('sk_test_51Hx');
      await user.click(screen.getByRole('button', { name: 'Show API Key' }));
      expect(apiKeyInput()).toHaveAttribute('type', 'text');
      expect(apiKeyInput()).toHaveFocus();
      expect(apiKeyInput()).not.toHaveAttribute('aria-invalid', 'true');
      expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    });

    it('is emptied when the page is left, so the back/forward cache does not bring the key back', async () => {
      const { user } = renderHub({ provider: 'stripe' });
      await pasteInto(user, apiKeyInput(), STRIPE_TEST_KEY);
      await user.click(screen.getByRole('button', { name: 'Show API Key' }));
      expect(apiKeyInput()).toHaveValue(STRIPE_TEST_KEY);

      // Not inside act(), which would run React's pending work at once: the page may be frozen
      // as soon as pagehide has run, so the field must be empty by then.
      window.dispatchEvent(Object.assign(new Event('pagehide'), { persisted: true }));
      expect(apiKeyInput()).toHaveValue('');
    });

    it('does not write the key into any DOM attribute', async () => {
      const { container, user } = renderHub({ provider: 'stripe' });
      await pasteInto(user, apiKeyInput(), STRIPE_TEST_KEY);
      const attributes = [...container.querySelectorAll('*')].flatMap((element) =>
        [...element.attributes].map((attribute) => attribute.value),
      );
      expect(attributes.join('\n')).not.toContain(STRIPE_TEST_KEY);
      expect(apiKeyInput()).toHaveValue(STRIPE_TEST_KEY);
    });
  });

  describe('given a touch on Connect that turns into a scroll', () => {
    it('still judges the field when the user leaves it later', async () => {
      const { user } = renderHub({ provider: 'stripe' });
      await user.click(apiKeyInput());
      await user.keyboard('abc');
      // The browser cancels the pointer when a touch becomes a scroll: no click follows.
      fireEvent.pointerDown(connectButton(), { pointerType: 'touch' });
      fireEvent.pointerCancel(connectButton(), { pointerType: 'touch' });
      await user.click(screen.getByRole('heading', { name: 'Link your Stripe account' }));
      expect(apiKeyInput()).toHaveAttribute('aria-invalid', 'true');
      expect(fetchMock).not.toHaveBeenCalled();
    });
  });

  describe('given a press that leaves a field and never ends in the page', () => {
    it.each([
      ['it becomes a drag (the browser cancels the pointer)', () => fireEvent.pointerCancel(window)],
      // Its own blur alone, as a browser sends it (fireEvent.blur adds a focusout, which no window gets).
      ['the window loses the focus meanwhile', () => window.dispatchEvent(new FocusEvent('blur'))],
    ])('judges the field when %s, not at some later release', async (_, end) => {
      const { user } = renderHub({ provider: 'stripe' });
      await user.click(apiKeyInput());
      await user.keyboard('abc');
      await user.pointer({ keys: '[MouseLeft>]', target: screen.getByRole('heading', { name: 'Link your Stripe account' }) });
      expect(apiKeyInput()).not.toHaveFocus();
      expect(apiKeyInput()).not.toHaveAttribute('aria-invalid');
      end();
      await waitFor(() => expect(apiKeyInput()).toHaveAttribute('aria-invalid', 'true'));
    });
  });

  describe('given the host’s own QueryClient', () => {
    const CANARY = `sk_test_CANARY${crypto.randomUUID().replace(/-/g, '')}`;

    /** A client whose cache-wide callbacks keep what they are given, as a host's error logging would. */
    function loggingClient() {
      const logged: unknown[] = [];
      const log = (...args: unknown[]) => void logged.push(args);
      const queryClient = new QueryClient({
        mutationCache: new MutationCache({ onMutate: log, onSuccess: log, onError: log, onSettled: log }),
      });
      const seen = () => JSON.stringify([logged, queryClient.getMutationCache().getAll().map((mutation) => mutation.state)]);
      return { queryClient, logged, seen };
    }

    it.each([
      ['is linked', () => json(200, { account: stripeAccount })],
      ['is refused', () => json(401, { error: { code: 'invalid_credentials', message: 'Stripe did not accept this key.', field: 'api_key' } })],
    ])('keeps the key out of its mutation cache and the cache’s callbacks when the account %s', async (outcome, response) => {
      answer(response);
      const { queryClient, logged, seen } = loggingClient();
      const { user } = renderHub({ provider: 'stripe', queryClient });
      await pasteInto(user, apiKeyInput(), CANARY);
      await user.click(connectButton());
      await waitFor(() => expect(logged.length).toBeGreaterThanOrEqual(3));
      expect(sent().body).toMatchObject({ credentials: { api_key: CANARY } });
      expect(seen()).not.toContain('CANARY');
      // Once the form no longer shows it (after a success), nothing of the submission is kept.
      if (outcome === 'is linked') await waitFor(() => expect(queryClient.getMutationCache().getAll()).toEqual([]));
    });
  });

  describe('when the user connects', () => {
    it('posts the Stripe request body and headers of the contract', async () => {
      const { user } = renderHub({ provider: 'stripe', headers: { Authorization: 'Bearer session-1' } });
      await user.click(radio('Test Mode'));
      await pasteInto(user, apiKeyInput(), STRIPE_TEST_KEY);
      await user.click(connectButton());
      await waitFor(() => expect(fetchMock).toHaveBeenCalledTimes(1));

      const request = sent();
      expect(request.url).toBe('/api/connect');
      expect(request.init?.method).toBe('POST');
      expect(request.body).toStrictEqual({ provider: 'stripe', environment: 'test', credentials: { api_key: STRIPE_TEST_KEY } });
      expect(request.headers.get('Content-Type')).toBe('application/json');
      expect(request.headers.get('Idempotency-Key')).toMatch(UUID);
      expect(request.headers.get('Authorization')).toBe('Bearer session-1');
    });

    it('masks the key the backend echoes in the account, but not a name the user typed in another field', async () => {
      const workspaces = shortcutWith('Workspaces', { key: 'workspace', label: 'Workspace', kind: 'text' });
      answer(() =>
        json(200, { account: { id: 'ws_1', provider: 'workspaces', name: `acme-sales (${SHORTCUT_TOKEN})` } }),
      );
      const { user } = renderHub({ provider: 'workspaces', providers: [workspaces] });
      await pasteInto(user, screen.getByLabelText('API Token'), SHORTCUT_TOKEN);
      await pasteInto(user, screen.getByLabelText('Workspace'), 'acme-sales');
      await user.click(connectButton());
      const heading = await screen.findByRole('heading', { name: 'Workspaces connected' });
      // Shown as bullets, which a screen reader would spell out ("bullet bullet bullet bullet"):
      // said as words, with the heading the focus lands on.
      expect(heading).toHaveAccessibleDescription('acme-sales (hidden value) is now linked.');
      expect(screen.getByText('••••')).toBeInTheDocument();
    });

    it('prompts in the box of a required choice of many options until one is chosen, and says so when it is left', async () => {
      const names = ['US', 'Canada', 'EU', 'UK', 'Australia', 'Japan'];
      const regions = shortcutWith('Regions', { key: 'region', label: 'Region', kind: 'select', options: names.map((name) => ({ value: name.toLowerCase(), label: name })) });
      const { user } = renderHub({ provider: 'regions', providers: [regions] });
      const region = screen.getByRole('combobox', { name: 'Region' });
      expect(region).toHaveDisplayValue('Choose…');
      // Not among the options to pick: only in the box.
      const [prompt] = within(region).getAllByRole('option', { hidden: true });
      expect(prompt).toHaveTextContent('Choose…');
      expect(prompt).toBeDisabled();
      await pasteInto(user, screen.getByLabelText('API Token'), SHORTCUT_TOKEN);
      await user.click(connectButton());
      expect(await screen.findByText('Choose a Region.')).toBeInTheDocument();
      expect(fetchMock).not.toHaveBeenCalled();
      await user.selectOptions(region, 'Japan');
      expect(region).toHaveDisplayValue('Japan');
    });

    it('offers an optional choice as a select that can be left empty, or cleared again', async () => {
      const regions = shortcutWith('Regions', {
        key: 'region',
        label: 'Region',
        kind: 'select',
        required: false,
        options: [{ value: 'eu', label: 'EU' }, { value: 'us', label: 'US' }],
      });
      answer(() => json(200, { account: { id: 'rg_1', provider: 'regions' } }));
      const { user } = renderHub({ provider: 'regions', providers: [regions] });
      // jsdom's name computation drops the space before the span; a browser reads "Region (optional)".
      const region = screen.getByRole('combobox', { name: /^Region ?\(optional\)$/ });
      expect(region).not.toBeRequired();
      expect(region).toHaveValue('');
      await pasteInto(user, screen.getByLabelText('API Token'), SHORTCUT_TOKEN);
      await user.selectOptions(region, 'US');
      await user.selectOptions(region, '');
      await user.click(connectButton());
      await waitFor(() => expect(fetchMock).toHaveBeenCalledTimes(1));
      expect(sent().body).toStrictEqual({ provider: 'regions', credentials: { api_token: SHORTCUT_TOKEN } });
    });

    it('posts a Shortcut request without an environment', async () => {
      answer(() => json(200, { account: { id: 'ws_1', provider: 'shortcut' } }));
      const { user } = renderHub({ provider: 'shortcut' });
      expect(screen.queryByRole('radiogroup')).not.toBeInTheDocument();
      await pasteInto(user, screen.getByLabelText('API Token'), SHORTCUT_TOKEN);
      await user.click(connectButton());
      await waitFor(() => expect(fetchMock).toHaveBeenCalledTimes(1));
      expect(sent().body).toStrictEqual({ provider: 'shortcut', credentials: { api_token: SHORTCUT_TOKEN } });
    });

    it('posts the LaunchDarkly commercial instance by default', async () => {
      answer(() => json(200, { account: { id: 'ld_1', provider: 'launchdarkly' } }));
      const { user } = renderHub({ provider: 'launchdarkly' });
      expect(screen.getByRole('radio', { name: /Commercial/ })).toBeChecked();
      await pasteInto(user, screen.getByLabelText('Access Token'), LAUNCHDARKLY_TOKEN);
      await user.click(connectButton());
      await waitFor(() => expect(fetchMock).toHaveBeenCalledTimes(1));
      expect(sent().body).toStrictEqual({
        provider: 'launchdarkly',
        credentials: { access_token: LAUNCHDARKLY_TOKEN, instance: 'commercial' },
      });
    });

    it('posts the LaunchDarkly instance the user chose', async () => {
      answer(() => json(200, { account: { id: 'ld_1', provider: 'launchdarkly' } }));
      const { user } = renderHub({ provider: 'launchdarkly' });
      await user.click(screen.getByRole('radio', { name: /EU/ }));
      await pasteInto(user, screen.getByLabelText('Access Token'), LAUNCHDARKLY_TOKEN);
      await user.click(connectButton());
      await waitFor(() => expect(fetchMock).toHaveBeenCalledTimes(1));
      expect(sent().body).toMatchObject({ credentials: { instance: 'eu' } });
    });

    it('retries a 503 automatically with the same Idempotency-Key', async () => {
      let calls = 0;
      answer(() => (++calls === 1 ? json(503, { error: { code: 'unavailable', message: 'Down for a moment.' } }) : json(200, { account: stripeAccount })));
      // The lowest jitter: the retry waits 300 ms.
      vi.spyOn(Math, 'random').mockReturnValue(0);
      const { user } = renderHub({ provider: 'stripe' });
      await pasteInto(user, apiKeyInput(), STRIPE_TEST_KEY);
      await user.click(connectButton());

      // A screen reader hears that it is still trying, not a silence of seconds.
      expect(await screen.findByText('Still connecting: attempt 2 of 3…')).toHaveAttribute('role', 'status');
      expect(await screen.findByRole('heading', { name: 'Stripe connected' }, { timeout: 3000 })).toBeInTheDocument();
      expect(fetchMock).toHaveBeenCalledTimes(2);
      const first = sent(0).headers.get('Idempotency-Key');
      expect(first).toMatch(UUID);
      expect(sent(1).headers.get('Idempotency-Key')).toBe(first);
    });

    it('keeps the form as it was sent while it is connecting, so the answer is about what the user sees', async () => {
      let release = (_: Response) => {};
      answer(() => new Promise<Response>((resolve) => (release = resolve)));
      const { user } = renderHub({ provider: 'stripe' });
      await pasteInto(user, apiKeyInput(), STRIPE_TEST_KEY);
      await user.keyboard('{Enter}');
      await waitFor(() => expect(fetchMock).toHaveBeenCalledTimes(1));

      expect(apiKeyInput()).toHaveAttribute('readonly');
      expect(apiKeyInput()).toHaveFocus();
      await user.keyboard('{Backspace}x');
      await user.paste(STRIPE_LIVE_KEY);
      // With spaces around it too, which the field takes off a pasted key itself.
      await user.paste(` ${STRIPE_LIVE_KEY}\n`);
      expect(apiKeyInput()).toHaveValue(STRIPE_TEST_KEY);
      // The radios are held by their group (a click, or an arrow key, is cancelled): e2e/validation.spec.ts
      // checks that in a browser, as jsdom does not put back the radio checked before a cancelled click.
      expect(screen.getByRole('radiogroup', { name: 'Environment' })).toHaveAttribute('aria-disabled', 'true');

      act(() => release(json(401, { error: { code: 'invalid_credentials', message: 'Stripe did not accept this key.', field: 'api_key' } })));
      expect(await screen.findByText('Stripe did not accept this key.')).toBeInTheDocument();
      expect(apiKeyInput()).toHaveValue(STRIPE_TEST_KEY);
      expect(apiKeyInput()).not.toHaveAttribute('readonly');
      expect(screen.getByRole('radiogroup', { name: 'Environment' })).not.toHaveAttribute('aria-disabled');
      await user.click(radio('Production'));
      expect(radio('Production')).toBeChecked();
    });

    it('sends the same Idempotency-Key when the user leaves a submission in flight with Back and sends the same inputs again', async () => {
      answer(() => new Promise<Response>(() => {}));
      const { user } = renderHub();
      const connectWith = async (key: string) => {
        await user.click(await screen.findByRole('button', { name: /^Stripe/ }));
        await pasteInto(user, await screen.findByLabelText('API Key'), key);
        await user.click(connectButton());
        await screen.findByRole('button', { name: 'Connecting…' });
        await user.click(screen.getByRole('button', { name: 'Back' }));
      };
      await connectWith(STRIPE_TEST_KEY);
      // The backend may have linked the account before the request was cancelled: the same
      // submission again must be known as the same.
      await connectWith(STRIPE_TEST_KEY);
      await connectWith(`${STRIPE_TEST_KEY}x`);
      expect(fetchMock).toHaveBeenCalledTimes(3);
      const keys = [0, 1, 2].map((index) => sent(index).headers.get('Idempotency-Key'));
      expect(keys[0]).toMatch(UUID);
      expect(keys[1]).toBe(keys[0]);
      expect(keys[2]).not.toBe(keys[0]);
    });

    it('sends a new Idempotency-Key after a refusal, which ends the submission: the user may have fixed the key at the provider', async () => {
      answer(() => json(403, { error: { code: 'insufficient_permissions', message: 'This key cannot read customers.', field: 'api_key' } }));
      const { user } = renderHub();
      const connectWith = async (key: string) => {
        await user.click(await screen.findByRole('button', { name: /^Stripe/ }));
        await pasteInto(user, await screen.findByLabelText('API Key'), key);
        await user.click(connectButton());
        await screen.findByText('This key cannot read customers.');
      };
      await connectWith(STRIPE_TEST_KEY);
      await user.click(connectButton());
      await waitFor(() => expect(fetchMock).toHaveBeenCalledTimes(2));
      await user.click(screen.getByRole('button', { name: 'Back' }));
      await connectWith(STRIPE_TEST_KEY);
      const keys = [0, 1, 2].map((index) => sent(index).headers.get('Idempotency-Key'));
      expect(new Set(keys).size).toBe(3);
    });

    it.each([
      ['already_connected', 409, 'a new key: the backend keeps that answer for the old one', false],
      ['request_in_progress', 409, 'the same key: that one is still being processed', true],
      ['unauthorized', 401, 'the same key: the answer was about the session, before the backend looked at the submission', true],
    ] as const)('sends, on Try again after %s (%i), %s', async (code, status, _, same) => {
      answer(() => json(status, { error: { code, message: 'Not this time.' } }));
      const { user } = renderHub({ provider: 'stripe' });
      await pasteInto(user, apiKeyInput(), STRIPE_TEST_KEY);
      await user.click(connectButton());
      await user.click(await screen.findByRole('button', { name: 'Try again' }));
      await waitFor(() => expect(fetchMock).toHaveBeenCalledTimes(2));
      const [first, again] = [sent(0).headers.get('Idempotency-Key'), sent(1).headers.get('Idempotency-Key')];
      expect(first).toMatch(UUID);
      if (same) expect(again).toBe(first);
      else expect(again).not.toBe(first);
    });

    it('sends the same inputs to another endpoint under another Idempotency-Key', async () => {
      // An answer that leaves open whether the backend linked the account: the key is kept for the same inputs.
      answer(() => json(500, { error: { code: 'internal', message: 'Something broke on our side.' } }));
      const { user, rerender } = renderHub({ provider: 'stripe', endpoint: '/tenant-a/connect' });
      await pasteInto(user, apiKeyInput(), STRIPE_TEST_KEY);
      await user.click(connectButton());
      await screen.findByText('Something broke on our side.');
      rerender(<ConnectHub provider="stripe" endpoint="/tenant-b/connect" />);
      await user.click(screen.getByRole('button', { name: 'Try again' }));
      await waitFor(() => expect(fetchMock).toHaveBeenCalledTimes(2));
      expect(sent(1).url).toBe('/tenant-b/connect');
      expect(sent(1).headers.get('Idempotency-Key')).not.toBe(sent(0).headers.get('Idempotency-Key'));
    });

    it('sends nothing, and says nothing was sent, when Back comes before the request has left', async () => {
      const digest = crypto.subtle.digest.bind(crypto.subtle);
      let goOn = () => {};
      vi.spyOn(crypto.subtle, 'digest').mockImplementation(
        (...args: Parameters<typeof digest>) => new Promise((resolve) => (goOn = () => resolve(digest(...args)))),
      );
      const events: string[] = [];
      const { user } = renderHub({ onEvent: (event) => events.push(event.type) });
      await user.click(await screen.findByRole('button', { name: /^Stripe/ }));
      await pasteInto(user, await screen.findByLabelText('API Key'), STRIPE_TEST_KEY);
      await user.click(connectButton());
      await user.click(screen.getByRole('button', { name: 'Back' }));
      await act(async () => goOn());
      await new Promise((resolve) => setTimeout(resolve, 20));
      expect(fetchMock).not.toHaveBeenCalled();
      expect(events).toEqual(['open', 'select_provider']);
    });

    it('sends each attempt of a submission to the endpoint it started with, though the host changes it meanwhile', async () => {
      let calls = 0;
      answer(() => (++calls === 1 ? json(503, { error: { code: 'unavailable', message: 'Down for a moment.' } }) : json(200, { account: stripeAccount })));
      vi.spyOn(Math, 'random').mockReturnValue(0);
      const { user, rerender } = renderHub({ provider: 'stripe', endpoint: '/tenant-a/connect' });
      await pasteInto(user, apiKeyInput(), STRIPE_TEST_KEY);
      await user.click(connectButton());
      await screen.findByText('Still connecting: attempt 2 of 3…');
      rerender(<ConnectHub provider="stripe" endpoint="https://tenant-b.example/connect" />);

      expect(await screen.findByRole('heading', { name: 'Stripe connected' }, { timeout: 3000 })).toBeInTheDocument();
      expect([sent(0).url, sent(1).url]).toEqual(['/tenant-a/connect', '/tenant-a/connect']);
    });

    it('uses a new Idempotency-Key when the key changes and the user connects again', async () => {
      answer(() => json(401, { error: { code: 'invalid_credentials', message: 'Stripe did not accept this key.' } }));
      const { user } = renderHub({ provider: 'stripe' });
      await pasteInto(user, apiKeyInput(), STRIPE_TEST_KEY);
      await user.click(connectButton());
      expect(await screen.findByText('Stripe did not accept this key.')).toBeInTheDocument();

      await user.clear(apiKeyInput());
      await pasteInto(user, apiKeyInput(), 'sk_test_anotherKey0123456789abcd');
      await user.click(connectButton());
      await waitFor(() => expect(fetchMock).toHaveBeenCalledTimes(2));
      expect(sent(1).body).toMatchObject({ credentials: { api_key: 'sk_test_anotherKey0123456789abcd' } });
      expect(sent(1).headers.get('Idempotency-Key')).toMatch(UUID);
      expect(sent(1).headers.get('Idempotency-Key')).not.toBe(sent(0).headers.get('Idempotency-Key'));
    });

    it('sends one request however often Connect is pressed while it is busy', async () => {
      let respond: (response: Response) => void = () => {};
      answer(() => new Promise<Response>((resolve) => (respond = resolve)));
      const { user } = renderHub({ provider: 'stripe' });
      await pasteInto(user, apiKeyInput(), STRIPE_TEST_KEY);
      await user.dblClick(connectButton());

      const busy = await screen.findByRole('button', { name: 'Connecting…' });
      expect(busy).toHaveAttribute('aria-disabled', 'true');
      await user.click(busy);
      await user.type(apiKeyInput(), '{Enter}');
      expect(fetchMock).toHaveBeenCalledTimes(1);

      await act(async () => respond(json(200, { account: stripeAccount })));
      expect(await screen.findByRole('heading', { name: 'Stripe connected' })).toBeInTheDocument();
      expect(fetchMock).toHaveBeenCalledTimes(1);
    });

    it('cancels the request in flight when the widget goes away', async () => {
      answer(() => new Promise<Response>(() => {}));
      const { user, unmount } = renderHub({ provider: 'stripe' });
      await pasteInto(user, apiKeyInput(), STRIPE_TEST_KEY);
      await user.click(connectButton());
      await waitFor(() => expect(fetchMock).toHaveBeenCalledTimes(1));
      const signal = sent().init?.signal;
      expect(signal?.aborted).toBe(false);
      unmount();
      expect(signal?.aborted).toBe(true);
    });
  });

  describe('given a submission that takes seconds', () => {
    /** A backend that never answers; its request fails as browsers' do when aborted. */
    function hang(): Promise<Response> {
      const init = fetchMock.mock.lastCall?.[1];
      return new Promise<Response>((_, reject) =>
        init?.signal?.addEventListener('abort', () => reject(new DOMException('The operation was aborted.', 'AbortError'))),
      );
    }

    /** A Stripe test key sent; the backend answers 503, its retry hangs, and the user presses Stop. */
    async function stopDuringRetry() {
      answer(() => (fetchMock.mock.calls.length === 1 ? json(503, { error: { code: 'unavailable', message: 'Down for a moment.' } }) : hang()));
      vi.spyOn(Math, 'random').mockReturnValue(0);
      const rendered = renderHub({ provider: 'stripe' });
      await pasteInto(rendered.user, apiKeyInput(), STRIPE_TEST_KEY);
      await rendered.user.click(connectButton());
      await rendered.user.click(await screen.findByRole('button', { name: 'Stop' }));
      return rendered;
    }

    it('offers Stop once the first attempt has taken 5 seconds, and not before', async () => {
      vi.useFakeTimers({ shouldAdvanceTime: true });
      try {
        answer(hang);
        const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
        render(<ConnectHub endpoint="/api/connect" provider="stripe" />);
        await pasteInto(user, apiKeyInput(), STRIPE_TEST_KEY);
        await user.click(connectButton());
        await waitFor(() => expect(fetchMock).toHaveBeenCalledTimes(1));

        await act(async () => vi.advanceTimersByTime(SLOW_MS - 500));
        expect(screen.queryByRole('button', { name: 'Stop' })).not.toBeInTheDocument();
        expect(screen.queryByText('Still connecting…')).not.toBeInTheDocument();

        await act(async () => vi.advanceTimersByTime(500));
        expect(screen.getByText('Still connecting…')).toHaveAttribute('role', 'status');
        expect(screen.getByRole('button', { name: 'Stop' })).toBeVisible();
      } finally {
        vi.useRealTimers();
      }
    });

    it('stops it: no more attempts, the form is the user’s again, and the focus waits on Connect', async () => {
      let calls = 0;
      answer(() => (++calls === 1 ? json(503, { error: { code: 'unavailable', message: 'Down for a moment.' } }) : hang()));
      vi.spyOn(Math, 'random').mockReturnValue(0);
      const events: Array<{ type: string; code?: string | undefined }> = [];
      const errors: ConnectError[] = [];
      const { user } = renderHub({
        provider: 'stripe',
        onEvent: ({ type, code }) => events.push({ type, code }),
        onError: (error) => errors.push(error),
      });
      await pasteInto(user, apiKeyInput(), STRIPE_TEST_KEY);
      await user.click(connectButton());
      await screen.findByText('Still connecting: attempt 2 of 3…');
      await waitFor(() => expect(fetchMock).toHaveBeenCalledTimes(2));

      // Not in a region marked busy, where a screen reader may hold it back until the wait is over.
      expect(screen.getByText('Still connecting: attempt 2 of 3…').closest('[aria-busy="true"]')).toBeNull();
      await user.click(screen.getByRole('button', { name: 'Stop' }));
      expect(sent(1).init?.signal?.aborted).toBe(true);
      expect(screen.getByText("Stopped. You can try again: the account won't be linked twice.")).toHaveAttribute('role', 'status');
      expect(screen.queryByRole('button', { name: 'Stop' })).not.toBeInTheDocument();
      expect(connectButton()).toHaveFocus();
      expect(connectButton()).not.toHaveAttribute('aria-disabled');
      expect(apiKeyInput()).not.toHaveAttribute('readonly');
      expect(screen.queryByRole('alert')).not.toBeInTheDocument();
      // Told as the end of the submission, not as a failure to report.
      expect(events.slice(-2)).toEqual([{ type: 'submit', code: undefined }, { type: 'error', code: 'aborted' }]);
      expect(errors).toEqual([]);
      // Past the wait a retry would have had.
      await new Promise((resolve) => setTimeout(resolve, 1_000));
      expect(fetchMock).toHaveBeenCalledTimes(2);
    });

    it('sends the same inputs again under the same Idempotency-Key, and never the stopped one’s retry', async () => {
      // The clock is the test's: however slow the machine, Stop comes during the retry's wait.
      vi.useFakeTimers({ shouldAdvanceTime: true });
      try {
        let release = (_: Response) => {};
        // The retry waits the 10 seconds the backend asks for: Stop comes during that wait, and Connect again.
        answer(() =>
          fetchMock.mock.calls.length === 1
            ? json(503, { error: { code: 'unavailable', message: 'Down for a moment.' } }, { 'Retry-After': '10' })
            : new Promise<Response>((resolve) => (release = resolve)),
        );
        const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
        render(<ConnectHub endpoint="/api/connect" provider="stripe" />);
        await pasteInto(user, apiKeyInput(), STRIPE_TEST_KEY);
        await user.click(connectButton());
        await user.click(await screen.findByRole('button', { name: 'Stop' }));
        await user.click(connectButton());
        await waitFor(() => expect(fetchMock).toHaveBeenCalledTimes(2));

        // Past the wait the stopped submission's retry had: one request for each press.
        await act(async () => vi.advanceTimersByTime(11_000));
        expect(fetchMock).toHaveBeenCalledTimes(2);
        expect(sent(1).headers.get('Idempotency-Key')).toBe(sent(0).headers.get('Idempotency-Key'));
        act(() => release(json(200, { account: stripeAccount })));
        expect(await screen.findByRole('heading', { name: 'Stripe connected' })).toBeInTheDocument();
      } finally {
        vi.useRealTimers();
      }
    });

    /** A Stop pressed after the answer came, before the form re-rendered without the button. */
    async function stopRightAfter(answerWith: Response, events: Array<{ type: string; code?: string | undefined }>) {
      let calls = 0;
      let release = (_: Response) => {};
      answer(() =>
        ++calls === 1
          ? json(503, { error: { code: 'unavailable', message: 'Down for a moment.' } })
          : new Promise<Response>((resolve) => (release = resolve)),
      );
      vi.spyOn(Math, 'random').mockReturnValue(0);
      let stopButton: HTMLElement | undefined;
      const { user } = renderHub({
        provider: 'stripe',
        onEvent: ({ type, code }) => {
          events.push({ type, code });
          // As a click the browser ran between the answer and React's next render.
          if (type !== 'submit') queueMicrotask(() => stopButton?.click());
        },
      });
      await pasteInto(user, apiKeyInput(), STRIPE_TEST_KEY);
      await user.click(connectButton());
      stopButton = await screen.findByRole('button', { name: 'Stop' });
      await waitFor(() => expect(fetchMock).toHaveBeenCalledTimes(2));
      release(answerWith);
    }

    it('does nothing once the answer has come: a success is not followed by an aborted error', async () => {
      const events: Array<{ type: string; code?: string | undefined }> = [];
      await stopRightAfter(json(200, { account: stripeAccount }), events);
      expect(await screen.findByRole('heading', { name: 'Stripe connected' })).toBeInTheDocument();
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(events.slice(-2)).toEqual([{ type: 'submit', code: undefined }, { type: 'success', code: undefined }]);
    });

    it('does nothing once the answer has come: a refusal is the last word, with its alert alone', async () => {
      const events: Array<{ type: string; code?: string | undefined }> = [];
      await stopRightAfter(json(422, { error: { code: 'insufficient_permissions', message: 'This key cannot read balances.' } }), events);
      expect(await screen.findByRole('alert')).toHaveTextContent('This key cannot read balances.');
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(events.slice(-2)).toEqual([{ type: 'submit', code: undefined }, { type: 'error', code: 'insufficient_permissions' }]);
      expect(screen.queryByText(/^Stopped\./)).not.toBeInTheDocument();
    });

    it('on a page without WebCrypto, where the same inputs get a new key, does not promise that Connect again cannot link twice', async () => {
      // Outside a secure context, crypto.subtle is undefined: the inputs cannot be known again.
      vi.spyOn(crypto.subtle, 'digest').mockRejectedValue(new TypeError('crypto.subtle is undefined'));
      const { user } = await stopDuringRetry();
      expect(screen.queryByText(/won't be linked twice/)).not.toBeInTheDocument();
      expect(screen.getByText('Stopped. The account may have been linked already: check before you try again.')).toHaveAttribute('role', 'status');
    });

    it('says “Stopped” only until the inputs change: other inputs are a new submission, under a new key', async () => {
      const { user } = await stopDuringRetry();
      expect(screen.getByText(/^Stopped\./)).toBeInTheDocument();
      await user.type(apiKeyInput(), 'x');
      expect(screen.queryByText(/^Stopped\./)).not.toBeInTheDocument();
    });
  });

  describe('given the backend rejects a field', () => {
    it('reads a key its message quotes, shown as ••••, as words, not "bullet bullet bullet bullet"', async () => {
      answer(() => json(401, { error: { code: 'invalid_credentials', message: `Stripe did not accept “${STRIPE_TEST_KEY}”.`, field: 'api_key' } }));
      const { user } = renderHub({ provider: 'stripe' });
      await pasteInto(user, apiKeyInput(), STRIPE_TEST_KEY);
      await user.click(connectButton());
      await waitFor(() => expect(apiKeyInput()).toHaveAttribute('aria-invalid', 'true'));
      expect(apiKeyInput()).toHaveAccessibleDescription(/^Stripe did not accept “hidden value”\./);
      expect(screen.getByText('••••')).toBeInTheDocument();
    });

    it('shows its message on that field', async () => {
      answer(() =>
        json(401, { error: { code: 'invalid_credentials', message: 'Shortcut did not accept this token.', field: 'api_token' } }),
      );
      const onError = vi.fn<(error: ConnectError) => void>();
      const { user } = renderHub({ provider: 'shortcut', onError });
      const input = screen.getByLabelText('API Token');
      await pasteInto(user, input, SHORTCUT_TOKEN);
      await user.click(connectButton());

      expect(await screen.findByText('Shortcut did not accept this token.')).toBeInTheDocument();
      expect(input).toHaveAttribute('aria-invalid', 'true');
      expect(input).toHaveAccessibleDescription(expect.stringContaining('Shortcut did not accept this token.'));
      expect(input).toHaveFocus();
      expect(screen.queryByRole('button', { name: 'Try again' })).not.toBeInTheDocument();
      expect(onError).toHaveBeenCalledTimes(1);
      expect(onError.mock.calls[0]?.[0]).toMatchObject({ code: 'invalid_credentials', status: 401, field: 'api_token' });
    });

    it('keeps the message on a key field whose prefix names an environment (Stripe)', async () => {
      answer(() =>
        json(401, { error: { code: 'invalid_credentials', message: 'Stripe did not accept this key.', field: 'api_key' } }),
      );
      const { user } = renderHub({ provider: 'stripe' });
      await pasteInto(user, apiKeyInput(), STRIPE_TEST_KEY);
      await user.click(connectButton());

      expect(await screen.findByText('Stripe did not accept this key.')).toBeInTheDocument();
      // Still there after the form's effects have run.
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(screen.getByText('Stripe did not accept this key.')).toBeInTheDocument();
      expect(apiKeyInput()).toHaveAttribute('aria-invalid', 'true');
      expect(apiKeyInput()).toHaveAccessibleDescription(expect.stringContaining('Stripe did not accept this key.'));
    });

    it('shows an environment message on the environment choice', async () => {
      answer(() =>
        json(422, { error: { code: 'wrong_environment', message: 'This account has no live mode yet.', field: 'environment' } }),
      );
      const { user } = renderHub({ provider: 'stripe' });
      await user.click(radio('Production'));
      await pasteInto(user, apiKeyInput(), STRIPE_LIVE_KEY);
      await user.click(connectButton());

      expect(await screen.findByText('This account has no live mode yet.')).toBeInTheDocument();
      const group = screen.getByRole('radiogroup', { name: 'Environment' });
      expect(group).toHaveAttribute('aria-invalid', 'true');
      expect(group).toHaveAccessibleDescription(expect.stringContaining('This account has no live mode yet.'));
    });

    it('puts the focus on the environment the user chose when the backend rejects it', async () => {
      answer(() =>
        json(422, { error: { code: 'wrong_environment', message: 'Test Mode is turned off for this account.', field: 'environment' } }),
      );
      const { user } = renderHub({ provider: 'stripe' });
      await pasteInto(user, apiKeyInput(), STRIPE_TEST_KEY);
      expect(radio('Test Mode')).toBeChecked();
      await user.click(connectButton());

      expect(await screen.findByText('Test Mode is turned off for this account.')).toBeInTheDocument();
      await waitFor(() => expect(radio('Test Mode')).toHaveFocus());
    });

    it('says a message for a field this form does not have in a form-level alert, not nowhere', async () => {
      answer(() => json(422, { error: { code: 'invalid_field', message: 'The webhook secret is missing.', field: 'webhook_secret' } }));
      const { user } = renderHub({ provider: 'stripe' });
      await pasteInto(user, apiKeyInput(), STRIPE_TEST_KEY);
      await user.click(connectButton());

      expect(await screen.findByRole('alert')).toHaveTextContent('The webhook secret is missing.');
      expect(apiKeyInput()).not.toHaveAttribute('aria-invalid');
    });

    it('says an environment message in a form-level alert when the provider has no environments', async () => {
      answer(() => json(422, { error: { code: 'wrong_environment', message: 'This workspace is archived.', field: 'environment' } }));
      const { user } = renderHub({ provider: 'shortcut' });
      await pasteInto(user, screen.getByLabelText('API Token'), SHORTCUT_TOKEN);
      await user.click(connectButton());

      expect(await screen.findByRole('alert')).toHaveTextContent('This workspace is archived.');
      expect(screen.queryByRole('radiogroup')).not.toBeInTheDocument();
    });
  });

  describe('given the backend fails without naming a field', () => {
    it('shows a form-level alert with Try again, which sends the same submission again', async () => {
      answer(() => json(500, { error: { code: 'internal', message: 'Something broke on our side.' } }));
      const onError = vi.fn<(error: ConnectError) => void>();
      const { user } = renderHub({ provider: 'stripe', onError });
      await pasteInto(user, apiKeyInput(), STRIPE_TEST_KEY);
      await user.click(connectButton());

      const alert = await screen.findByRole('alert');
      // The message alone, without its button's name read out after it.
      expect(alert).toHaveTextContent(/^Something broke on our side\.$/);
      expect(fetchMock).toHaveBeenCalledTimes(1);
      expect(onError.mock.calls[0]?.[0]).toMatchObject({ name: 'ConnectError', code: 'internal', status: 500 });
      const firstKey = sent(0).headers.get('Idempotency-Key');

      let answerNow = (_response: Response) => {};
      answer(() => new Promise<Response>((resolve) => (answerNow = resolve)));
      await user.click(screen.getByRole('button', { name: 'Try again' }));
      // Try again goes with its alert: the focus waits on Connect, not on the page's body.
      expect(await screen.findByRole('button', { name: 'Connecting…' })).toHaveFocus();
      answerNow(json(200, { account: stripeAccount }));
      expect(await screen.findByRole('heading', { name: 'Stripe connected' })).toBeInTheDocument();
      expect(fetchMock).toHaveBeenCalledTimes(1);
      expect(sent(0).headers.get('Idempotency-Key')).toBe(firstKey);
    });

    it('takes the alert away when Try again finds the form no longer filled in, and says what is missing', async () => {
      answer(() => json(500, { error: { code: 'internal', message: 'Something broke on our side.' } }));
      const { user } = renderHub({ provider: 'stripe' });
      await pasteInto(user, apiKeyInput(), STRIPE_TEST_KEY);
      await user.click(connectButton());
      expect(await screen.findByRole('alert')).toHaveTextContent('Something broke on our side.');

      await user.clear(apiKeyInput());
      await user.click(screen.getByRole('button', { name: 'Try again' }));
      expect(await screen.findByRole('alert')).toHaveTextContent('Enter your API Key.');
      expect(screen.queryByText('Something broke on our side.')).not.toBeInTheDocument();
      expect(apiKeyInput()).toHaveFocus();
      expect(fetchMock).toHaveBeenCalledTimes(1);
    });

    it('still says what happened, with the status, when the body is not JSON', async () => {
      answer(() => new Response('<html>Internal Server Error</html>', { status: 500, headers: { 'Content-Type': 'text/html' } }));
      const onError = vi.fn<(error: ConnectError) => void>();
      const { user } = renderHub({ provider: 'stripe', onError });
      await pasteInto(user, apiKeyInput(), STRIPE_TEST_KEY);
      await user.click(connectButton());

      expect(await screen.findByRole('alert')).toHaveTextContent('HTTP 500');
      expect(screen.getByRole('button', { name: 'Try again' })).toBeInTheDocument();
      expect(onError.mock.calls[0]?.[0]).toMatchObject({ code: 'http_error', status: 500 });
    });

    it('has no axe violations while showing the alert', async () => {
      answer(() => json(500, { error: { code: 'internal', message: 'Something broke on our side.' } }));
      const { container, user } = renderHub({ provider: 'stripe' });
      await pasteInto(user, apiKeyInput(), STRIPE_TEST_KEY);
      await user.click(connectButton());
      await screen.findByRole('alert');
      await expectNoAxeViolations(container);
    }, AXE_TIMEOUT_MS);
  });

  describe('given the user is offline', () => {
    it('says so, sends nothing, and lets the user connect once back online', async () => {
      Object.defineProperty(navigator, 'onLine', { value: false, configurable: true });
      const onError = vi.fn<(error: ConnectError) => void>();
      const { user } = renderHub({ provider: 'stripe', onError });
      await pasteInto(user, apiKeyInput(), STRIPE_TEST_KEY);
      await user.click(connectButton());

      const alert = await screen.findByRole('alert');
      expect(alert).toHaveTextContent('You are offline. Check your connection, then try again.');
      expect(screen.queryByRole('button', { name: 'Try again' })).not.toBeInTheDocument();
      expect(fetchMock).not.toHaveBeenCalled();
      expect(onError.mock.calls[0]?.[0]).toMatchObject({ code: 'offline' });
      // Pressed again while still offline: a new alert, which a screen reader announces again
      // (the same text changed in place would be silent).
      await user.click(connectButton());
      await waitFor(() => expect(onError).toHaveBeenCalledTimes(2));
      expect(alert).not.toBeInTheDocument();
      expect(screen.getByRole('alert')).toHaveTextContent('You are offline.');

      Object.defineProperty(navigator, 'onLine', { value: true, configurable: true });
      act(() => {
        window.dispatchEvent(new Event('online'));
      });
      expect(screen.queryByRole('alert')).not.toBeInTheDocument();
      await user.click(connectButton());
      expect(await screen.findByRole('heading', { name: 'Stripe connected' })).toBeInTheDocument();
      expect(fetchMock).toHaveBeenCalledTimes(1);
    });
  });
});
