import { act, fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { ConnectHub } from '../index.js';
import { onDemand } from './on-demand.js';
import { ProviderViewCode } from './provider-screen.js';

// The provider screen's code loads on demand (a chunk in a real page; preloaded for the other
// tests by src/test/setup.ts). Here a stand-in decides when, and whether, it arrives.
describe('given a preselected provider whose screen code is still on its way', () => {
  it('shows the provider and a loading status, then its form when the code arrives', async () => {
    let arrive: (module: typeof import('./provider-view.js')) => void = () => {};
    const code = onDemand(() => new Promise<typeof import('./provider-view.js')>((resolve) => (arrive = resolve)));
    render(
      <ProviderViewCode.Provider value={code}>
        <ConnectHub endpoint="/api/connect" provider="stripe" />
      </ProviderViewCode.Provider>,
    );

    expect(screen.getByRole('heading', { level: 2, name: 'Stripe' })).toBeInTheDocument();
    // The whole header, description included: nothing below it moves when the code arrives.
    expect(screen.getByText('Payments, customers and subscriptions.')).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('Loading…');
    expect(screen.queryByLabelText('API Key')).not.toBeInTheDocument();

    await act(async () => arrive(await import('./provider-view.js')));

    expect(screen.getByLabelText('API Key')).toBeInTheDocument();
    expect(screen.queryByText('Loading…')).not.toBeInTheDocument();
  });

  it('says so and offers a reload when the code cannot load', async () => {
    const code = onDemand<never>(() => Promise.reject(new TypeError('Failed to fetch dynamically imported module')));
    await code.preload();
    render(
      <ProviderViewCode.Provider value={code}>
        <ConnectHub endpoint="/api/connect" provider="stripe" />
      </ProviderViewCode.Provider>,
    );

    // The message alone, without its button's name read out after it ("…reload the page. Reload page").
    expect(screen.getByRole('alert')).toHaveTextContent(/^This step could not load\. Check your connection, then reload the page\.$/);
    expect(screen.getByRole('button', { name: 'Reload page' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2, name: 'Stripe' })).toBeInTheDocument();
  });
});

describe('given a provider opened while its screen code is still on its way', () => {
  function openStripeWhileLoading() {
    let arrive: (module: typeof import('./provider-view.js')) => void = () => {};
    const code = onDemand(() => new Promise<typeof import('./provider-view.js')>((resolve) => (arrive = resolve)));
    const page = (messages: { back: string }) => (
      <>
        <input aria-label="Host search" />
        <ProviderViewCode.Provider value={code}>
          <ConnectHub endpoint="/api/connect" messages={messages} />
        </ProviderViewCode.Provider>
      </>
    );
    const view = render(page({ back: 'Back' }));
    fireEvent.click(screen.getByRole('button', { name: /^Stripe/ }));
    return {
      heading: () => screen.getByRole('heading', { level: 2, name: 'Stripe' }),
      rerender: () => view.rerender(page({ back: 'Back' })),
      arrive: async () => act(async () => arrive(await import('./provider-view.js'))),
    };
  }

  it('focuses the heading while it loads, and the loaded screen’s heading after', async () => {
    const screenLoading = openStripeWhileLoading();
    expect(screen.getByRole('status')).toHaveTextContent('Loading…');
    expect(screenLoading.heading()).toHaveFocus();

    await screenLoading.arrive();
    expect(screen.getByLabelText('API Key')).toBeInTheDocument();
    expect(screenLoading.heading()).toHaveFocus();
  });

  // The status is in the page from the start, and a live region's first words are not said: a
  // screen reader says them with the heading the focus lands on, or not at all.
  it('says what the screen is waiting for with its heading, where the focus lands', () => {
    const screenLoading = openStripeWhileLoading();
    expect(screenLoading.heading()).toHaveFocus();
    expect(screenLoading.heading()).toHaveAccessibleDescription('Loading…');
  });

  it('says, with its heading, that the screen waits for the connection when it was opened offline', () => {
    Object.defineProperty(navigator, 'onLine', { value: false, configurable: true });
    try {
      const screenLoading = openStripeWhileLoading();
      expect(screenLoading.heading()).toHaveFocus();
      expect(screenLoading.heading()).toHaveAccessibleDescription('You are offline. This step loads once you are back online.');
    } finally {
      // Uncovers jsdom's own getter again.
      Reflect.deleteProperty(navigator, 'onLine');
    }
  });

  it('leaves the focus where the user put it: not taken back on a host re-render, nor when the code arrives', async () => {
    const screenLoading = openStripeWhileLoading();
    const hostSearch = screen.getByRole('textbox', { name: 'Host search' });
    act(() => hostSearch.focus());

    screenLoading.rerender(); // a new `messages` object, as an inline prop makes on each host render
    expect(hostSearch).toHaveFocus();

    await screenLoading.arrive();
    expect(screen.getByLabelText('API Key')).toBeInTheDocument();
    expect(hostSearch).toHaveFocus();
  });
});

describe('given a host or story that puts its own code in the seam', () => {
  function renderWithOwnCode(mode: 'inline' | 'modal') {
    const load = vi.fn(() => import('./provider-view.js'));
    const view = render(
      <ProviderViewCode.Provider value={onDemand(load)}>
        <ConnectHub endpoint="/api/connect" mode={mode} />
      </ProviderViewCode.Provider>,
    );
    return { load, unmount: view.unmount };
  }

  it('loads that code when a pointer reaches a provider', () => {
    const { load } = renderWithOwnCode('inline');
    fireEvent.pointerEnter(screen.getByRole('button', { name: /^Stripe/ }));
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('loads that code when the keyboard reaches the modal trigger', () => {
    const { load } = renderWithOwnCode('modal');
    fireEvent.focus(screen.getByRole('button', { name: 'Connect an account' }));
    expect(load).toHaveBeenCalledTimes(1);
  });
});
