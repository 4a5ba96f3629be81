import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactElement } from 'react';
import { hydrateRoot, type Root } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ConnectHub, preloadConnectHub } from '../index.js';

// The server half is covered in Node by connect-hub.ssr.test.tsx; here the server HTML comes from
// renderToString in jsdom (where libraries see a `window` and pick useLayoutEffect, which React 18's
// server renderer warns about), so console.error is watched from hydration on.
describe('given server-rendered HTML in the page (hydrateRoot)', () => {
  const roots: Root[] = [];

  afterEach(() => {
    act(() => roots.splice(0).forEach((root) => root.unmount()));
    document.body.replaceChildren();
    vi.restoreAllMocks();
  });

  /** Server-renders `element`, puts the HTML into the page and hydrates `clientElement` (the same by default) over it. */
  async function serverRenderAndHydrate(element: ReactElement, clientElement: ReactElement = element) {
    const container = document.createElement('div');
    const log = console.error;
    const quiet = vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => {
      if (!String(args[0]).includes('useLayoutEffect does nothing on the server')) log(...args);
    });
    container.innerHTML = renderToString(element);
    quiet.mockRestore();
    document.body.append(container);
    const serverHtml = container.innerHTML;
    const consoleError = vi.spyOn(console, 'error');
    const onRecoverableError = vi.fn();
    await act(async () => {
      roots.push(hydrateRoot(container, clientElement, { onRecoverableError }));
    });
    /** The server HTML as hydration leaves it: Connect enabled, and no control naming its form (see credential-form.tsx). */
    const hydratedServerHtml = () => serverHtml.replace(' disabled=""', '').replace(/ (id|form)="[^"]*-form"/g, '');
    const expectNoMismatch = () => {
      // React 19 reports a mismatch through onRecoverableError; React 18 also logs it with console.error.
      expect(onRecoverableError).not.toHaveBeenCalled();
      expect(consoleError).not.toHaveBeenCalled();
    };
    return { container, serverHtml, hydratedServerHtml, expectNoMismatch };
  }

  it('server-rendered inside a host’s own <form>, keeps the key out of that form until it hydrates', async () => {
    await preloadConnectHub();
    const page = (
      <form action="/settings" method="get">
        <input name="display" defaultValue="Ada" />
        <ConnectHub endpoint="/api/connect" provider="stripe" />
        <button type="submit">Save settings</button>
      </form>
    );
    // The page's HTML parser, as the browser reads the server's HTML: it drops the nested <form>.
    const container = document.body.appendChild(document.createElement('div'));
    container.innerHTML = renderToString(page);
    const host = container.querySelector('form');
    if (!host) throw new Error('expected the host form');
    expect(container.querySelectorAll('form')).toHaveLength(1);

    const key = screen.getByLabelText<HTMLInputElement>('API Key');
    key.value = 'sk_test_CANARY0123456789abcdef';
    screen.getByRole('radio', { name: 'Test Mode' }).click();
    expect(key.form).toBeNull();
    for (const radio of screen.getAllByRole<HTMLInputElement>('radio')) expect(radio.form).toBeNull();
    expect(screen.getByRole<HTMLButtonElement>('button', { name: 'Connect' }).form).toBeNull();
    expect([...new FormData(host).keys()]).toEqual(['display']);

    // Hydrating meets the missing form (React says so) and renders the widget anew: its controls
    // then belong to its own form, found as an ancestor, with no `form` attribute left.
    vi.spyOn(console, 'error').mockImplementation(() => {});
    await act(async () => {
      roots.push(hydrateRoot(container, page, { onRecoverableError: () => {} }));
    });
    const widgetForm = screen.getByRole('form', { name: 'Link your Stripe account' });
    expect(screen.getByLabelText<HTMLInputElement>('API Key').form).toBe(widgetForm);
    expect(screen.getByLabelText('API Key')).not.toHaveAttribute('form');
  });

  it('hydrates the picker without a mismatch and keeps the server markup', async () => {
    const { container, serverHtml, expectNoMismatch } = await serverRenderAndHydrate(<ConnectHub endpoint="/api/connect" />);

    expectNoMismatch();
    expect(container.innerHTML).toBe(serverHtml);
  });

  it('hydrates a preselected Stripe form, themed, without a mismatch', async () => {
    const { container, serverHtml, hydratedServerHtml, expectNoMismatch } = await serverRenderAndHydrate(
      <ConnectHub
        endpoint="/api/connect"
        provider="stripe"
        nonce="r4nd0m"
        appearance={{ theme: 'dark', variables: { colorPrimary: '#0f766e', fontFamily: "'Inter', sans-serif" } }}
      />,
    );

    expectNoMismatch();
    // The same markup, but Connect, disabled in the server's HTML until the page hydrates, works.
    expect(serverHtml).toContain('disabled=""');
    expect(container.innerHTML).toBe(hydratedServerHtml());
    expect(screen.getByRole('button', { name: 'Connect' })).toBeEnabled();
    expect(screen.getByRole('heading', { level: 2, name: 'Stripe' })).toBeInTheDocument();
    expect(container.querySelector('style')?.textContent).toContain("--ch-font:'Inter', sans-serif");
  });

  it('hydrates a preselected form before its code has arrived: the server HTML stays, then the form works', async () => {
    const user = userEvent.setup();
    // The server had the provider screen's code; this page's fresh copy of the library has not loaded it yet.
    vi.resetModules();
    const { ConnectHub: PageConnectHub } = await import('../index.js');
    const { container, serverHtml, hydratedServerHtml, expectNoMismatch } = await serverRenderAndHydrate(
      <ConnectHub endpoint="/api/connect" provider="shortcut" />,
      <PageConnectHub endpoint="/api/connect" provider="shortcut" />,
    );

    // The server's HTML, with Connect enabled once its boundary has hydrated.
    expect(container.innerHTML).toBe(hydratedServerHtml());
    const token = await screen.findByLabelText('API Token');
    await user.type(token, 'x');
    await user.tab();

    expect(await screen.findByRole('alert')).toHaveTextContent(/Shortcut API tokens start with sct_rw_ or sct_ro_/);
    expectNoMismatch();
  });

  it('is interactive after hydration: picking a service opens its guide', async () => {
    const user = userEvent.setup();
    const { expectNoMismatch } = await serverRenderAndHydrate(<ConnectHub endpoint="/api/connect" />);

    await user.click(within(screen.getByRole('list', { name: 'Services' })).getByRole('button', { name: /Shortcut/ }));

    expect(await screen.findByRole('heading', { level: 2, name: 'Shortcut' })).toBeInTheDocument();
    expectNoMismatch();
  });
});
