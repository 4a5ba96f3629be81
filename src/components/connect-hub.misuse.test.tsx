import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi, type Mock } from 'vitest';
import type { ConnectError } from '../connect/connect-error.js';
import type { ConnectedAccount } from '../contract/contract.js';
import type { ProviderDefinition } from '../definition/provider-schema.js';
import { builtInProviders, shortcut, stripe } from '../providers/index.js';
import { ConnectHub, type ConnectHubProps } from './connect-hub.js';
import type { ConnectEvent } from './connect-hub-context.js';
import { collectSurfacedErrors } from '../test/surfaced-errors.js';

// How a host can misuse the widget (SPEC §7 "Embedding", issue #5 part 3 and 6): configuration
// mistakes fail on the first render with a message that says how to fix them; two widgets never
// share state; re-rendering with new props mid-flow keeps what the user typed and sends once; a
// throwing host callback does not break the widget.

/** A unique token per run, so finding it anywhere proves a leak. */
const CANARY = `sk_test_CANARY${crypto.randomUUID().replace(/-/g, '')}`;
const OTHER_KEY = `sk_test_OTHER${crypto.randomUUID().replace(/-/g, '')}`;
const stripeAccount = { id: 'acct_1', provider: 'stripe', environment: 'test', name: 'Acme Ltd' };

function json(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json', ...headers } });
}

let fetchMock: Mock<typeof fetch>;
function answer(make: () => Response | Promise<Response>) {
  fetchMock = vi.fn<typeof fetch>(async () => make());
  vi.stubGlobal('fetch', fetchMock);
}

function sentBody(index = 0): unknown {
  return JSON.parse(String(fetchMock.mock.calls[index]?.[1]?.body));
}

function sentKey(index = 0): string | null {
  return new Headers(fetchMock.mock.calls[index]?.[1]?.headers).get('Idempotency-Key');
}


/** Render errors are also reported to the console by React; keep the output readable. */
function silenceConsoleErrors() {
  vi.spyOn(console, 'error').mockImplementation(() => {});
}

beforeEach(() => {
  answer(() => json(200, { account: stripeAccount }));
});

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

type User = ReturnType<typeof userEvent.setup>;

async function typeKey(user: User, value: string, scope: Pick<typeof screen, 'getByLabelText'> = screen) {
  await user.click(scope.getByLabelText('API Key'));
  await user.paste(value);
}

