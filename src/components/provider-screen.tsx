import { createContext, memo, Suspense, useContext, useId, type ReactNode } from 'react';
import { useConnectHub } from './connect-hub-context.js';
import { ErrorIcon } from './error-icon.js';
import { onDemand, type OnDemand } from './on-demand.js';
import { useOnline } from './online.js';
import { ProviderHeader, type ProviderHeaderProps } from './provider-header.js';
import { useFocusHeading } from './use-focus-heading.js';
import type * as ProviderViewModule from './provider-view.js';
import type { ProviderViewProps, Rehearsal } from './provider-view.js';

/**
 * The provider screen's code (guide, credential form, react-hook-form, react-query, the connect
 * request) is half of the widget's JavaScript and nobody needs it before choosing a provider, so
 * it loads on demand: when the browser is idle after the picker shows, when a pointer or the
 * keyboard reaches a provider, or at the latest on the click.
 */
const providerView = onDemand(() => import('./provider-view.js'));

/**
 * Loads the code of the provider screen now. The widget does this by itself in idle time; call it
 * before `renderToString` to server-render a preselected `provider` with its form (streaming
 * renderers wait for it on their own), or on intent, e.g. when the pointer reaches your own
 * "Connect" button.
 *
 * @example
 * await preloadConnectHub();
 * const html = renderToString(<ConnectHub endpoint="/api/connect" provider="stripe" />);
 */
export function preloadConnectHub(): Promise<void> {
  return providerView.preload();
}

/** The provider screen's code as a widget reads it: the chunk; stories and tests put a stand-in here. */
export const ProviderViewCode = createContext<OnDemand<typeof ProviderViewModule>>(providerView);

/** Runs `task` when the browser is idle (after a short timer where it cannot tell); returns a cancel. */
function whenIdle(task: () => void, timeout?: number): () => void {
  if (typeof requestIdleCallback !== 'function') {
    const timer = setTimeout(task, 200);
    return () => clearTimeout(timer);
  }
  const handle = requestIdleCallback(task, timeout === undefined ? undefined : { timeout });
  return () => cancelIdleCallback(handle);
}

// Once per page, not per widget: what a rehearsal warms (compiled code, fonts, list formatting)
// is the page's, and a second widget on the page gains nothing from another.
let rehearsed = false;

/**
 * What a widget does for the provider screen while the user reads the picker. It loads the code
 * in idle time. Then, once per page and only where the browser can tell idle time
 * (requestIdleCallback), it rehearses a screen out of sight (provider-view.tsx `rehearse`) if
 * `stage()` still gives one, i.e. the picker still shows, and in a later idle moment sets up the
 * list formatting the form's first validation needs (`setUpListFormatting`). Returns the cleanup.
 */
export function prepareProviderScreen(code: OnDemand<typeof ProviderViewModule>, stage: () => Rehearsal | undefined): () => void {
  let cancelled = false;
  let cancel = whenIdle(() => {
    void code.preload().then(() => {
      if (cancelled || rehearsed || typeof requestIdleCallback !== 'function') return;
      cancel = whenIdle(() => {
        // Loaded by now (or failed for good), so read() does not suspend.
        const module = code.read();
        const rehearsal = stage();
        if (rehearsed || !module || !rehearsal) return;
        rehearsed = true;
        module.rehearse(rehearsal);
        cancel = whenIdle(() => module.setUpListFormatting(rehearsal));
      });
    });
  }, 2000);
  return () => {
    cancelled = true;
    cancel();
  };
}

function ProviderViewOnDemand(props: ProviderViewProps) {
  const module = useContext(ProviderViewCode).read();
  return module ? <module.ProviderView {...props} /> : <LoadFailed provider={props.provider} onBack={props.onBack} />;
}

/** The code could not load (a deploy that removed the chunk, a network that failed): only a reload brings it. */
function LoadFailed({ provider, onBack }: Pick<ProviderViewProps, 'provider' | 'onBack'>) {
  const { messages } = useConnectHub('ProviderScreen');
  // The screen the user asked for, though only its heading could show: the focus goes there.
  const headingRef = useFocusHeading<HTMLHeadingElement>('ProviderScreen');
  return (
    <ScreenNotice provider={provider} onBack={onBack} headingRef={headingRef}>
      <div className="ch-alert">
        {/* The message alone, as the form's alerts: its button is not read out as part of it. */}
        <p role="alert">
          <ErrorIcon />
          {messages.screenLoadFailed}
        </p>
        <button type="button" className="ch-button" onClick={() => window.location.reload()}>
          {messages.reloadPage}
        </button>
      </div>
    </ScreenNotice>
  );
}

/** The provider's name and logo above a notice, while its screen loads or when it could not. */
function ScreenNotice({ children, minHeight, ...header }: ProviderHeaderProps & { children: ReactNode; minHeight?: number | undefined }) {
  return (
    <div
      className="ch-screen ch-provider"
      data-step="provider"
      data-provider={header.provider.id}
      style={minHeight ? { minHeight } : undefined}
    >
      <ProviderHeader {...header} />
      {children}
    </div>
  );
}

/**
 * The provider's name and a status while its code loads: offline, that it waits for the
 * connection (see on-demand.ts). Its heading takes the focus, and hands it on to the screen's
 * when that arrives.
 */
function Loading({ provider, onBack, minHeight }: Pick<ProviderViewProps, 'provider' | 'onBack'> & { minHeight: number | undefined }) {
  const { messages } = useConnectHub('ProviderScreen');
  const online = useOnline();
  const headingRef = useFocusHeading<HTMLHeadingElement>('ProviderScreen', true);
  const id = useId();
  // The status's first words are not said (a live region speaks when it changes): the heading,
  // where the focus lands, says them ("Stripe, heading, You are offline…").
  return (
    <ScreenNotice provider={provider} onBack={onBack} headingRef={headingRef} describedBy={id} minHeight={minHeight}>
      <p className="ch-loading" role="status" id={id}>
        {online && <span className="ch-spinner" aria-hidden="true" />}
        {/* In an element of its own: a page translator replaces bare text nodes. */}
        <span>{online ? messages.screenLoading : messages.screenOffline}</span>
      </p>
    </ScreenNotice>
  );
}

/**
 * One provider's screen, once its code is here; a loading notice until then. Memoised: with the
 * same props, a re-render of the widget never reaches the boundary (see connect-hub.tsx).
 */
export const ProviderScreen = memo(function ProviderScreen({
  loadingHeight,
  ...props
}: ProviderViewProps & {
  /**
   * The picker's height when the provider was chosen: the loading notice keeps it, so the widget
   * does not shrink while the code loads (the host's page below would move up, under a second tap).
   */
  loadingHeight?: number | undefined;
}) {
  return (
    <Suspense fallback={<Loading provider={props.provider} onBack={props.onBack} minHeight={loadingHeight} />}>
      <ProviderViewOnDemand {...props} />
    </Suspense>
  );
});
