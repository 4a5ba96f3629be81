import { act, screen, within } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, expectTypeOf, it, vi } from 'vitest';
import type { ConnectError } from './connect/connect-error.js';
import { defineConnectHubElement, mount, type ConnectEvent, type ConnectHubElement, type ConnectHubElementEventMap, type MountedConnectHub } from './element.js';
import { polyfillModalDialog } from './test/dialog.js';

// The custom element's wiring in jsdom, under React 18 and 19; e2e/element.spec.ts runs the
// built bundle on a plain HTML page.

/** Lets the element's queued (microtask) render and React's commit happen. */
async function settle() {
  await act(async () => {
    await Promise.resolve();
  });
}

afterEach(() => {
  document.body.replaceChildren();
  vi.restoreAllMocks();
});

describe('given mount() on a plain element', () => {
  let widget: MountedConnectHub | undefined;
  afterEach(() => act(() => widget?.unmount()));

  it('renders the widget, re-renders with new props, and unmounts', async () => {
    const host = document.body.appendChild(document.createElement('div'));

    await act(async () => {
      widget = mount(host, { endpoint: '/api/connect' });
    });
    expect(screen.getByRole('heading', { level: 2, name: 'Connect an account' })).toBeInTheDocument();

    await act(async () => widget?.update({ endpoint: '/api/connect', appearance: { theme: 'dark' } }));
    expect(host.querySelector('[data-theme]')).toHaveAttribute('data-theme', 'dark');

    act(() => widget?.unmount());
    expect(host).toBeEmptyDOMElement();
    act(() => widget?.unmount()); // twice is harmless
    expect(() => widget?.update({ endpoint: '/api/connect' })).toThrow(/unmounted/);
  });

  it('gives its ids a prefix of its own, since another React on the page counts ids from the same start', async () => {
    const first = document.body.appendChild(document.createElement('div'));
    const second = document.body.appendChild(document.createElement('div'));
    let other: MountedConnectHub | undefined;
    await act(async () => {
      widget = mount(first, { endpoint: '/api/connect', provider: 'stripe' });
      other = mount(second, { endpoint: '/api/connect', provider: 'stripe' });
    });
    const prefixes = [first, second].map((host) => {
      const input = within(host).getByLabelText('API Key');
      // React's own ids are ":r0:" (18) or "_r_0_" (19); the element's start with "ch" and its own letters.
      return /^[:_](ch[a-z0-9]+-)r/.exec(input.id)?.[1];
    });
    expect(prefixes[0]).toBeDefined();
    expect(prefixes[1]).toBeDefined();
    expect(prefixes[0]).not.toBe(prefixes[1]);
    act(() => other?.unmount());
  });
});

