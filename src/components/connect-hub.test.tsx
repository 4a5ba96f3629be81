import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { startTransition, Suspense, useState, type ReactNode } from 'react';
import { afterEach, beforeAll, beforeEach, describe, expect, expectTypeOf, it, vi, type Mock } from 'vitest';
import { ConnectError } from '../connect/connect-error.js';
import type { ConnectedAccount } from '../contract/contract.js';
import { expectNoAxeViolations } from '../test/axe.js';
import { renderHub } from '../test/render.js';
import { polyfillModalDialog } from '../test/dialog.js';
import { collectSurfacedErrors } from '../test/surfaced-errors.js';
import { ConnectHub, type ConnectHubProps } from './connect-hub.js';
import type { ConnectEvent } from './connect-hub-context.js';
import { ProviderPicker } from './provider-picker.js';

/** A unique token per run, so finding it anywhere proves a leak. */
const CANARY = `sk_test_CANARY${crypto.randomUUID().replace(/-/g, '')}`;

function json(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
}

const stripeAccount = { id: 'acct_1', provider: 'stripe', environment: 'test', name: 'Acme Ltd' };

let fetchMock: Mock<typeof fetch>;
function answer(make: () => Response | Promise<Response>) {
  fetchMock = vi.fn<typeof fetch>(async () => make());
  vi.stubGlobal('fetch', fetchMock);
}

beforeEach(() => {
  answer(() => json(200, { account: stripeAccount }));
});

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

type User = ReturnType<typeof renderHub>['user'];

async function connectStripe(user: User, scope: Pick<typeof screen, 'getByLabelText' | 'getByRole'> = screen) {
  await user.click(scope.getByLabelText('API Key'));
  await user.paste(CANARY);
  await user.click(scope.getByRole('button', { name: 'Connect' }));
}

/** Render errors are also reported to the console by React; keep the test output readable. */
function silenceConsoleErrors() {
  vi.spyOn(console, 'error').mockImplementation(() => {});
}

