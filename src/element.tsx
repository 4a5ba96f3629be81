// The `connect-hub/element` entry, for pages without React of their own: it bundles React and
// react-dom, and offers the widget as a custom element (`<connect-hub>`) and as `mount()`.
import { Component, type ReactNode } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { ConnectHub, type ConnectHubProps as ReactConnectHubProps } from './components/connect-hub.js';
import type { ConnectEvent } from './components/connect-hub-context.js';
import type { ConnectError } from './connect/connect-error.js';
import { endpointProblem } from './connect/endpoint.js';
import type { ConnectedAccount } from './contract/contract.js';
import { resolveMessages } from './i18n/locale.js';
import type { LocalePack, MessageOverrides } from './i18n/locale-pack.js';
import { de } from './locales/de.js';
import { fr } from './locales/fr.js';
import type { Appearance } from './theme/appearance.js';

export type { ConnectEvent, ConnectEventType } from './components/connect-hub-context.js';
export type { ConnectedAccount } from './contract/contract.js';

/**
 * This entry is a whole page's widget, not a part of a host's bundle: it carries every language
 * connect-hub ships, so that the `locale` attribute (or prop) works without an import. A host's
 * own packs (`options.locales`, or `locales` given to `mount`) come first.
 */
const SHIPPED_LOCALES: readonly LocalePack[] = [fr, de];

function withShippedLocales(locales: readonly LocalePack[] | undefined): readonly LocalePack[] {
  return locales ? [...locales, ...SHIPPED_LOCALES] : SHIPPED_LOCALES;
}

/**
 * The widget's props as this entry renders them: those of `ConnectHub` in `connect-hub`, but
 * `trigger` is text. This entry renders with the React it bundles, which cannot render an element
 * made by another React, the page's: React 18 fails with error #525, React 19 with an invalid
 * hook call as soon as the element uses a hook.
 *
 * @example
 * mount(element, { endpoint: '/api/connect', mode: 'modal', trigger: 'Link an account' });
 */
export type ConnectHubProps = Omit<ReactConnectHubProps, 'trigger' | 'messages'> & {
  /** Modal mode: the trigger button's text (default "Connect an account"); `null` for no trigger. */
  trigger?: string | null | undefined;
  /** Overrides of individual UI strings, on top of the locale's catalogue. */
  messages?: MessageOverrides | undefined;
};

/** What {@link mount} returns. */
export type MountedConnectHub = {
  /** Renders the widget again with new props (all of them, as with a React re-render). */
  update(props: ConnectHubProps): void;
  /** Removes the widget, aborting any request in flight. Safe to call twice. */
  unmount(): void;
};

/**
 * This entry brings a React of its own, whose `useId` counts from the same start as any other
 * React on the page (a host app's, another bundle's): without a prefix of their own, two widgets'
 * ids, label links and theme rules would collide.
 */
function newRoot(element: Element): Root {
  return createRoot(element, { identifierPrefix: `ch${Math.random().toString(36).slice(2, 8)}-` });
}

/**
 * Renders `<ConnectHub>` into `element` with the React bundled in this entry: for pages that
 * have no React of their own. (A React app imports `ConnectHub` from `connect-hub` instead.)
 *
 * @example
 * import { mount } from 'connect-hub/element';
 * const widget = mount(document.querySelector('#connect')!, {
 *   endpoint: '/api/connect',
 *   onSuccess: (account) => widget.unmount(),
 * });
 */
export function mount(element: Element, props: ConnectHubProps): MountedConnectHub {
  const root = newRoot(element);
  let mounted = true;
  root.render(<ConnectHub {...props} locales={withShippedLocales(props.locales)} />);
  return {
    update(next) {
      if (!mounted) throw new Error('This ConnectHub was unmounted; call mount() again to show a new one.');
      root.render(<ConnectHub {...next} locales={withShippedLocales(next.locales)} />);
    },
    unmount() {
      if (!mounted) return;
      mounted = false;
      root.unmount();
    },
  };
}

/** `detail` of `connect-hub:error`: the {@link ConnectError}'s fields. Never carries a credential. */
export type ConnectHubErrorDetail = {
  code: ConnectError['code'];
  message: string;
  /** The HTTP status, when the server answered. */
  status: number | undefined;
  /** The credential key (or `environment`) the message belongs to, when the backend said so. */
  field: string | undefined;
};