describe('given the <connect-hub> element', () => {
  it('speaks French and German from its locale attribute, without an import', async () => {
    const warn = vi.spyOn(console, 'warn');
    document.body.innerHTML = '<connect-hub endpoint="/api/connect" provider="stripe" locale="fr"></connect-hub>';
    await settle();
    expect(screen.getByRole('button', { name: 'Connecter' })).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: /^Mode test/ })).toBeInTheDocument();

    act(() => document.querySelector('connect-hub')?.setAttribute('locale', 'de-CH'));
    await settle();
    expect(screen.getByRole('button', { name: 'Verbinden' })).toBeInTheDocument();
    expect(warn).not.toHaveBeenCalled();
    act(() => document.body.replaceChildren());
    await settle();
  });

  it('is defined on import, and defining it again returns the same class', () => {
    const defined = customElements.get('connect-hub');
    expect(defined).toBeDefined();
    expect(defineConnectHubElement()).toBe(defined);
  });

  it('can be defined under another name', async () => {
    const elementClass = defineConnectHubElement('my-connect-hub');
    expectTypeOf<InstanceType<typeof elementClass>>().toEqualTypeOf<ConnectHubElement>();
    document.body.innerHTML = '<my-connect-hub endpoint="/api/connect" provider="stripe"></my-connect-hub>';
    await settle();

    expect(screen.getByRole('heading', { level: 2, name: 'Stripe' })).toBeInTheDocument();
    act(() => document.body.replaceChildren());
    await settle();
  });

  it('waits for an endpoint attribute set after it was added to the page', async () => {
    const element = document.createElement('connect-hub');
    const errors = vi.fn();
    vi.spyOn(console, 'error').mockImplementation(() => {});
    element.addEventListener('connect-hub:error', errors);
    document.body.append(element);
    element.setAttribute('endpoint', '/api/connect');
    await settle();

    expect(errors).not.toHaveBeenCalled();
    expect(screen.getByRole('heading', { level: 2, name: 'Connect an account' })).toBeInTheDocument();
    element.remove();
    await settle();
    expect(element).toBeEmptyDOMElement();
  });

  it('reports an unusable endpoint as connect-hub:error and renders nothing', async () => {
    const consoleError = vi.spyOn(console, 'error').mockImplementation(() => {});
    const element = document.createElement('connect-hub');
    element.setAttribute('endpoint', 'http://api.example.com/connect');
    const errors: CustomEvent[] = [];
    document.addEventListener('connect-hub:error', (event) => errors.push(event as CustomEvent), { once: true });
    document.body.append(element);
    await settle();

    expect(element).toBeEmptyDOMElement();
    expect(errors).toHaveLength(1);
    expect(errors[0]?.detail).toMatchObject({ code: 'configuration', message: expect.stringContaining('https:') });
    expect(errors[0]?.bubbles && errors[0]?.composed).toBe(true);
    expect(consoleError).toHaveBeenCalledWith(expect.stringContaining('<connect-hub>'));
  });

  it("types its events' details as the React component's callbacks get them", () => {
    expectTypeOf<ConnectHubElementEventMap['connect-hub:error']['detail']['code']>().toEqualTypeOf<ConnectError['code']>();
    expectTypeOf<ConnectHubElementEventMap['connect-hub:event']['detail']>().toEqualTypeOf<ConnectEvent>();
  });

  it('reports any other configuration mistake as connect-hub:error too, and recovers once it is fixed', async () => {
    const consoleError = vi.spyOn(console, 'error').mockImplementation(() => {});
    const element = document.createElement('connect-hub');
    element.setAttribute('endpoint', '/api/connect');
    element.setAttribute('provider', 'stripee');
    const errors: CustomEvent[] = [];
    document.addEventListener('connect-hub:error', (event) => errors.push(event as CustomEvent));
    document.body.append(element);
    await settle();

    expect(element).toBeEmptyDOMElement();
    expect(errors.map((event) => event.detail)).toEqual([
      expect.objectContaining({ code: 'configuration', message: expect.stringContaining('"stripee"') }),
    ]);
    expect(consoleError).toHaveBeenCalledWith(expect.stringContaining('<connect-hub>: ConnectHub was asked to preselect provider "stripee"'));

    element.setAttribute('provider', 'stripe');
    await settle();
    expect(screen.getByRole('heading', { level: 2, name: 'Stripe' })).toBeInTheDocument();
    act(() => element.remove());
    await settle();
  });

  it('reads closable="false" as not closable, as frameworks write a false binding', async () => {
    const element = document.createElement('connect-hub');
    element.setAttribute('endpoint', '/api/connect');
    element.setAttribute('closable', 'false');
    document.body.append(element);
    await settle();
    expect(screen.queryByRole('button', { name: 'Close' })).not.toBeInTheDocument();
    element.setAttribute('closable', '');
    await settle();
    expect(screen.getByRole('button', { name: 'Close' })).toBeInTheDocument();
    act(() => element.remove());
    await settle();
  });

  it('offers its attributes as properties, for frameworks that set properties, even before it was upgraded', async () => {
    const element = document.createElement('connect-hub-props') as ConnectHubElement;
    element.endpoint = '/api/connect';
    element.provider = 'stripe';
    document.body.append(element);
    defineConnectHubElement('connect-hub-props');
    await settle();
    expect(element.getAttribute('provider')).toBe('stripe');
    expect(screen.getByRole('heading', { level: 2, name: 'Stripe' })).toBeInTheDocument();

    element.closable = true;
    element.theme = 'dark';
    await settle();
    expect(screen.getByRole('button', { name: 'Close' })).toBeInTheDocument();
    expect(element.querySelector('[data-theme]')).toHaveAttribute('data-theme', 'dark');

    element.closable = false;
    element.provider = null;
    await settle();
    expect(element.hasAttribute('closable')).toBe(false);
    expect(screen.queryByRole('button', { name: 'Close' })).not.toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2, name: 'Connect an account' })).toBeInTheDocument();
    act(() => element.remove());
    await settle();
  });

  it('reads theme and mode as one of their values, or null for any other, which the widget ignores', () => {
    const element = document.createElement('connect-hub');
    element.setAttribute('theme', 'dark');
    element.setAttribute('mode', 'modal');
    expect([element.theme, element.mode]).toEqual(['dark', 'modal']);
    element.setAttribute('theme', 'blue');
    element.setAttribute('mode', 'popup');
    expect([element.theme, element.mode]).toEqual([null, null]);
    expectTypeOf(element.theme).toEqualTypeOf<'light' | 'dark' | 'system' | null>();
    expectTypeOf(element.mode).toEqualTypeOf<'inline' | 'modal' | null>();
  });

  describe('in modal mode', () => {
    beforeAll(polyfillModalDialog);

    async function modalElement(options: ConnectHubElement['options'] = {}): Promise<ConnectHubElement> {
      const element = document.createElement('connect-hub');
      element.setAttribute('endpoint', '/api/connect');
      element.setAttribute('mode', 'modal');
      element.options = options;
      document.body.append(element);
      await settle();
      return element;
    }

    const dialog = () => screen.queryByRole('dialog', { name: 'Connect an account' });

    it('opens and closes with its open attribute, so a page opens it from a button of its own', async () => {
      const element = await modalElement({ trigger: null });
      expect(screen.queryByRole('button')).not.toBeInTheDocument();
      expect(dialog()).not.toBeInTheDocument();

      element.open = true;
      await settle();
      expect(element).toHaveAttribute('open', '');
      expect(dialog()).toBeInTheDocument();

      element.removeAttribute('open');
      await settle();
      expect(element.open).toBe(false);
      expect(dialog()).not.toBeInTheDocument();
      expectTypeOf(element.open).toEqualTypeOf<boolean>();
    });

    it('starts over when the page closes it, as after a dismissal', async () => {
      const element = await modalElement({ trigger: null });
      element.open = true;
      await settle();
      act(() => within(dialog()!).getByRole('button', { name: 'Stripe' }).click());
      expect(await screen.findByRole('heading', { level: 2, name: 'Stripe' })).toBeInTheDocument();

      element.removeAttribute('open');
      await settle();
      element.open = true;
      await settle();
      expect(within(dialog()!).getByRole('heading', { level: 2, name: 'Connect an account' })).toBeInTheDocument();
    });

    it('reflects an opening by its trigger, and a dismissal, in the open attribute', async () => {
      const element = await modalElement();
      const closes = vi.fn();
      element.addEventListener('connect-hub:close', closes);

      act(() => screen.getByRole('button', { name: 'Connect an account' }).click());
      await settle();
      expect(element.open).toBe(true);
      expect(dialog()).toBeInTheDocument();

      act(() => within(dialog()!).getByRole('button', { name: 'Close' }).click());
      await settle();
      expect(element).not.toHaveAttribute('open');
      expect(dialog()).not.toBeInTheDocument();
      expect(closes).toHaveBeenCalledTimes(1);
    });

    it('names its trigger in the language of its locale attribute, and as options.trigger says', async () => {
      const element = await modalElement();
      element.setAttribute('locale', 'de');
      await settle();
      expect(screen.getByRole('button', { name: 'Konto verbinden' })).toBeInTheDocument();
      element.options = { trigger: 'Stripe verbinden' };
      await settle();
      expect(screen.getByRole('button', { name: 'Stripe verbinden' })).toBeInTheDocument();
    });

    it('starts open with options.defaultOpen, as before the open attribute', async () => {
      const element = await modalElement({ defaultOpen: true });
      expect(dialog()).toBeInTheDocument();
      expect(element.open).toBe(true);
    });
  });

  it('removes an attribute whose property is set to null or undefined', () => {
    const element = document.createElement('connect-hub');
    element.provider = 'stripe';
    element.provider = undefined;
    expect(element.hasAttribute('provider')).toBe(false);
    element.locale = 'fr';
    element.locale = null;
    expect(element.hasAttribute('locale')).toBe(false);
  });

  it('takes `options` set before the element was upgraded', async () => {
    const element = document.createElement('connect-hub-later') as ConnectHubElement;
    element.options = { appearance: { density: 'compact' } };
    element.setAttribute('endpoint', '/api/connect');
    document.body.append(element);
    defineConnectHubElement('connect-hub-later');
    await settle();

    expect(element.querySelector('[data-density]')).toHaveAttribute('data-density', 'compact');
    element.options = { appearance: { density: 'comfortable' } };
    await settle();
    expect(element.querySelector('[data-density]')).toHaveAttribute('data-density', 'comfortable');
    act(() => element.remove());
    await settle();
  });
});