describe('ConnectHub', () => {
  describe('the provider screen', () => {
    it('shows the provider warning as a "Before you start" note', () => {
      renderHub({ provider: 'stripe' });
      const note = screen.getByRole('note', { name: 'Before you start' });
      expect(note).toHaveTextContent('You need access to your Stripe Dashboard, with permissions that let you view API keys.');
    });

    it('shows the description as the same plain text the picker shows', async () => {
      const { defineProvider, shortcut } = await import('../index.js');
      const acme = defineProvider({ ...shortcut, id: 'acme', name: 'Acme', description: 'Sync **contacts** from `Acme`.' });
      const { user } = renderHub({ providers: [acme] });
      await user.click(screen.getByRole('button', { name: /^Acme/ }));
      expect(await screen.findByRole('heading', { level: 2, name: 'Acme' })).toBeInTheDocument();
      expect(screen.getByText('Sync **contacts** from `Acme`.')).toBeInTheDocument();
    });

    it('shows the guide in sections with numbered steps', () => {
      renderHub({ provider: 'stripe' });
      const guide = screen.getByRole('region', { name: 'Create your Stripe credentials' });
      // One landmark for the guide, not one more per section.
      expect(within(guide).queryAllByRole('region')).toEqual([]);
      const section = within(guide).getByRole('heading', { level: 4, name: 'Find your API keys' }).closest('section')!;
      const [steps] = within(section).getAllByRole('list');
      expect(steps).toBeInstanceOf(HTMLOListElement);
      const stepItems = within(steps!)
        .getAllByRole('listitem')
        .filter((item) => item.parentElement === steps);
      expect(stepItems.map((item) => item.firstElementChild?.textContent)).toEqual([
        'Sign in to Stripe',
        'Switch to Test mode (if needed)',
        'Open the API keys page',
        'Reveal and copy your Secret key',
      ]);
      expect(within(guide).getByRole('list', { name: 'Permissions needed' })).toHaveTextContent('Customers: Read (the minimum)');
    });

    it('opens guide links in a new tab without handing over the page', () => {
      renderHub({ provider: 'stripe' });
      const guide = screen.getByRole('region', { name: 'Create your Stripe credentials' });
      const links = within(guide).getAllByRole('link');
      expect(links.length).toBeGreaterThanOrEqual(3);
      for (const link of links) {
        expect(link).toHaveAttribute('target', '_blank');
        expect(link).toHaveAttribute('rel', 'noopener noreferrer');
        expect(link.getAttribute('href')).toMatch(/^https:\/\//);
      }
      expect(within(guide).getByRole('link', { name: /^Stripe account/ })).toHaveAttribute('href', expect.stringMatching(/^https:\/\/dashboard\.stripe\.com\/?$/));
    });

    it.each(['shortcut', 'launchdarkly'])('shows no environment choice for %s', (provider) => {
      renderHub({ provider });
      expect(screen.queryByRole('radiogroup', { name: 'Environment' })).not.toBeInTheDocument();
      expect(screen.queryByRole('radio', { name: /Production|Sandbox|Test Mode/ })).not.toBeInTheDocument();
    });

    it('offers Production and Test Mode for Stripe, neither chosen', () => {
      renderHub({ provider: 'stripe' });
      const group = screen.getByRole('radiogroup', { name: 'Environment' });
      const radios = within(group).getAllByRole('radio');
      expect(radios).toHaveLength(2);
      expect(within(group).getByRole('radio', { name: /^Production/ })).not.toBeChecked();
      expect(within(group).getByRole('radio', { name: /^Test Mode/ })).not.toBeChecked();
    });

    it('"Go to the form" puts the focus in the key field, where a phone opens its keyboard: the key picks the environment', async () => {
      const { user } = renderHub({ provider: 'stripe' });
      await user.click(screen.getByRole('button', { name: 'Already have your API Key? Go to the form' }));
      expect(screen.getByLabelText('API Key')).toHaveFocus();
      await user.paste(CANARY);
      expect(screen.getByRole('radio', { name: /^Test Mode/ })).toBeChecked();
    });

    it('"Go to the form" from the keyboard lands in the key field too, with the environment one Shift+Tab back', async () => {
      const { user } = renderHub({ provider: 'stripe' });
      screen.getByRole('button', { name: /Go to the form$/ }).focus();
      await user.keyboard('{Enter}');
      expect(screen.getByLabelText('API Key')).toHaveFocus();
      await user.tab({ shift: true });
      expect(screen.getByRole('radiogroup', { name: 'Environment' })).toContainElement(document.activeElement as HTMLElement);
    });

    it('"Go to the form" puts the focus in the first field to type in, ahead of the choices after it', async () => {
      const { defineProvider, launchdarkly } = await import('../index.js');
      const workspace = { key: 'workspace', label: 'Workspace', kind: 'text' } as const;
      const acme = defineProvider({ ...launchdarkly, id: 'acme', name: 'Acme', fields: [workspace, ...launchdarkly.fields] });
      const { user } = renderHub({ providers: [acme], provider: 'acme' });
      await user.click(screen.getByRole('button', { name: /Go to the form$/ }));
      expect(screen.getByLabelText('Workspace')).toHaveFocus();
    });

    it('"Go to the form" puts the focus on the first choice of a form that has nothing to type in', async () => {
      const { defineProvider, launchdarkly } = await import('../index.js');
      const region = { key: 'region', label: 'Region', kind: 'select', options: [{ value: 'us', label: 'US' }, { value: 'eu', label: 'EU' }] } as const;
      const acme = defineProvider({ ...launchdarkly, id: 'acme', name: 'Acme', fields: [region] });
      const { user } = renderHub({ providers: [acme], provider: 'acme' });
      await user.click(screen.getByRole('button', { name: /Go to the form$/ }));
      expect(screen.getByRole('radio', { name: /^US/ })).toHaveFocus();
    });

    it('empties the key when the user goes back', async () => {
      const { user } = renderHub();
      await user.click(screen.getByRole('button', { name: 'Stripe' }));
      await user.click(screen.getByLabelText('API Key'));
      await user.paste(CANARY);
      await user.click(screen.getByRole('button', { name: 'Back' }));
      await user.click(screen.getByRole('button', { name: 'Stripe' }));
      expect(screen.getByLabelText('API Key')).toHaveValue('');
      expect(document.body.innerHTML).not.toContain(CANARY);
    });
  });

  describe('given a successful connection', () => {
    it('confirms the provider and account, and tells the host', async () => {
      const onSuccess = vi.fn<(account: ConnectedAccount) => void>();
      const { user } = renderHub({ onSuccess });
      await user.click(screen.getByRole('button', { name: 'Stripe' }));
      await connectStripe(user);

      const heading = await screen.findByRole('heading', { level: 2, name: 'Stripe connected' });
      expect(heading).toHaveFocus();
      // Where the focus lands, a screen reader hears which account was linked, not only the heading.
      expect(heading).toHaveAccessibleDescription('Acme Ltd (Test Mode) is now linked.');
      expect(onSuccess).toHaveBeenCalledTimes(1);
      expect(onSuccess).toHaveBeenCalledWith(stripeAccount);
      expect(JSON.stringify(onSuccess.mock.calls)).not.toContain(CANARY);
      expect(document.body.innerHTML).not.toContain(CANARY);
    });

    it('has no axe violations on the confirmation, with Done and Connect another account', async () => {
      const { container, user } = renderHub({ onClose: () => {} });
      await user.click(screen.getByRole('button', { name: 'Stripe' }));
      await connectStripe(user);
      await screen.findByRole('heading', { name: 'Stripe connected' });
      expect(screen.getByRole('button', { name: 'Done' })).toBeInTheDocument();
      expect(screen.getByRole('button', { name: 'Connect another account' })).toBeInTheDocument();
      await expectNoAxeViolations(container);
    }, 15_000);

    it('reports open, select_provider, submit and success, never with the credential', async () => {
      const events: ConnectEvent[] = [];
      const { user } = renderHub({ onEvent: (event) => events.push(event) });
      await user.click(screen.getByRole('button', { name: 'Stripe' }));
      await connectStripe(user);
      await screen.findByRole('heading', { name: 'Stripe connected' });

      expect(events.map((event) => event.type)).toEqual(['open', 'select_provider', 'submit', 'success']);
      expect(events[1]).toMatchObject({ provider: 'stripe' });
      expect(events[2]).toMatchObject({ provider: 'stripe', environment: 'test' });
      expect(events[3]).toMatchObject({ provider: 'stripe', environment: 'test' });
      for (const event of events) expect(event.at).toEqual(expect.any(Number));
      expect(JSON.stringify(events)).not.toContain(CANARY);
    });

    it('keeps the confirmation when the host onSuccess throws, and surfaces the host error', async () => {
      const surfaced = collectSurfacedErrors();
      const { user } = renderHub({
        provider: 'stripe',
        onSuccess: () => {
          throw new Error('host bug');
        },
      });
      await connectStripe(user);

      expect(await screen.findByRole('heading', { name: 'Stripe connected' })).toBeInTheDocument();
      await waitFor(() => expect(surfaced).toEqual([new Error('host bug')]));
      expect(screen.getByRole('heading', { name: 'Stripe connected' })).toBeInTheDocument();
    });
  });

  describe('given a failed connection', () => {
    it('gives onError a ConnectError with its code, without the credential', async () => {
      answer(() => json(401, { error: { code: 'invalid_credentials', message: `The key ${CANARY} is not valid.` } }));
      const onError = vi.fn<(error: ConnectError) => void>();
      const events: ConnectEvent[] = [];
      const { user } = renderHub({ provider: 'stripe', onError, onEvent: (event) => events.push(event) });
      await connectStripe(user);

      // Masked; read out as words (see credential-form.test.tsx).
      expect(await screen.findByRole('alert')).toHaveTextContent(/^The key ••••.* is not valid\.$/);
      expect(onError).toHaveBeenCalledTimes(1);
      const error = onError.mock.calls[0]?.[0];
      expect(error).toBeInstanceOf(ConnectError);
      expect(error).toMatchObject({ code: 'invalid_credentials', status: 401 });
      expect(error?.message).not.toContain(CANARY);
      expect(events.at(-1)).toMatchObject({ type: 'error', provider: 'stripe', environment: 'test', code: 'invalid_credentials' });
      expect(JSON.stringify(events)).not.toContain(CANARY);
      expect(screen.getByRole('alert').textContent).not.toContain(CANARY);
    });
  });

  describe('the onEvent stream', () => {
    /** What a host's analytics might send for an event, from a switch on its type. */
    function track(event: ConnectEvent): string {
      switch (event.type) {
        case 'open':
          expectTypeOf(event.provider).toEqualTypeOf<string | undefined>();
          return `open ${event.provider ?? 'picker'}`;
        case 'select_provider':
          expectTypeOf(event.provider).toEqualTypeOf<string>();
          expectTypeOf(event.environment).toEqualTypeOf<undefined>();
          return `select ${event.provider}`;
        case 'error':
          expectTypeOf(event.code).toEqualTypeOf<ConnectError['code']>();
          return `error ${event.provider} ${event.environment ?? '-'} ${event.code}`;
        case 'submit':
        case 'success':
          expectTypeOf(event.provider).toEqualTypeOf<string>();
          expectTypeOf(event.environment).toEqualTypeOf<string | undefined>();
          expectTypeOf(event.code).toEqualTypeOf<undefined>();
          return `${event.type} ${event.provider} ${event.environment ?? '-'}`;
        case 'close':
          expectTypeOf(event.provider).toEqualTypeOf<undefined>();
          return 'close';
      }
    }

    it('gives each event the fields its type says, which a switch on the type narrows to', async () => {
      let attempt = 0;
      answer(() => (++attempt === 1 ? json(401, { error: { code: 'invalid_credentials', message: 'Not valid.' } }) : json(200, { account: stripeAccount })));
      const events: ConnectEvent[] = [];
      const { user } = renderHub({ onClose: () => {}, onEvent: (event) => events.push(event) });
      await user.click(screen.getByRole('button', { name: 'Stripe' }));
      await connectStripe(user);
      await screen.findByRole('alert');
      await user.click(screen.getByRole('button', { name: 'Connect' }));
      await user.click(await screen.findByRole('button', { name: 'Done' }));

      const at = expect.any(Number);
      expect(events).toStrictEqual([
        { type: 'open', at },
        { type: 'select_provider', provider: 'stripe', at },
        { type: 'submit', provider: 'stripe', environment: 'test', at },
        { type: 'error', provider: 'stripe', environment: 'test', code: 'invalid_credentials', at },
        { type: 'submit', provider: 'stripe', environment: 'test', at },
        { type: 'success', provider: 'stripe', environment: 'test', at },
        { type: 'close', at },
      ]);
      expect(events.map(track)).toEqual([
        'open picker',
        'select stripe',
        'submit stripe test',
        'error stripe test invalid_credentials',
        'submit stripe test',
        'success stripe test',
        'close',
      ]);
    });

    it('still lets a host read any field before it knows the type, as one loose type did', () => {
      expectTypeOf<ConnectEvent['provider']>().toEqualTypeOf<string | undefined>();
      expectTypeOf<ConnectEvent['environment']>().toEqualTypeOf<string | undefined>();
      expectTypeOf<ConnectEvent['code']>().toEqualTypeOf<ConnectError['code'] | undefined>();
      const onEvent = ({ type, provider, code }: ConnectEvent) => [type, provider, code].join(' ');
      expect(onEvent({ type: 'error', provider: 'stripe', code: 'offline', at: 0 })).toBe('error stripe offline');
      expectTypeOf<{ type: 'close'; provider: string; at: number }>().not.toExtend<ConnectEvent>();
      expectTypeOf<{ type: 'error'; provider: string; at: number }>().not.toExtend<ConnectEvent>();
    });
  });

  describe('given a preselected provider', () => {
    it('skips the picker and offers no Back button', () => {
      renderHub({ provider: 'stripe' });
      expect(screen.getByRole('heading', { level: 2, name: 'Stripe' })).toBeInTheDocument();
      expect(screen.queryByRole('searchbox')).not.toBeInTheDocument();
      expect(screen.queryByRole('button', { name: 'Back' })).not.toBeInTheDocument();
    });

    it('does not take focus from the host page on first render', () => {
      renderHub({ provider: 'stripe' });
      expect(document.body).toHaveFocus();
    });

    it('reports open with the provider', () => {
      const onEvent = vi.fn<(event: ConnectEvent) => void>();
      renderHub({ provider: 'stripe', onEvent });
      expect(onEvent).toHaveBeenCalledTimes(1);
      expect(onEvent.mock.calls[0]?.[0]).toMatchObject({ type: 'open', provider: 'stripe' });
    });

    it('follows the host when it changes the provider, with Back only where there is a list to go back to', () => {
      const { rerender } = renderHub();
      rerender(<ConnectHub endpoint="/api/connect" provider="stripe" />);
      expect(screen.getByRole('heading', { level: 2, name: 'Stripe' })).toBeInTheDocument();
      expect(screen.queryByRole('button', { name: 'Back' })).not.toBeInTheDocument();
      rerender(<ConnectHub endpoint="/api/connect" provider="shortcut" />);
      expect(screen.getByRole('heading', { level: 2, name: 'Shortcut' })).toBeInTheDocument();
      rerender(<ConnectHub endpoint="/api/connect" />);
      expect(screen.getByRole('heading', { level: 2, name: 'Connect an account' })).toBeInTheDocument();
      expect(screen.getByRole('searchbox')).toBeInTheDocument();
    });

    it('throws an error naming an unknown provider', () => {
      silenceConsoleErrors();
      expect(() => renderHub({ provider: 'acme' })).toThrow(/"acme"/);
    });
  });

  describe('given onClose', () => {
    it('shows a Close button that calls it and reports close', async () => {
      const onClose = vi.fn();
      const onEvent = vi.fn<(event: ConnectEvent) => void>();
      const { user } = renderHub({ onClose, onEvent });
      await user.click(screen.getByRole('button', { name: 'Close' }));
      expect(onClose).toHaveBeenCalledTimes(1);
      expect(onEvent.mock.calls.map(([event]) => event.type)).toEqual(['open', 'close']);
    });

    it('puts Close after the screen, last in the reading and focus order, so the user hears where they are first', async () => {
      const { user } = renderHub({ onClose: vi.fn() });
      const order = () => screen.getAllByRole('button').map((button) => button.getAttribute('aria-label') ?? button.textContent);
      expect(screen.getByRole('heading', { level: 2 }).compareDocumentPosition(screen.getByRole('button', { name: 'Close' }))).toBe(
        Node.DOCUMENT_POSITION_FOLLOWING,
      );
      expect(order().at(-1)).toBe('Close');
      await user.click(screen.getByRole('button', { name: 'Stripe' }));
      await screen.findByLabelText('API Key');
      expect(order().slice(-2)).toEqual(['Connect', 'Close']);
    });

    it('shows no Close button without it', () => {
      renderHub();
      expect(screen.queryByRole('button', { name: 'Close' })).not.toBeInTheDocument();
    });
  });

  describe('given modal mode, on each screen', () => {
    beforeAll(polyfillModalDialog);

    it('names the dialog by the heading of the screen it shows, so a screen reader that comes back to it says where the user is', async () => {
      const { user } = renderHub({ mode: 'modal', defaultOpen: true });
      expect(screen.getByRole('dialog', { name: 'Connect an account' })).toBeInTheDocument();
      await user.click(screen.getByRole('button', { name: 'Stripe' }));
      await screen.findByLabelText('API Key');
      expect(screen.getByRole('dialog', { name: 'Stripe' })).toBeInTheDocument();
      await connectStripe(user);
      expect(await screen.findByRole('dialog', { name: 'Stripe connected' })).toBeInTheDocument();
    });
  });

  describe('given modal mode with open controlled by the host', () => {
    it('shows the trigger the host gives, and asks the host to open', async () => {
      const onOpenChange = vi.fn<(open: boolean) => void>();
      const { user } = renderHub({ mode: 'modal', open: false, onOpenChange, trigger: 'Link Stripe' });
      await user.click(screen.getByRole('button', { name: 'Link Stripe' }));
      expect(onOpenChange.mock.calls).toEqual([[true]]);
      // Controlled: the host has not opened it yet.
      expect(screen.queryByRole('heading', { name: 'Connect an account' })).not.toBeInTheDocument();
    });

    it('shows no trigger of its own when the host gives none: the host opens it from its own UI', () => {
      renderHub({ mode: 'modal', open: false, onOpenChange: vi.fn() });
      expect(screen.queryByRole('button')).not.toBeInTheDocument();
    });

    describe('when the host closes it and opens it again', () => {
      beforeAll(polyfillModalDialog);

      /** A host that opens and closes the dialog from its own buttons, as from a route change or a timer. */
      function Host(props: Partial<ConnectHubProps>) {
        const [open, setOpen] = useState(true);
        return (
          <>
            <button type="button" onClick={() => setOpen(false)}>
              Hide it
            </button>
            <button type="button" onClick={() => setOpen(true)}>
              Show it
            </button>
            <ConnectHub endpoint="/api/connect" mode="modal" open={open} onOpenChange={setOpen} {...props} />
          </>
        );
      }

      async function closeAndReopen(user: User) {
        await user.click(screen.getByRole('button', { name: 'Hide it' }));
        expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
        await user.click(screen.getByRole('button', { name: 'Show it' }));
      }

      it('starts over, as after a dismissal, with nothing typed kept', async () => {
        const onClose = vi.fn();
        const user = userEvent.setup();
        render(<Host onClose={onClose} />);
        await user.click(await screen.findByRole('button', { name: 'Stripe' }));
        await user.click(await screen.findByLabelText('API Key'));
        await user.paste(CANARY);

        await closeAndReopen(user);
        expect(screen.getByRole('heading', { level: 2, name: 'Connect an account' })).toBeInTheDocument();
        expect(screen.getByRole('searchbox')).toBeInTheDocument();
        expect(document.body.innerHTML).not.toContain(CANARY);
        // The host closed it: the user dismissed nothing.
        expect(onClose).not.toHaveBeenCalled();
      });

      it('after a success, starts over on the provider the host preselected', async () => {
        const user = userEvent.setup();
        render(<Host provider="stripe" />);
        await connectStripe(user);
        await screen.findByRole('heading', { name: 'Stripe connected' });

        await closeAndReopen(user);
        expect(screen.getByRole('heading', { level: 2, name: 'Stripe' })).toBeInTheDocument();
        expect(screen.getByLabelText('API Key')).toHaveValue('');
        expect(screen.queryByRole('heading', { name: 'Stripe connected' })).not.toBeInTheDocument();
      });

      it.each([
        ['the host closes it', 'Hide it'],
        ['the user presses Close', 'Close'],
      ])('stops the request in flight when %s, and starts over', async (_, button) => {
        answer(() => new Promise<Response>(() => {}));
        const user = userEvent.setup();
        render(<Host />);
        await user.click(await screen.findByRole('button', { name: 'Stripe' }));
        await connectStripe(user);
        await waitFor(() => expect(fetchMock).toHaveBeenCalledTimes(1));
        const signal = fetchMock.mock.lastCall?.[1]?.signal;
        expect(signal?.aborted).toBe(false);

        await user.click(screen.getByRole('button', { name: button }));
        expect(signal?.aborted).toBe(true);
        await user.click(screen.getByRole('button', { name: 'Show it' }));
        expect(screen.getByRole('heading', { level: 2, name: 'Connect an account' })).toBeInTheDocument();
      });
    });
  });

  describe('given an unsafe endpoint', () => {
    it('refuses plain http on another host, saying to use https', () => {
      silenceConsoleErrors();
      expect(() => renderHub({ endpoint: 'http://evil.example/api' })).toThrow(/https/);
    });

    it('accepts http on localhost for development', () => {
      renderHub({ endpoint: 'http://localhost:8787/api/connect' });
      expect(screen.getByRole('heading', { name: 'Connect an account' })).toBeInTheDocument();
    });
  });

  describe('given two widgets on one page', () => {
    it('keeps their state apart', async () => {
      const { user } = renderHub({ provider: 'stripe' });
      render(<ConnectHub endpoint="/api/connect" provider="stripe" />);
      const [firstKey, secondKey] = screen.getAllByLabelText('API Key');
      const [firstTest, secondTest] = screen.getAllByRole('radio', { name: /^Test Mode/ });

      await user.click(firstKey!);
      await user.paste(CANARY);
      expect(firstKey).toHaveValue(CANARY);
      expect(firstTest).toBeChecked();
      expect(secondKey).toHaveValue('');
      expect(secondTest).not.toBeChecked();
      expect(screen.getAllByText('Test Mode selected to match your key.')).toHaveLength(1);
    });

    it('sends each widget’s request on its own', async () => {
      const { user, container } = renderHub({ provider: 'stripe' });
      render(<ConnectHub endpoint="/api/other" provider="shortcut" />);
      await connectStripe(user, within(container));
      expect(await screen.findByRole('heading', { name: 'Stripe connected' })).toBeInTheDocument();
      expect(screen.getByRole('heading', { level: 2, name: 'Shortcut' })).toBeInTheDocument();
      expect(fetchMock).toHaveBeenCalledTimes(1);
      expect(fetchMock.mock.calls[0]?.[0]).toBe('/api/connect');
    });
  });

  describe('given a part rendered on its own', () => {
    it('throws an error saying it must be inside <ConnectHub>', () => {
      silenceConsoleErrors();
      expect(() => render(<ProviderPicker onSelect={() => {}} />)).toThrow(/must be rendered inside <ConnectHub>/);
    });
  });

  describe('when the host passes its CSP nonce after the first render', () => {
    it('inserts a new stylesheet element with it, since a browser checks a nonce only on insertion', () => {
      const { container, rerender } = render(<ConnectHub endpoint="/api/connect" />);
      const first = container.querySelector('style');
      rerender(<ConnectHub endpoint="/api/connect" nonce="n0nce" />);
      const second = container.querySelector('style');
      expect(second).toHaveAttribute('nonce', 'n0nce');
      expect(second).not.toBe(first);
      expect(container.querySelectorAll('style')).toHaveLength(1);
    });
  });

  describe('when a render of the host never commits (a transition that stays suspended)', () => {
    const never = new Promise<never>(() => {});
    function StaysSuspended(): never {
      throw never;
    }
    /** The host shows `committed`; `tryDiscarded()` renders it with `discarded` in a transition that never commits. */
    function hostWith<P extends object>(committed: P, discarded: P, hub: (props: P) => ReactNode) {
      let setTrying: (value: boolean) => void = () => {};
      function Host() {
        const [trying, setState] = useState(false);
        setTrying = setState;
        return (
          <>
            {hub(trying ? discarded : committed)}
            {trying && <StaysSuspended />}
          </>
        );
      }
      render(
        <Suspense fallback={<p>Loading</p>}>
          <Host />
        </Suspense>,
      );
      const tryDiscarded = () => act(() => startTransition(() => setTrying(true)));
      return { user: userEvent.setup(), tryDiscarded };
    }

    it('reports events to the onEvent it shows with, not to one from the render it dropped', async () => {
      const shown = vi.fn();
      const dropped = vi.fn();
      const { user, tryDiscarded } = hostWith({ onEvent: shown }, { onEvent: dropped }, (props) => (
        <ConnectHub endpoint="/api/connect" {...props} />
      ));
      tryDiscarded();
      await user.click(screen.getByRole('button', { name: /^Stripe/ }));
      expect(shown).toHaveBeenCalledWith(expect.objectContaining({ type: 'select_provider', provider: 'stripe' }));
      expect(dropped).not.toHaveBeenCalled();
    });

    it('sends the key to the endpoint it shows with, not to one from the render it dropped', async () => {
      const { user, tryDiscarded } = hostWith({ endpoint: '/api/connect' }, { endpoint: '/api/elsewhere' }, (props) => (
        <ConnectHub provider="stripe" {...props} />
      ));
      tryDiscarded();
      await connectStripe(user);
      await waitFor(() => expect(fetchMock).toHaveBeenCalledTimes(1));
      expect(String(fetchMock.mock.calls[0]?.[0])).toMatch(/\/api\/connect$/);
    });
  });

  describe('when the host’s headers() fails (a session that could not be refreshed)', () => {
    it('sends nothing, says so without blaming the connection, and tells the host why', async () => {
      const failed = new Error('refresh token expired');
      const headers = vi.fn(async () => Promise.reject(failed));
      const onError = vi.fn();
      const { user } = renderHub({ provider: 'stripe', headers, onError });
      await user.click(screen.getByRole('radio', { name: 'Test Mode' }));
      await connectStripe(user);
      const alert = await screen.findByRole('alert');
      expect(alert).toHaveTextContent('The request could not be prepared, so nothing was sent. Reload the page, then try again.');
      // What the message says to do, not a Try again that would not do it.
      expect(screen.getByRole('button', { name: 'Reload page' })).toBeInTheDocument();
      expect(screen.queryByRole('button', { name: 'Try again' })).not.toBeInTheDocument();
      expect(headers).toHaveBeenCalledTimes(1);
      expect(fetchMock).not.toHaveBeenCalled();
      expect(onError).toHaveBeenCalledWith(expect.objectContaining({ code: 'headers', cause: failed }));
    });
  });

  describe('when the host’s headers() throws a ConnectError of its own', () => {
    it('shows its message, and gives onError that very error, under the name the host gave it', async () => {
      class SessionExpiredError extends ConnectError {
        override name = 'SessionExpiredError';
      }
      const expired = new SessionExpiredError({ code: 'session_expired', message: 'Sign in again to connect an account.' });
      const onError = vi.fn<(error: ConnectError) => void>();
      const { user } = renderHub({ provider: 'stripe', headers: () => Promise.reject(expired), onError });
      await user.click(screen.getByRole('radio', { name: 'Test Mode' }));
      await connectStripe(user);

      expect(await screen.findByRole('alert')).toHaveTextContent('Sign in again to connect an account.');
      expect(onError).toHaveBeenCalledTimes(1);
      expect(onError.mock.calls[0]?.[0]).toBe(expired);
      expect(expired).toMatchObject({ name: 'SessionExpiredError', code: 'session_expired' });
      expect(fetchMock).not.toHaveBeenCalled();
    });
  });

  describe('given a fetch of the host’s own', () => {
    it('sends the connect request through it, one typed for a URL string too, as the widget calls it', async () => {
      const sent: string[] = [];
      const traced = async (url: string, init: RequestInit) => {
        sent.push(`${init.method} ${url}`);
        return json(200, { account: stripeAccount });
      };
      const { user } = renderHub({ provider: 'stripe', fetch: traced });
      await connectStripe(user);

      expect(await screen.findByRole('heading', { name: 'Stripe connected' })).toBeInTheDocument();
      expect(sent).toEqual(['POST /api/connect']);
      expect(fetchMock).not.toHaveBeenCalled();
    });
  });

  describe('when the host updates the headers prop', () => {
    it('sends the latest headers', async () => {
      const { user, rerender } = renderHub({ provider: 'stripe', headers: { Authorization: 'Bearer old' } });
      rerender(<ConnectHub endpoint="/api/connect" provider="stripe" headers={async () => ({ Authorization: 'Bearer new' })} />);
      await connectStripe(user);
      await waitFor(() => expect(fetchMock).toHaveBeenCalledTimes(1));
      expect(new Headers(fetchMock.mock.calls[0]?.[1]?.headers).get('Authorization')).toBe('Bearer new');
    });
  });
});