/** The DOM events `<connect-hub>` dispatches; all bubble and cross shadow roots (`composed`). */
export type ConnectHubElementEventMap = {
  /** The account was linked; `detail` is the backend's `account`. */
  'connect-hub:success': CustomEvent<ConnectedAccount>;
  /** A connect attempt failed for good, or the `endpoint` attribute is unusable. */
  'connect-hub:error': CustomEvent<ConnectHubErrorDetail>;
  /** The user dismissed the widget (only with the `closable` attribute). */
  'connect-hub:close': CustomEvent<null>;
  /** The analytics stream: `open`, `select_provider`, `submit`, `error`, `success`, `close`. */
  'connect-hub:event': CustomEvent<ConnectEvent>;
};

/** Every event a `<connect-hub>` element can hear: an element's own, and the widget's. */
type ConnectHubElementEvents = HTMLElementEventMap & ConnectHubElementEventMap;

/**
 * Props that only a script can give: set them with `element.options = { headers: … }`. The
 * dialog's `open` is the element's `open` attribute; `defaultOpen` opens it once, at first.
 */
export type ConnectHubElementOptions = Omit<
  ConnectHubProps,
  'endpoint' | 'provider' | 'locale' | 'onSuccess' | 'onError' | 'onClose' | 'onEvent' | 'onOpenChange' | 'open' | 'queryClient'
>;

/** The values of the `theme` attribute: `light`, `dark` or `system`, as in `appearance.theme`. */
type ElementTheme = NonNullable<Appearance['theme']>;
/** The values of the `mode` attribute: `inline` or `modal`, as the `mode` prop. */
type ElementMode = NonNullable<ConnectHubProps['mode']>;

/** The `<connect-hub>` element. */
export interface ConnectHubElement extends HTMLElement {
  /**
   * Props beyond the attributes, e.g. `headers` with the user's session token, `providers`,
   * `appearance.variables`, `messages`, `nonce`. The attributes win over these.
   */
  options: ConnectHubElementOptions;
  /** The attributes as properties (`null` when absent; `null` or `undefined` removes one), for frameworks that set properties. */
  get endpoint(): string | null;
  set endpoint(value: string | null | undefined);
  get provider(): string | null;
  set provider(value: string | null | undefined);
  get locale(): string | null;
  set locale(value: string | null | undefined);
  /** The `theme` attribute: `light`, `dark` or `system`; `null` when absent or another value, which the widget ignores. */
  get theme(): ElementTheme | null;
  set theme(value: ElementTheme | null | undefined);
  /** The `closable` attribute: present and not `"false"`. */
  closable: boolean;
  /**
   * The `mode` attribute: `inline` (default) or `modal`, a button that opens the widget as a
   * dialog; `null` when absent or another value, which the widget ignores.
   */
  get mode(): ElementMode | null;
  set mode(value: ElementMode | null | undefined);
  /**
   * The `open` attribute (present and not `"false"`), in modal mode: whether the dialog is open.
   * Set it to open the dialog from the page's own UI; the trigger sets it and a dismissal removes it.
   */
  open: boolean;
  /** Typed for the widget's own events too: `event.detail` is the account, the error, … */
  addEventListener<K extends keyof ConnectHubElementEvents>(
    type: K,
    listener: (this: ConnectHubElement, event: ConnectHubElementEvents[K]) => unknown,
    options?: boolean | AddEventListenerOptions,
  ): void;
  addEventListener(type: string, listener: EventListenerOrEventListenerObject, options?: boolean | AddEventListenerOptions): void;
  removeEventListener<K extends keyof ConnectHubElementEvents>(
    type: K,
    listener: (this: ConnectHubElement, event: ConnectHubElementEvents[K]) => unknown,
    options?: boolean | EventListenerOptions,
  ): void;
  removeEventListener(type: string, listener: EventListenerOrEventListenerObject, options?: boolean | EventListenerOptions): void;
}

/** The `<connect-hub>` element's class, as {@link defineConnectHubElement} returns it. */
export type ConnectHubElementConstructor = {
  new (): ConnectHubElement;
  readonly prototype: ConnectHubElement;
};

// Every value, checked by the types: a record, not a list.
const THEMES: Readonly<Record<ElementTheme, true>> = { light: true, dark: true, system: true };
const MODES: Readonly<Record<ElementMode, true>> = { inline: true, modal: true };
const OBSERVED = ['endpoint', 'provider', 'locale', 'theme', 'closable', 'mode', 'open'] as const;

