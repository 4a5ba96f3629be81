import type { QueryClient } from '@tanstack/react-query';
import { useCallback, useContext, useEffect, useId, useMemo, useRef, useState } from 'react';
import baseCss from '../styles/connect-hub.css?inline';
import modalCss from '../styles/modal.css?inline';
import type { ConnectedAccount } from '../contract/contract.js';
import { defineProvider, type ProviderDefinition } from '../definition/provider-schema.js';
import { ConnectError } from '../connect/connect-error.js';
import type { SubmissionKeys } from '../connect/idempotency-key.js';
import type { ConnectHeaders } from '../connect/connect-request.js';
import { assertEndpoint } from '../connect/endpoint.js';
import { isWholeCatalogue, resolveMessages, sameLanguage, shownLanguage, textDirection, warnUnservedLocale } from '../i18n/locale.js';
import type { LocalePack, MessageOverrides } from '../i18n/locale-pack.js';
import { useLocalePacks } from '../i18n/use-locale-packs.js';
import { localizeProvider } from '../definition/localize-provider.js';
import { themeRule, type Appearance } from '../theme/appearance.js';
import { builtInProviders } from '../providers/index.js';
import { ConnectHubContext, type ConnectEvent, type ConnectEventType, type ConnectHubContextValue, type TextAttributes, type TextLanguage } from './connect-hub-context.js';
import { ConnectHubDialog } from './connect-hub-dialog.js';
import { ProviderPicker, type PickerPlace } from './provider-picker.js';
import { prepareProviderScreen, ProviderScreen, ProviderViewCode } from './provider-screen.js';
import type { Rehearsal } from './provider-view.js';
import { SuccessView } from './success-view.js';
import { useIsomorphicLayoutEffect } from './use-isomorphic-layout-effect.js';
import { useLatest } from './use-latest.js';
import { useServerMarkup } from './use-server-markup.js';

const css = baseCss + modalCss;

export type ConnectHubProps = {
  /**
   * `inline` (default) renders in place; `modal` renders a trigger button and the widget in a
   * modal dialog. With `open` controlled, the trigger shows only when `trigger` is given.
   * @example <ConnectHub endpoint="/api/connect" mode="modal" open={open} onOpenChange={setOpen} />
   */
  mode?: 'inline' | 'modal' | undefined;
  /** Modal mode, controlled: whether the dialog is open. Closing it starts over, as the user's dismissal does. */
  open?: boolean | undefined;
  /** Modal mode, uncontrolled: whether the dialog starts open. */
  defaultOpen?: boolean | undefined;
  /** Modal mode: called when the user opens or dismisses the dialog (Escape, backdrop, Close, Done). */
  onOpenChange?: ((open: boolean) => void) | undefined;
  /**
   * Modal mode: the trigger button's content (default "Connect an account"); `null` for no trigger.
   * With `open` controlled, there is a trigger only when this is given: its press calls
   * `onOpenChange(true)`.
   */
  trigger?: React.ReactNode | undefined;
  /** URL of your backend connect endpoint: a path on this site, or an https: URL. */
  endpoint: string;
  /**
   * Extra request headers, e.g. your session token. A function is called before each attempt,
   * inside its timeout: one that never settles ends as a timeout, and the retry calls it again
   * (so a token refresh should share one refresh in flight). Its `signal` aborts when the attempt
   * ends without it (the timeout, Stop, the widget unmounted).
   * @example headers={async ({ signal }) => ({ Authorization: `Bearer ${await getSessionToken({ signal })}` })}
   */
  headers?: ConnectHeaders | undefined;
  /** The providers to offer. Default: every built-in provider. */
  providers?: readonly ProviderDefinition[] | undefined;
  /** Preselect a provider by id and skip the picker. Changing it shows that provider (or the picker), starting over. */
  provider?: string | undefined;
  /** Called with the backend's `account` after the success screen shows. */
  onSuccess?: ((account: ConnectedAccount) => void) | undefined;
  /** Called with a {@link ConnectError} when a connect attempt fails for good. */
  onError?: ((error: ConnectError) => void) | undefined;
  /** The user dismissed the widget. When given, a Close button and a Done button appear. */
  onClose?: (() => void) | undefined;
  /** An analytics stream: `open`, `select_provider`, `submit`, `error`, `success`, `close`, each with its own fields ({@link ConnectEvent}). Never carries a credential. */
  onEvent?: ((event: ConnectEvent) => void) | undefined;
  /** Look: `theme` (`light`, `dark`, `system`), `density`, and theme `variables`. */
  appearance?: Appearance | undefined;
  /**
   * Language of the widget's text, e.g. `fr` or `de-CH` (default `en`). English is built in; for
   * another language pass its pack in `locales`, else the widget shows English.
   */
  locale?: string | undefined;
  /**
   * Languages besides English: their UI text and built-in provider text.
   * @example import { fr } from 'connect-hub/locales/fr'; <ConnectHub locale="fr" locales={[fr]} … />
   */
  locales?: readonly LocalePack[] | undefined;
  /** Overrides of individual UI strings, on top of the locale's catalogue. */
  messages?: MessageOverrides | undefined;
  /** Text direction; by default derived from `locale` (`rtl` for Arabic, Hebrew, Persian…). */
  dir?: 'ltr' | 'rtl' | undefined;
  /**
   * The `fetch` to send the connect request with (default: the global one), e.g. to add tracing
   * or to answer from a fixture in stories and tests. The widget calls it as `fetch(endpoint, init)`,
   * so a function typed for a URL string will do.
   */
  fetch?: ((input: string, init: RequestInit) => Promise<Response>) | undefined;
  /** Per-attempt timeout in milliseconds (default 15 000), `headers()` included. */
  timeoutMs?: number | undefined;
  /** Nonce for the widget's `<style>` element, for CSPs without `'unsafe-inline'` styles. */
  nonce?: string | undefined;
  /** Set to `false` when you load `connect-hub/styles.css` yourself. Default `true`. */
  injectStyles?: boolean | undefined;
  /** A QueryClient to use instead of the widget's own. */
  queryClient?: QueryClient | undefined;
};