describe('given a configuration mistake', () => {
  beforeEach(() => {
    silenceConsoleErrors();
  });

  /** Renders and returns the error the first render threw, after checking that nothing was sent. */
  function firstRenderError(props: Partial<ConnectHubProps>): string {
    let thrown: unknown;
    try {
      render(<ConnectHub endpoint="/api/connect" {...props} />);
    } catch (error) {
      thrown = error;
    }
    expect(fetchMock).not.toHaveBeenCalled();
    expect(thrown, 'the first render should throw').toBeInstanceOf(Error);
    return (thrown as Error).message;
  }

  describe('in the endpoint', () => {
    it.each([
      ['missing', undefined],
      ['empty', ''],
      ['blank', '   '],
    ])('fails on the first render when it is %s, showing how to pass one', (_, endpoint) => {
      expect(firstRenderError({ endpoint: endpoint as string })).toMatch(/needs an `endpoint` prop.*endpoint="\/api\/connect"/);
    });

    it.each([
      'http://api.example.com/connect',
      'HTTP://API.EXAMPLE.COM/connect',
      'http://localhost.evil.example/connect',
      'http://127.0.0.1.nip.io/connect',
      'http://10.0.0.5/connect',
      'http://[::2]/connect',
    ])('refuses plain http on another host (%s), saying to use https and where http is allowed', (endpoint) => {
      const message = firstRenderError({ endpoint });
      expect(message).toMatch(/plain http:/);
      expect(message).toMatch(/Use an https: URL \(http: is allowed only on localhost, 127\.0\.0\.1 and \[::1\]\)/);
    });

    it.each(['//evil.example/connect', 'javascript:alert(1)', 'data:text/plain,x', 'ftp://api.example.com/'])(
      'refuses %s, saying what to write instead',
      (endpoint) => {
        expect(firstRenderError({ endpoint })).toMatch(/write it as a path|must be an https: URL or a path on this site/);
      },
    );

    it.each([
      '/api/connect',
      'api/connect',
      '../connect',
      'https://api.example.com/connect',
      'http://localhost:8787/connect',
      'http://127.0.0.1:8787/connect',
      'http://[::1]:8787/connect',
    ])('accepts %s', (endpoint) => {
      render(<ConnectHub endpoint={endpoint} provider="stripe" />);
      expect(screen.getByRole('heading', { level: 2, name: 'Stripe' })).toBeInTheDocument();
    });

    it.each(['api/connect', 'https://api.example.com/connect'])('sends the request to %s and nowhere else', async (endpoint) => {
      const user = userEvent.setup();
      render(<ConnectHub endpoint={endpoint} provider="stripe" />);
      await typeKey(user, CANARY);
      await user.click(screen.getByRole('button', { name: 'Connect' }));
      await screen.findByRole('heading', { name: 'Stripe connected' });
      expect(fetchMock.mock.calls.map(([url]) => url)).toEqual([endpoint]);
    });
  });

  describe('in the providers', () => {
    it('names an unknown preselected provider and lists the known ones', () => {
      expect(firstRenderError({ provider: 'strype' })).toBe(
        'ConnectHub was asked to preselect provider "strype", which is not among its providers (gocardless, launchdarkly, remote, shortcut, stripe).',
      );
    });

    it('names a provider id given twice', () => {
      expect(firstRenderError({ providers: [stripe, shortcut, { ...stripe, name: 'Stripe again' }] })).toMatch(
        /two providers with the id "stripe"; provider ids must be unique/,
      );
    });

    it('refuses an empty providers array, saying to pass one', () => {
      expect(firstRenderError({ providers: [] })).toMatch(/empty `providers` array; pass at least one provider/);
    });

    it('names the provider and every bad path of a definition that skipped defineProvider', () => {
      const broken = {
        ...stripe,
        id: 'acme',
        logo: 'javascript:alert(1)',
        fields: [{ key: 'API KEY', label: '', kind: 'secret', pattern: 'sk\\_[a-z]+' }],
      } as unknown as ProviderDefinition;
      const message = firstRenderError({ providers: [shortcut, broken] });
      expect(message).toMatch(/provider definition "acme"/);
      for (const path of ['logo', 'fields[0].key', 'fields[0].label', 'fields[0].pattern']) {
        expect(message).toContain(`  - ${path}: `);
      }
    });

    it('names the bad path of a translated definition that skipped defineProvider, in any locale', () => {
      const broken = {
        ...stripe,
        id: 'acme',
        environments: undefined,
        translations: { fr: { description: 'Paiements.', environments: { test: { label: 'Mode test' } } } },
      } as unknown as ProviderDefinition;
      const message = firstRenderError({ providers: [broken], locale: 'fr' });
      expect(message).toMatch(/provider definition "acme"/);
      expect(message).toContain('  - environments: ');
    });
  });
});

describe('given two widgets on one page', () => {
  it('keeps their keys, requests and Idempotency-Keys apart', async () => {
    let release: (response: Response) => void = () => {};
    answer(() => new Promise<Response>((resolve) => (release = resolve)));
    const user = userEvent.setup();
    const first = render(<ConnectHub endpoint="/api/one" provider="stripe" />);
    const second = render(<ConnectHub endpoint="/api/two" provider="stripe" />);
    const one = within(first.container);
    const two = within(second.container);

    await typeKey(user, CANARY, one);
    await typeKey(user, OTHER_KEY, two);
    await user.click(one.getByRole('button', { name: 'Connect' }));
    await waitFor(() => expect(fetchMock).toHaveBeenCalledTimes(1));

    // The first is busy; the second is not, and still holds its own key.
    expect(one.getByRole('button', { name: 'Connecting…' })).toBeInTheDocument();
    expect(two.getByRole('button', { name: 'Connect' })).not.toHaveAttribute('aria-disabled');
    expect(two.getByLabelText('API Key')).toHaveValue(OTHER_KEY);

    await user.click(two.getByRole('button', { name: 'Connect' }));
    await waitFor(() => expect(fetchMock).toHaveBeenCalledTimes(2));
    expect(fetchMock.mock.calls.map(([url]) => url)).toEqual(['/api/one', '/api/two']);
    expect(sentBody(0)).toMatchObject({ credentials: { api_key: CANARY } });
    expect(sentBody(1)).toMatchObject({ credentials: { api_key: OTHER_KEY } });
    expect(sentKey(0)).not.toBe(sentKey(1));

    await act(async () => release(json(200, { account: stripeAccount })));
    expect(await two.findByRole('heading', { name: 'Stripe connected' })).toBeInTheDocument();
    expect(one.getByRole('heading', { level: 2, name: 'Stripe' })).toBeInTheDocument();
    expect(one.getByLabelText('API Key')).toHaveValue(CANARY);
  });
});