/** An attribute's value when it is one of `values`, else `null` (the widget ignores any other). */
function allowed<Value extends string>(values: Readonly<Record<Value, true>>, attribute: string | null): Value | null {
  return attribute !== null && Object.hasOwn(values, attribute) ? (attribute as Value) : null;
}

/** A boolean attribute (`closable`, `open`) present and not "false": frameworks write a false binding as closable="false". */
function isPresent(attribute: string | null): boolean {
  return attribute !== null && attribute !== 'false';
}

function errorDetail(error: ConnectError): ConnectHubErrorDetail {
  return { code: error.code, message: error.message, status: error.status, field: error.field };
}

/**
 * Catches what the widget throws while rendering: a configuration mistake (an unknown provider, a
 * bad definition). A page without React has no boundary of its own, so without this it would get
 * an empty element and an uncaught error instead of a `connect-hub:error`.
 */
class ConfigurationBoundary extends Component<{ onError: (error: unknown) => void; children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError() {
    return { failed: true };
  }

  override componentDidCatch(error: unknown) {
    this.props.onError(error);
  }

  override render() {
    return this.state.failed ? null : this.props.children;
  }
}

function createElementClass(): ConnectHubElementConstructor {
  return class extends HTMLElement implements ConnectHubElement {
    static readonly observedAttributes = OBSERVED;
    #root: Root | undefined;
    #options: ConnectHubElementOptions = {};
    #syncQueued = false;
    #reportedProblem: string | undefined;
    /** Rendering failures so far: each new attempt gets a fresh boundary. */
    #failures = 0;

    constructor() {
      super();
      // A page may set `options` before this bundle loads and upgrades the element: that value
      // is then an own property hiding the setter below. Take it over.
      // The same for the attributes' properties.
      for (const name of ['options', ...OBSERVED] as const) {
        if (!Object.hasOwn(this, name)) continue;
        const early: unknown = this[name];
        delete (this as Partial<Record<typeof name, unknown>>)[name];
        (this as Record<typeof name, unknown>)[name] = early;
      }
    }

    get endpoint(): string | null {
      return this.getAttribute('endpoint');
    }
    set endpoint(value: string | null | undefined) {
      this.#reflect('endpoint', value);
    }
    get provider(): string | null {
      return this.getAttribute('provider');
    }
    set provider(value: string | null | undefined) {
      this.#reflect('provider', value);
    }
    get locale(): string | null {
      return this.getAttribute('locale');
    }
    set locale(value: string | null | undefined) {
      this.#reflect('locale', value);
    }
    get theme(): ElementTheme | null {
      return allowed(THEMES, this.getAttribute('theme'));
    }
    set theme(value: ElementTheme | null | undefined) {
      this.#reflect('theme', value);
    }
    get mode(): ElementMode | null {
      return allowed(MODES, this.getAttribute('mode'));
    }
    set mode(value: ElementMode | null | undefined) {
      this.#reflect('mode', value);
    }
    get closable() {
      return isPresent(this.getAttribute('closable'));
    }
    set closable(value: boolean) {
      this.#reflect('closable', value ? '' : null);
    }
    get open() {
      return isPresent(this.getAttribute('open'));
    }
    set open(value: boolean) {
      this.#reflect('open', value ? '' : null);
    }

    #reflect(name: (typeof OBSERVED)[number], value: string | null | undefined) {
      if (value === null || value === undefined) this.removeAttribute(name);
      else this.setAttribute(name, value);
    }

    get options(): ConnectHubElementOptions {
      return this.#options;
    }

    set options(options: ConnectHubElementOptions) {
      this.#options = options ?? {};
      this.#queueSync();
    }

    connectedCallback() {
      this.#queueSync();
    }

    // Deferred: a move in the DOM (disconnect, then connect) keeps the widget and its state, and a
    // host that removes the element from a `connect-hub:*` listener does not unmount React mid-commit.
    disconnectedCallback() {
      this.#queueSync();
    }

    attributeChangedCallback() {
      this.#queueSync();
    }

    #queueSync() {
      if (this.#syncQueued) return;
      this.#syncQueued = true;
      queueMicrotask(() => {
        this.#syncQueued = false;
        this.#sync();
      });
    }

    #dispatch<K extends keyof ConnectHubElementEventMap>(type: K, detail: ConnectHubElementEventMap[K]['detail']) {
      this.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
    }

    #sync() {
      const endpoint = this.getAttribute('endpoint') ?? '';
      const problem = this.isConnected ? endpointProblem(endpoint) : undefined;
      if (!this.isConnected || problem) {
        this.#root?.unmount();
        this.#root = undefined;
        if (problem) this.#report(problem);
        return;
      }
      this.#reportedProblem = undefined;
      const provider = this.getAttribute('provider') || undefined;
      // `defaultOpen` as the React prop has it: open at first (at each mount: a new widget).
      if (!this.#root && this.#options.defaultOpen && (this.mode ?? this.#options.mode) === 'modal') this.open = true;
      this.#root ??= newRoot(this);
      // A new `provider` attribute starts the widget over on that provider.
      this.#root.render(
        <ConfigurationBoundary key={this.#failures} onError={this.#renderFailed}>
          <ConnectHub key={provider ?? ''} {...this.#props(endpoint, provider)} />
        </ConfigurationBoundary>,
      );
    }

    #renderFailed = (error: unknown) => {
      this.#failures += 1;
      this.#report(error instanceof Error ? error.message : String(error));
    };

    /** A configuration problem, once until it changes: on the console and as `connect-hub:error`. */
    #report(problem: string) {
      if (problem === this.#reportedProblem) return;
      this.#reportedProblem = problem;
      console.error(`<${this.localName}>: ${problem}`);
      this.#dispatch('connect-hub:error', { code: 'configuration', message: problem, status: undefined, field: undefined });
    }

    #props(endpoint: string, provider: string | undefined): ConnectHubProps {
      const theme = this.theme;
      const appearance: Appearance = { ...this.#options.appearance };
      if (theme !== null) appearance.theme = theme;
      const mode = this.mode ?? this.#options.mode;
      const locale = this.getAttribute('locale') || undefined;
      const locales = withShippedLocales(this.#options.locales);
      return {
        ...this.#options,
        endpoint,
        provider,
        locale,
        locales,
        appearance,
        // The dialog is the `open` attribute's: the trigger and a dismissal set it, and so can the page.
        open: this.open,
        onOpenChange: (open) => (this.open = open),
        // Controlled, the widget shows a trigger only when given one: its default, unless `null`.
        trigger:
          this.#options.trigger === undefined
            ? resolveMessages(locale, this.#options.messages, locales).openTrigger
            : this.#options.trigger,
        onSuccess: (account) => this.#dispatch('connect-hub:success', account),
        onError: (error) => this.#dispatch('connect-hub:error', errorDetail(error)),
        onEvent: (event) => this.#dispatch('connect-hub:event', event),
        mode,
        // A dialog is always dismissable: the host hears it.
        onClose: this.closable || mode === 'modal' ? () => this.#dispatch('connect-hub:close', null) : undefined,
      };
    }
  };
}