type View =
  // `back`: where the user left the picker, to return to with Back.
  | { step: 'picker'; back?: PickerPlace & { provider: string } }
  | { step: 'provider'; provider: ProviderDefinition; from?: PickerPlace }
  | { step: 'success'; provider: ProviderDefinition; account: ConnectedAccount };

function checkProviders(providers: readonly ProviderDefinition[], preselected: string | undefined) {
  const seen = new Set<string>();
  for (const provider of providers) {
    // A definition written by hand (or loaded as JSON) may have skipped defineProvider: fail here,
    // naming the provider and every bad path, rather than later with an unrelated error.
    defineProvider(provider);
    if (seen.has(provider.id)) {
      throw new Error(`ConnectHub was given two providers with the id "${provider.id}"; provider ids must be unique.`);
    }
    seen.add(provider.id);
  }
  if (providers.length === 0) throw new Error('ConnectHub was given an empty `providers` array; pass at least one provider.');
  if (preselected !== undefined && !seen.has(preselected)) {
    throw new Error(
      `ConnectHub was asked to preselect provider "${preselected}", which is not among its providers (${[...seen].join(', ')}).`,
    );
  }
}


/** Calls a host callback; if it throws, the error surfaces asynchronously instead of breaking the widget. */
function callHost<T>(callback: ((value: T) => void) | undefined, value: T) {
  if (!callback) return;
  try {
    callback(value);
  } catch (error) {
    setTimeout(() => {
      throw error;
    });
  }
}

/**
 * The ready-made widget: provider picker, guide, credential form, connect request, confirmation.
 *
 * @example
 * <ConnectHub
 *   endpoint="/api/connect"
 *   headers={{ Authorization: `Bearer ${sessionToken}` }}
 *   onSuccess={(account) => console.log('linked', account.id)}
 * />
 */