describe('when the host re-renders with new props mid-flow', () => {
  /** The props a careless host passes: new objects and functions on every render. */
  function freshProps(onSuccess: (account: ConnectedAccount) => void, round: number): ConnectHubProps {
    return {
      endpoint: '/api/connect',
      provider: 'stripe',
      headers: { Authorization: `Bearer session-${round}` },
      providers: builtInProviders.map((provider) => ({ ...provider })),
      onSuccess: (account) => onSuccess(account),
      onError: () => {},
      onEvent: () => {},
      appearance: { theme: 'light' },
      messages: {},
    };
  }

  it('keeps the typed key and the chosen environment, and sends once with the latest headers', async () => {
    const onSuccess = vi.fn<(account: ConnectedAccount) => void>();
    const user = userEvent.setup();
    const { rerender } = render(<ConnectHub {...freshProps(onSuccess, 0)} />);
    await user.click(screen.getByRole('radio', { name: /^Test Mode/ }));
    await user.click(screen.getByLabelText('API Key'));
    await user.paste(CANARY.slice(0, 20));
    for (let round = 1; round <= 3; round += 1) rerender(<ConnectHub {...freshProps(onSuccess, round)} />);
    await user.paste(CANARY.slice(20));

    expect(screen.getByLabelText('API Key')).toHaveValue(CANARY);
    expect(screen.getByRole('radio', { name: /^Test Mode/ })).toBeChecked();
    await user.click(screen.getByRole('button', { name: 'Connect' }));
    expect(await screen.findByRole('heading', { name: 'Stripe connected' })).toBeInTheDocument();
    expect(fetchMock).toHaveBeenCalledTimes(1);
    expect(sentBody()).toEqual({ provider: 'stripe', environment: 'test', credentials: { api_key: CANARY } });
    expect(new Headers(fetchMock.mock.calls[0]?.[1]?.headers).get('Authorization')).toBe('Bearer session-3');
    await waitFor(() => expect(onSuccess).toHaveBeenCalledTimes(1));
  });

  it('sends once, and reports success once, when it re-renders while the request is in flight', async () => {
    let release: (response: Response) => void = () => {};
    answer(() => new Promise<Response>((resolve) => (release = resolve)));
    const onSuccess = vi.fn<(account: ConnectedAccount) => void>();
    const user = userEvent.setup();
    const { rerender } = render(<ConnectHub {...freshProps(onSuccess, 0)} />);
    await typeKey(user, CANARY);
    await user.click(screen.getByRole('button', { name: 'Connect' }));
    await waitFor(() => expect(fetchMock).toHaveBeenCalledTimes(1));

    for (let round = 1; round <= 5; round += 1) rerender(<ConnectHub {...freshProps(onSuccess, round)} />);
    expect(screen.getByRole('button', { name: 'Connecting…' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Connecting…' }));

    await act(async () => release(json(200, { account: stripeAccount })));
    expect(await screen.findByRole('heading', { name: 'Stripe connected' })).toBeInTheDocument();
    rerender(<ConnectHub {...freshProps(onSuccess, 6)} />);
    expect(fetchMock).toHaveBeenCalledTimes(1);
    await waitFor(() => expect(onSuccess).toHaveBeenCalledTimes(1));
    expect(onSuccess).toHaveBeenCalledWith(stripeAccount);
  });

  it('retries once with the same Idempotency-Key when it re-renders while a retry waits', async () => {
    let calls = 0;
    answer(() => (++calls === 1 ? json(503, { error: { code: 'unavailable', message: 'Busy.' } }, { 'Retry-After': '1' }) : json(200, { account: stripeAccount })));
    const onSuccess = vi.fn<(account: ConnectedAccount) => void>();
    const user = userEvent.setup();
    const { rerender } = render(<ConnectHub {...freshProps(onSuccess, 0)} />);
    await typeKey(user, CANARY);
    await user.click(screen.getByRole('button', { name: 'Connect' }));
    await waitFor(() => expect(fetchMock).toHaveBeenCalledTimes(1));
    for (let round = 1; round <= 3; round += 1) rerender(<ConnectHub {...freshProps(onSuccess, round)} />);

    expect(await screen.findByRole('heading', { name: 'Stripe connected' }, { timeout: 3_000 })).toBeInTheDocument();
    expect(fetchMock).toHaveBeenCalledTimes(2);
    expect(sentKey(1)).toBe(sentKey(0));
    await waitFor(() => expect(onSuccess).toHaveBeenCalledTimes(1));
  });
});

describe('given host callbacks that throw', () => {
  it('keeps working through an error, Try again and success, and surfaces each host error', async () => {
    const surfaced = collectSurfacedErrors();
    let calls = 0;
    answer(() => (++calls === 1 ? json(500, { error: { code: 'internal', message: `Broke on ${CANARY}.` } }) : json(200, { account: stripeAccount })));
    const user = userEvent.setup();
    render(
      <ConnectHub
        endpoint="/api/connect"
        provider="stripe"
        onEvent={(event: ConnectEvent) => {
          throw new Error(`onEvent bug (${event.type})`);
        }}
        onError={(error: ConnectError) => {
          throw new Error(`onError bug (${error.code})`);
        }}
        onSuccess={() => {
          throw new Error('onSuccess bug');
        }}
      />,
    );
    await typeKey(user, CANARY);
    await user.click(screen.getByRole('button', { name: 'Connect' }));

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(/^Broke on ••••.*\.$/);
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('heading', { name: 'Stripe connected' })).toBeInTheDocument();
    expect(fetchMock).toHaveBeenCalledTimes(2);

    await waitFor(() =>
      expect(surfaced.map((error) => (error as Error).message)).toEqual([
        'onEvent bug (open)',
        'onEvent bug (submit)',
        'onEvent bug (error)',
        'onError bug (internal)',
        'onEvent bug (submit)',
        'onEvent bug (success)',
        'onSuccess bug',
      ]),
    );
    expect(JSON.stringify(surfaced.map((error) => String(error)))).not.toContain(CANARY);
  });
});

describe('rendered by the page’s React into another document (an iframe)', () => {
  /** The widget in a fresh iframe, and queries scoped to its document. */
  function renderInFrame(props: Partial<ConnectHubProps> = {}) {
    const frame = document.body.appendChild(document.createElement('iframe'));
    const frameDocument = frame.contentDocument!;
    const container = frameDocument.body.appendChild(frameDocument.createElement('div'));
    render(<ConnectHub endpoint="/api/connect" {...props} />, { container });
    return { frameDocument, view: within(frameDocument.body), user: userEvent.setup({ document: frameDocument }) };
  }

  it('still puts the focus back on the provider the user came from', async () => {
    const { frameDocument, view, user } = renderInFrame();
    await user.click(view.getByRole('button', { name: 'Stripe' }));
    await user.click(await view.findByRole('button', { name: 'Back' }));
    await waitFor(() => expect(frameDocument.activeElement).toBe(view.getByRole('button', { name: 'Stripe' })));
  });

  it('still says nothing when the focus leaves an empty field before Connect', async () => {
    const { view, user } = renderInFrame({ provider: 'shortcut' });
    await user.click(view.getByLabelText('API Token'));
    await user.tab();
    await user.tab();
    expect(view.queryAllByRole('alert')).toEqual([]);
  });
});
