import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, onTestFinished, vi } from 'vitest';
import { defineProvider } from '../definition/provider-schema.js';
import { builtInProviders, stripe } from '../providers/index.js';
import { ConnectHub } from './connect-hub.js';
import { PAGE_SIZE } from './provider-picker.js';
import { expectNoAxeViolations } from '../test/axe.js';
import { renderHub } from '../test/render.js';
import { acmeProvider } from '../test/acme-provider.js';

/** axe-core walks the whole tree; give it room on a busy machine. */
const AXE_TIMEOUT_MS = 15_000;

const ALL_NAMES = ['GoCardless', 'LaunchDarkly', 'Remote', 'Shortcut', 'Stripe'];

/** The accessible names of the provider buttons, as a screen reader announces them. */
function providerButtonNames(): string[] {
  const list = screen.queryByRole('list', { name: 'Services' });
  if (!list) return [];
  return within(list)
    .getAllByRole('button')
    .map((button) => ALL_NAMES.find((name) => within(list).queryByRole('button', { name }) === button) ?? '(unnamed)');
}

describe('ProviderPicker', () => {
  describe('when the widget opens', () => {
    it('lists the five built-in services as buttons named after each service', () => {
      renderHub();
      expect(screen.getByRole('heading', { level: 2, name: 'Connect an account' })).toBeInTheDocument();
      for (const name of ALL_NAMES) {
        expect(screen.getByRole('button', { name })).toBeInTheDocument();
      }
      expect(providerButtonNames()).toEqual(ALL_NAMES);
    });

    it('describes each service by its description', () => {
      renderHub();
      expect(screen.getByRole('button', { name: 'Stripe' })).toHaveAccessibleDescription('Payments, customers and subscriptions.');
    });

    it('does not move focus away from the host page', () => {
      renderHub();
      expect(document.body).toHaveFocus();
    });

    it('has no axe violations', async () => {
      const { container } = renderHub();
      await expectNoAxeViolations(container);
    }, AXE_TIMEOUT_MS);
  });

  describe('given a search', () => {
    it('shows only the services that match ("cardless" finds GoCardless)', async () => {
      const { user } = renderHub();
      await user.type(screen.getByRole('searchbox', { name: 'Search services' }), 'cardless');
      await waitFor(() => expect(providerButtonNames()).toEqual(['GoCardless']));
      expect(screen.queryByRole('button', { name: 'Stripe' })).not.toBeInTheDocument();
      expect(screen.getByRole('status')).toHaveTextContent('1 service');
    });

    it('finds a word of a description whatever soft hyphens it holds for line breaking ("Beschäftigungsverhältnisse")', async () => {
      const remote = builtInProviders.find((provider) => provider.id === 'remote')!;
      const { user } = renderHub({
        providers: [...builtInProviders.filter((provider) => provider !== remote), { ...remote, description: 'Beschäftigungs\u00adverhältnisse.' }],
      });
      await user.type(screen.getByRole('searchbox', { name: 'Search services' }), 'beschaftigungsverhaltnisse');
      await waitFor(() => expect(providerButtonNames()).toEqual(['Remote']));
    });

    it('matches a category word ("payments" finds GoCardless and Stripe)', async () => {
      const { user } = renderHub();
      await user.type(screen.getByRole('searchbox', { name: 'Search services' }), 'PAYMENTS');
      await waitFor(() => expect(providerButtonNames()).toEqual(['GoCardless', 'Stripe']));
    });

    it('selects the first match when the user presses Enter', async () => {
      const { user } = renderHub();
      await user.type(screen.getByRole('searchbox', { name: 'Search services' }), 'stripe{Enter}');
      const heading = await screen.findByRole('heading', { level: 2, name: 'Stripe' });
      expect(heading).toHaveFocus();
    });

    it('opens nothing on Enter in an empty box, where the first service is no choice of the user’s', async () => {
      const { user } = renderHub();
      await user.type(screen.getByRole('searchbox', { name: 'Search services' }), 'stripe{Escape}{Enter}');
      expect(screen.getByRole('searchbox', { name: 'Search services' })).toHaveFocus();
      expect(screen.queryByRole('heading', { level: 2, name: 'GoCardless' })).not.toBeInTheDocument();
    });
  });

  // A Japanese, Chinese or Korean input method (IME) composes a word in the box: Enter confirms the
  // word, Escape cancels it and the arrows move in its list of candidates. Those keys are the IME's.
  describe('while an input method composes the search', () => {
    const composing = [
      // Chrome, Firefox: the key comes during the composition.
      ['isComposing', { isComposing: true, keyCode: 229 }],
      // Safari: the composition has ended when the key that ended it comes, which says 229.
      ['keyCode 229 (Safari)', { isComposing: false, keyCode: 229 }],
    ] as const;

    it.each(composing)('opens no service on the Enter that confirms the word (%s)', async (_browser, init) => {
      const { user } = renderHub();
      const search = screen.getByRole('searchbox', { name: 'Search services' });
      await user.type(search, 'stripe');
      fireEvent.keyDown(search, { key: 'Enter', ...init });
      expect(search).toHaveFocus();
      expect(screen.queryByRole('heading', { level: 2, name: 'Stripe' })).not.toBeInTheDocument();
    });

    it.each(composing)('keeps the search on the Escape that cancels the word, and the focus on the arrows (%s)', async (_browser, init) => {
      const { user } = renderHub();
      const search = screen.getByRole('searchbox', { name: 'Search services' });
      await user.type(search, 'stripe');
      fireEvent.keyDown(search, { key: 'Escape', ...init });
      fireEvent.keyDown(search, { key: 'ArrowDown', ...init });
      expect(search).toHaveValue('stripe');
      expect(search).toHaveFocus();
    });
  });

  describe('given a search that matches nothing', () => {
    it('says "No services match" and offers to show all services again, whatever category was chosen', async () => {
      const { user } = renderHub();
      const search = screen.getByRole('searchbox', { name: 'Search services' });
      await user.click(screen.getByRole('button', { name: 'HR' }));
      await user.type(search, 'zzz');
      expect(await screen.findByText('No services match', { selector: ':not([role="status"])' })).toBeVisible();
      expect(screen.queryByRole('list', { name: 'Services' })).not.toBeInTheDocument();
      // The query set apart (first-strong isolate), whatever the widget's direction: it reads as typed.
      expect(screen.getByText('Nothing matches “\u2068zzz\u2069”. Check the spelling, or show all services.')).toBeInTheDocument();
      // Said once, not "0 services", and not again at each keystroke (the advice quotes the query).
      expect(screen.getByRole('status')).toHaveTextContent(/^No services match$/);

      await user.click(screen.getByRole('button', { name: 'Show all services' }));
      await waitFor(() => expect(providerButtonNames()).toEqual(ALL_NAMES));
      expect(screen.getByRole('button', { name: 'All' })).toHaveAttribute('aria-pressed', 'true');
      expect(search).toHaveValue('');
      expect(search).toHaveFocus();
      expect(screen.queryAllByText('No services match')).toEqual([]);
    });

    it('has no axe violations', async () => {
      const { container, user } = renderHub();
      await user.type(screen.getByRole('searchbox', { name: 'Search services' }), 'zzz');
      await screen.findByText(/^Nothing matches/);
      await expectNoAxeViolations(container);
    }, AXE_TIMEOUT_MS);
  });

  describe('given the category filter', () => {
    it('offers one pressed-state chip per category, "All" pressed at first', () => {
      renderHub();
      const chips = within(screen.getByRole('group', { name: 'Filter by category' })).getAllByRole('button');
      expect(chips.map((chip) => chip.textContent)).toEqual(['All', 'Payments', 'Feature flags', 'HR', 'Project management']);
      expect(screen.getByRole('button', { name: 'All', pressed: true })).toBeInTheDocument();
      expect(screen.getByRole('button', { name: 'Payments', pressed: false })).toBeInTheDocument();
    });

    it('shows only that category when a chip is pressed, and everything again with "All"', async () => {
      const { user } = renderHub();
      await user.click(screen.getByRole('button', { name: 'Payments' }));
      expect(screen.getByRole('button', { name: 'Payments' })).toHaveAttribute('aria-pressed', 'true');
      expect(screen.getByRole('button', { name: 'All' })).toHaveAttribute('aria-pressed', 'false');
      expect(providerButtonNames()).toEqual(['GoCardless', 'Stripe']);

      await user.click(screen.getByRole('button', { name: 'Feature flags' }));
      expect(providerButtonNames()).toEqual(['LaunchDarkly']);

      await user.click(screen.getByRole('button', { name: 'All' }));
      expect(providerButtonNames()).toEqual(ALL_NAMES);
    });

    it('lets a pressed chip be pressed again to show every category, as a toggle does', async () => {
      const { user } = renderHub();
      await user.click(screen.getByRole('button', { name: 'Payments' }));
      await user.click(screen.getByRole('button', { name: 'Payments' }));
      expect(screen.getByRole('button', { name: 'Payments' })).toHaveAttribute('aria-pressed', 'false');
      expect(screen.getByRole('button', { name: 'All' })).toHaveAttribute('aria-pressed', 'true');
      expect(providerButtonNames()).toEqual(ALL_NAMES);
    });

    it('combines with the search', async () => {
      const { user } = renderHub();
      await user.click(screen.getByRole('button', { name: 'HR' }));
      await user.type(screen.getByRole('searchbox', { name: 'Search services' }), 'stripe');
      expect(await screen.findByText(/^Nothing matches/)).toBeInTheDocument();
    });
  });

  describe('given a keyboard user', () => {
    it('moves from the search box to the first service with ArrowDown, then along the list', async () => {
      const { user } = renderHub();
      await user.click(screen.getByRole('searchbox', { name: 'Search services' }));
      await user.keyboard('{ArrowDown}');
      expect(screen.getByRole('button', { name: 'GoCardless' })).toHaveFocus();
      await user.keyboard('{ArrowDown}');
      expect(screen.getByRole('button', { name: 'LaunchDarkly' })).toHaveFocus();
      await user.keyboard('{ArrowUp}');
      expect(screen.getByRole('button', { name: 'GoCardless' })).toHaveFocus();
      await user.keyboard('{End}');
      expect(screen.getByRole('button', { name: 'Stripe' })).toHaveFocus();
      await user.keyboard('{ArrowDown}');
      expect(screen.getByRole('button', { name: 'GoCardless' })).toHaveFocus();
      await user.keyboard('{ArrowUp}');
      expect(screen.getByRole('searchbox', { name: 'Search services' })).toHaveFocus();
    });

    it('opens the focused service with Enter', async () => {
      const { user } = renderHub();
      await user.click(screen.getByRole('searchbox', { name: 'Search services' }));
      await user.keyboard('{ArrowDown}{ArrowDown}{Enter}');
      expect(screen.getByRole('heading', { level: 2, name: 'LaunchDarkly' })).toHaveFocus();
    });
  });

  describe('when the user picks a service', () => {
    it('shows the service as a level-2 heading and moves focus to it', async () => {
      const { user } = renderHub();
      await user.click(screen.getByRole('button', { name: 'Stripe' }));
      const heading = screen.getByRole('heading', { level: 2, name: 'Stripe' });
      expect(heading).toHaveFocus();
      expect(screen.queryByRole('searchbox')).not.toBeInTheDocument();
    });

    it('returns with Back to the list as the user left it: the same search and category, the focus on that service', async () => {
      const { user } = renderHub();
      await user.click(screen.getByRole('button', { name: 'Project management' }));
      await user.type(screen.getByRole('searchbox', { name: 'Search services' }), 'short');
      await user.click(screen.getByRole('button', { name: 'Shortcut' }));
      await user.click(screen.getByRole('button', { name: 'Back' }));
      expect(screen.getByRole('button', { name: 'Shortcut' })).toHaveFocus();
      expect(screen.getByRole('searchbox', { name: 'Search services' })).toHaveValue('short');
      expect(screen.getByRole('button', { name: 'Project management' })).toHaveAttribute('aria-pressed', 'true');
      expect(providerButtonNames()).toEqual(['Shortcut']);
    });

    it('returns to the whole list, its heading focused, when the search the user left no longer shows that service', async () => {
      const { user, rerender } = renderHub();
      await user.click(screen.getByRole('button', { name: 'Payments' }));
      await user.click(screen.getByRole('button', { name: 'Stripe' }));
      // Meanwhile the host takes the payment services away.
      const others = builtInProviders.filter((provider) => provider.category !== 'payments');
      rerender(<ConnectHub endpoint="/api/connect" providers={[...others, stripe]} />);
      rerender(<ConnectHub endpoint="/api/connect" providers={others} />);
      await user.click(screen.getByRole('button', { name: 'Back' }));
      expect(screen.getByRole('heading', { level: 2, name: 'Connect an account' })).toHaveFocus();
      expect(screen.getByRole('button', { name: 'All' })).toHaveAttribute('aria-pressed', 'true');
      expect(providerButtonNames()).toEqual(others.map((provider) => provider.name));
    });

    it('shows the whole list again, its heading focused, for another account after a success', async () => {
      vi.stubGlobal('fetch', vi.fn(async () => Response.json({ account: { id: 'acct_1', provider: 'shortcut' } })));
      onTestFinished(() => void vi.unstubAllGlobals());
      const { user } = renderHub();
      await user.type(screen.getByRole('searchbox', { name: 'Search services' }), 'short');
      await user.click(screen.getByRole('button', { name: 'Shortcut' }));
      await user.click(screen.getByLabelText('API Token'));
      await user.paste('sct_rw_abc123_def456');
      await user.click(screen.getByRole('button', { name: 'Connect' }));
      await user.click(await screen.findByRole('button', { name: 'Connect another account' }));
      expect(screen.getByRole('heading', { level: 2, name: 'Connect an account' })).toHaveFocus();
      expect(screen.getByRole('searchbox', { name: 'Search services' })).toHaveValue('');
      expect(providerButtonNames()).toEqual(ALL_NAMES);
    });

    it.each(builtInProviders.map((provider) => provider.name))('has no axe violations on the %s screen', async (name) => {
      const { container, user } = renderHub();
      await user.click(screen.getByRole('button', { name }));
      expect(screen.getByRole('heading', { level: 2, name })).toBeInTheDocument();
      await expectNoAxeViolations(container);
    }, AXE_TIMEOUT_MS);
  });

  describe('given a catalogue of 100 services', () => {
    const catalogue = Array.from({ length: 100 }, (_, index) =>
      defineProvider({ ...stripe, id: `service-${index + 1}`, name: `Service ${String(index + 1).padStart(3, '0')}` }),
    );
    const listItems = () => within(screen.getByRole('list', { name: 'Services' })).getAllByRole('listitem');

    it('renders the first page of services, each telling its place among all 100', () => {
      renderHub({ providers: catalogue });
      const items = listItems();
      expect(items).toHaveLength(PAGE_SIZE);
      expect(items[0]).toHaveAttribute('aria-posinset', '1');
      expect(items[0]).toHaveAttribute('aria-setsize', '100');
    });

    it('says how many services match from the first search on, and how many there are when the search is cleared', async () => {
      const { user } = renderHub({ providers: catalogue });
      // Screen readers say a live region's changes, not what it holds when it appears.
      expect(screen.getByRole('status')).toBeEmptyDOMElement();
      const search = screen.getByRole('searchbox', { name: 'Search services' });
      await user.type(search, 'service 09'); // 009, and 090 to 099
      expect(screen.getByRole('status')).toHaveTextContent(/^11 services$/);
      await user.clear(search);
      expect(screen.getByRole('status')).toHaveTextContent(/^100 services$/);
    });

    it('searches all of them, not only the rendered page', async () => {
      const { user } = renderHub({ providers: catalogue });
      await user.type(screen.getByRole('searchbox', { name: 'Search services' }), 'service 099');
      expect(within(screen.getByRole('list', { name: 'Services' })).getByRole('button', { name: 'Service 099' })).toBeInTheDocument();
      expect(listItems()).toHaveLength(1);
      expect(listItems()[0]).not.toHaveAttribute('aria-setsize');
    });

    it('renders the rest for the keyboard: ArrowDown past the page, End to the very last', async () => {
      const { user } = renderHub({ providers: catalogue });
      screen.getByRole('button', { name: `Service ${String(PAGE_SIZE).padStart(3, '0')}` }).focus();
      await user.keyboard('{ArrowDown}');
      expect(screen.getByRole('button', { name: `Service ${String(PAGE_SIZE + 1).padStart(3, '0')}` })).toHaveFocus();
      expect(listItems()).toHaveLength(PAGE_SIZE * 2);
      await user.keyboard('{End}');
      expect(screen.getByRole('button', { name: 'Service 100' })).toHaveFocus();
      expect(listItems()).toHaveLength(100);
    });
  });
});