export function ConnectHub(props: ConnectHubProps) {
  const { endpoint, providers: givenProviders = builtInProviders, provider: preselectedId, appearance, nonce, injectStyles = true, locale } = props;
  const locales = useLocalePacks(props.locales);
  assertEndpoint(endpoint);
  // Checked before anything reads them, so a bad definition fails with its own message.
  useMemo(() => checkProviders(givenProviders, preselectedId), [givenProviders, preselectedId]);
  const providers = useMemo(
    () => givenProviders.map((provider) => localizeProvider(provider, locale, locales)),
    [givenProviders, locale, locales],
  );

  const serverMarkup = useServerMarkup();
  const instanceId = useId();
  const messages = useMemo(() => resolveMessages(locale, props.messages, locales), [locale, props.messages, locales]);
  const ownCatalogue = useMemo(() => isWholeCatalogue(props.messages), [props.messages]);
  useEffect(() => warnUnservedLocale(locale, ownCatalogue, locales), [locale, ownCatalogue, locales]);
  // A tag as `lang` wants it: "de-CH", not "de_CH".
  const rootLanguage = shownLanguage(locale, ownCatalogue, locales).replace(/_/g, '-');
  const given = useMemo(() => new Map(givenProviders.map((provider) => [provider.id, provider])), [givenProviders]);
  const direction = props.dir ?? textDirection(locale);
  const textLanguage = useMemo<TextLanguage>(() => {
    // One object per language, so that a memoized row given it renders again only when it changes.
    const attributes = new Map<string, TextAttributes>();
    return (provider, piece) => {
      const source = given.get(provider.id) ?? provider;
      // A piece the translations left as it was is in the definition's own language (unknown
      // unless it says); one they changed is in theirs. Text of an unknown language is taken to be
      // in the widget's, as for `lang`: no `dir="auto"`, whose guess from the first letter would
      // lay an Arabic sentence that starts with "Stripe" out left to right.
      const language = (piece(provider) === piece(source) ? source.language : provider.language)?.replace(/_/g, '-');
      if (!language) return undefined;
      if (!attributes.has(language)) {
        const lang = sameLanguage(language, rootLanguage) ? undefined : language;
        // Compared with the widget's direction, not its language's: English text in a widget the
        // host turned right to left (`dir="rtl"`, or an Arabic locale without its pack, which
        // shows English) still reads left to right.
        const own = textDirection(language);
        const dir = own === direction ? undefined : own;
        attributes.set(language, lang || dir ? { lang, dir } : undefined);
      }
      return attributes.get(language);
    };
  }, [given, rootLanguage, direction]);
  // U+2068 FIRST STRONG ISOLATE … U+2069 POP DIRECTIONAL ISOLATE: <bdi> for text in a string.
  const isolate = useCallback((name: string) => (direction === 'rtl' ? `\u2068${name}\u2069` : name), [direction]);
  const variablesRule = themeRule(instanceId, appearance?.variables);
  const latest = useLatest(props);
  const focusRequest = useRef(false);

  const initialView = (): View => {
    const preselected = providers.find((candidate) => candidate.id === preselectedId);
    return preselected ? { step: 'provider', provider: preselected } : { step: 'picker' };
  };
  const [view, setView] = useState<View>(initialView);
  // The host may change `provider`: show what it names now (as the element does with a key).
  const [viewFor, setViewFor] = useState(preselectedId);
  if (viewFor !== preselectedId) {
    setViewFor(preselectedId);
    setView(initialView());
  }
  const navigate = useCallback((next: View) => {
    focusRequest.current = true;
    setView(next);
  }, []);
  // Stable, so a screen's focus effect runs once per screen, not again on each host re-render.
  const takeFocusRequest = useCallback(() => {
    const requested = focusRequest.current;
    focusRequest.current = false;
    return requested;
  }, []);
  const handFocusOn = useCallback(() => {
    focusRequest.current = true;
  }, []);

  const emit: ConnectHubContextValue['emit'] = useCallback((type: ConnectEventType, details?: object) => {
    // The context's emit has each type's caller pass that type's details.
    const event = { type, ...details, at: Date.now() } as ConnectEvent;
    callHost(latest.current.onEvent, event);
  }, []);

  const modal = props.mode === 'modal';
  const [uncontrolledOpen, setUncontrolledOpen] = useState(props.defaultOpen ?? false);
  const isOpen = !modal || (props.open ?? uncontrolledOpen);
  const setOpen = (next: boolean) => {
    if (props.open === undefined) setUncontrolledOpen(next);
    callHost(latest.current.onOpenChange, next);
  };
  // Reopening starts over, however the dialog closed: dismissed by the user, or closed by the host
  // (`open={false}`, the element's `open` attribute). The closed dialog has already dropped what
  // was typed, and stopped a request in flight.
  const [wasOpen, setWasOpen] = useState(isOpen);
  if (wasOpen !== isOpen) {
    setWasOpen(isOpen);
    if (!isOpen) setView(initialView());
  }

  // An opening dialog asks its first screen to focus its heading. A layout effect: the screen's
  // own effect takes the request, and a child's passive effects run before its parent's.
  const focusedOpening = useRef(false);
  useIsomorphicLayoutEffect(() => {
    if (!isOpen) focusedOpening.current = false;
    else if (modal && !focusedOpening.current) focusedOpening.current = focusRequest.current = true;
  }, [isOpen, modal]);

  // `open` once per opening: on mount inline, each time the dialog opens in modal mode.
  const opened = useRef(false);
  useEffect(() => {
    if (!isOpen) {
      opened.current = false;
      return;
    }
    if (opened.current) return;
    opened.current = true;
    emit('open', preselectedId ? { provider: preselectedId } : undefined);
  }, [emit, preselectedId, isOpen]);

  const successAccount = view.step === 'success' ? view.account : undefined;
  useEffect(() => {
    if (successAccount) callHost(latest.current.onSuccess, successAccount);
  }, [successAccount]);

  const hasClose = Boolean(props.onClose) || modal;
  const close = useCallback(() => {
    emit('close');
    callHost(latest.current.onClose, undefined);
    if (latest.current.mode === 'modal') {
      if (latest.current.open === undefined) setUncontrolledOpen(false);
      callHost(latest.current.onOpenChange, false);
    }
  }, [emit]);

  const [submissionKeys] = useState<SubmissionKeys>(() => new Map());
  const context = useMemo<ConnectHubContextValue>(
    () => ({
      providers,
      messages,
      endpoint,
      timeoutMs: props.timeoutMs,
      getHeaders: () => latest.current.headers,
      getFetch: () => latest.current.fetch ?? globalThis.fetch,
      queryClient: props.queryClient,
      emit,
      reportError: (error) => callHost(latest.current.onError, error),
      close: hasClose ? close : undefined,
      takeFocusRequest,
      handFocusOn,
      textLanguage,
      isolate,
      submissionKeys,
      titleId: `${instanceId}-title`,
    }),
    [providers, messages, endpoint, props.timeoutMs, props.queryClient, emit, hasClose, close, takeFocusRequest, handFocusOn, textLanguage, isolate, submissionKeys, instanceId],
  );

  // The provider screen's code loads, and a screen is rehearsed, while the user reads the list,
  // once the widget shows (a closed dialog waits for the pointer on its trigger): see
  // provider-screen.tsx.
  const code = useContext(ProviderViewCode);
  const rootRef = useRef<HTMLDivElement>(null);
  const triggerRef = useRef<HTMLButtonElement>(null);
  const stage = useLatest((): Rehearsal | undefined => {
    const provider = providers[0];
    const root = rootRef.current;
    return view.step === 'picker' && provider && root ? { hub: context, provider, root } : undefined;
  });
  useEffect(() => {
    if (!isOpen) return;
    return prepareProviderScreen(code, () => stage.current());
  }, [isOpen, code, stage]);

  const canPick = preselectedId === undefined;
  const latestView = useLatest(view);
  // Back returns to the list as the user left it: the same search and filter, on the same provider.
  const backToPicker = useCallback(() => {
    const left = latestView.current;
    navigate({ step: 'picker', back: left.step === 'provider' && left.from ? { ...left.from, provider: left.provider.id } : undefined });
  }, [navigate, latestView]);
  const connectAnother = useCallback(() => navigate({ step: 'picker' }), [navigate]);
  // The picker's height when a provider is chosen, for its loading notice (provider-screen.tsx).
  const frameRef = useRef<HTMLDivElement>(null);
  const [pickerHeight, setPickerHeight] = useState<number>();
  const selectProvider = (provider: ProviderDefinition, from: PickerPlace) => {
    emit('select_provider', { provider: provider.id });
    // The screen is the frame's first child (before Close). Read at the click, when the layout is
    // already done: it costs no layout of its own.
    setPickerHeight(frameRef.current?.firstElementChild?.getBoundingClientRect().height);
    navigate({ step: 'provider', provider, from });
  };

  // The open provider in the current locale, should `locale` change while it is shown.
  const shown = view.step === 'picker' ? undefined : (providers.find((candidate) => candidate.id === view.provider.id) ?? view.provider);
  // Stable, so that a re-render of the widget alone (e.g. right after hydration) leaves the provider
  // screen's Suspense boundary untouched: an update reaching a boundary that is still hydrating
  // would throw its server HTML away.
  const connected = useCallback(
    (account: ConnectedAccount, environment: string | undefined) => {
      if (!shown) return;
      emit('success', { provider: shown.id, environment });
      navigate({ step: 'success', provider: shown, account });
    },
    [emit, navigate, shown],
  );

  let screen: React.ReactNode;
  if (view.step === 'picker' || !shown) {
    screen = <ProviderPicker onSelect={selectProvider} back={view.step === 'picker' ? view.back : undefined} />;
  } else if (view.step === 'provider') {
    screen = (
      <ProviderScreen
        key={shown.id}
        provider={shown}
        onBack={canPick ? backToPicker : undefined}
        onConnected={connected}
        loadingHeight={pickerHeight}
      />
    );
  } else {
    screen = (
      <SuccessView
        provider={shown}
        account={view.account}
        onDone={context.close}
        onAnother={canPick ? connectAnother : undefined}
      />
    );
  }

  const frame = (
    <div className="ch-frame" ref={frameRef}>
      {screen}
      {/* After the screen, though it shows in the corner above it: a screen reader reads the
          heading first, and Tab reaches Close last (as in WAI-ARIA's dialog examples). */}
      {context.close && (
        <button type="button" className="ch-close" aria-label={messages.close} onClick={context.close}>
          <svg viewBox="0 0 16 16" aria-hidden="true" focusable="false">
            <path d="M4 4l8 8M12 4l-8 8" stroke="currentColor" strokeWidth="1.75" strokeLinecap="round" />
          </svg>
        </button>
      )}
    </div>
  );

  return (
    <ConnectHubContext.Provider value={context}>
      <div
        ref={rootRef}
        className="ch-root"
        data-step={view.step}
        data-theme={appearance?.theme ?? 'light'}
        data-density={appearance?.density ?? 'comfortable'}
        data-ch-instance={instanceId}
        data-mode={modal ? 'modal' : 'inline'}
        lang={rootLanguage}
        dir={direction}
      >
        {(injectStyles || variablesRule) &&
          (serverMarkup ? (
            // On the server not a text child: React 18's server renderer HTML-escapes <style> text
            // (`>` → `&gt;`), which breaks the CSS and the hydration. Safe: our own stylesheet, and
            // themeRule() refuses `<` and `>` in values. Hydration leaves it as it is.
            <style key={nonce} nonce={nonce} dangerouslySetInnerHTML={{ __html: (injectStyles ? css : '') + variablesRule }} />
          ) : (
            // In the browser a text child (textContent), never innerHTML: innerHTML is a Trusted
            // Types sink, and under `require-trusted-types-for 'script'` assigning it a string
            // throws, which took the whole widget down.
            // Keyed by the nonce: a browser checks it only when the element is inserted, so a
            // nonce that arrives later needs a new element.
            <style key={nonce} nonce={nonce}>
              {(injectStyles ? css : '') + variablesRule}
            </style>
          ))}
        {modal ? (
          <>
            {/* Controlled, a host that opens the dialog from its own UI needs no button of ours. */}
            {props.trigger !== null && (props.open === undefined || props.trigger !== undefined) && (
              <button
                ref={triggerRef}
                type="button"
                // `ch-trigger` has no rule of ours: it names for a host's CSS the widget's one control outside the dialog.
                className="ch-button ch-trigger"
                data-variant="primary"
                aria-haspopup="dialog"
                onClick={() => setOpen(true)}
                onPointerEnter={code.preload}
                onFocus={code.preload}
              >
                {props.trigger ?? messages.openTrigger}
              </button>
            )}
            <ConnectHubDialog open={isOpen} labelledBy={context.titleId} screen={`${view.step} ${shown?.id}`} onDismiss={close} trigger={triggerRef}>
              {frame}
            </ConnectHubDialog>
          </>
        ) : (
          frame
        )}
      </div>
    </ConnectHubContext.Provider>
  );
}