/**
 * Defines the `<connect-hub>` custom element (or under another name). Importing
 * `connect-hub/element` already does this when the name is free; call it yourself for another name.
 * Returns the element class (`new` gives a {@link ConnectHubElement}); does nothing (but return
 * the existing class) when the name is taken.
 *
 * Attributes: `endpoint` (required), `provider`, `locale`, `theme` (`light`, `dark`, `system`),
 * `closable`, `mode` (`inline`, `modal`), `open` (modal mode). DOM events: see {@link ConnectHubElementEventMap}.
 *
 * @example
 * <script type="module">
 *   import 'connect-hub/element';
 *   document.querySelector('connect-hub').addEventListener('connect-hub:success', (event) => {
 *     console.log('linked', event.detail.id);
 *   });
 * </script>
 * <connect-hub endpoint="/api/connect" provider="stripe" theme="dark"></connect-hub>
 */
export function defineConnectHubElement(tagName = 'connect-hub'): ConnectHubElementConstructor {
  // A name already taken is taken to be this element's: the entry imported again, or this called again.
  const existing = customElements.get(tagName) as ConnectHubElementConstructor | undefined;
  if (existing) return existing;
  const elementClass = createElementClass();
  customElements.define(tagName, elementClass);
  return elementClass;
}

// Defined on import in browsers; on a server (no `customElements`) importing is harmless.
if (typeof customElements !== 'undefined' && !customElements.get('connect-hub')) {
  defineConnectHubElement();
}

declare global {
  interface HTMLElementTagNameMap {
    'connect-hub': ConnectHubElement;
  }
  // The events bubble out of the element and its shadow roots: listeners higher up are typed too.
  interface HTMLElementEventMap extends ConnectHubElementEventMap {}
  interface DocumentEventMap extends ConnectHubElementEventMap {}
  interface WindowEventMap extends ConnectHubElementEventMap {}
}