describe('given a catalogue of 1,000 services', () => {
  it('shows its list without wording a number, so that the browser does not load its number formatting before the first paint', async () => {
    const catalogue = Array.from({ length: 1000 }, (_, index) => ({ ...stripe, id: `service-${index + 1}`, name: `Service ${index + 1}` }));
    const NumberFormat = Intl.NumberFormat;
    let made = 0;
    Intl.NumberFormat = new Proxy(NumberFormat, {
      construct: (target, args: ConstructorParameters<typeof Intl.NumberFormat>) => (made++, new target(...args)),
      apply: (target, _this, args: Parameters<typeof Intl.NumberFormat>) => (made++, target(...args)),
    });
    onTestFinished(() => {
      Intl.NumberFormat = NumberFormat;
    });

    const { user } = renderHub({ providers: catalogue });
    expect(within(screen.getByRole('list', { name: 'Services' })).getAllByRole('listitem')).toHaveLength(PAGE_SIZE);
    expect(made).toBe(0);

    await user.type(screen.getByRole('searchbox', { name: 'Search services' }), 'service');
    expect(screen.getByRole('status')).toHaveTextContent(/^1,000 services$/);
  });
});

describe('given a host provider whose logo cannot load', () => {
  it('shows the first letter of its name instead of a broken image', () => {
    const { container } = renderHub({ providers: [acmeProvider({ logo: 'https://acme.example/moved.svg' })] });
    const logo = container.querySelector('img');
    if (!logo) throw new Error('expected a logo');
    expect(logo).toHaveAttribute('src', 'https://acme.example/moved.svg');

    fireEvent.error(logo);
    expect(logo.getAttribute('src')).toMatch(/^data:image\/svg\+xml,/);
    expect(decodeURIComponent(logo.getAttribute('src') ?? '')).toContain('>A</text>');
    // The letter itself loads; were it to fail too, it is not set again (each set loads again: a loop).
    const sets = vi.spyOn(logo, 'src', 'set');
    fireEvent.error(logo);
    expect(sets).not.toHaveBeenCalled();
  });
});
