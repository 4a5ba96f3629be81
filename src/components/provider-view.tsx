import { QueryClientProvider } from '@tanstack/react-query';
import { startTransition, useCallback, useEffect, useRef, useState, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { createConnectQueryClient } from '../connect/connect-mutation.js';
import type { ConnectedAccount } from '../contract/contract.js';
import type { ProviderDefinition } from '../definition/provider-schema.js';
import { ConnectHubContext, FieldTextLanguage, useConnectHub, type ConnectHubContextValue } from './connect-hub-context.js';
import { CredentialForm } from './credential-form.js';
import { GuidePanel, WarningCallout } from './guide-panel.js';
import { ProviderHeader } from './provider-header.js';
import { useFocusHeading } from './use-focus-heading.js';

export type ProviderViewProps = {
  provider: ProviderDefinition;
  onBack: (() => void) | undefined;
  onConnected: (account: ConnectedAccount, environment: string | undefined) => void;
};

/**
 * One provider: its header, warning, guide and credential form. This module and what only it
 * imports (the form, react-hook-form, react-query, the connect request) load on demand: see
 * `provider-screen.tsx`.
 */
export function ProviderView({
  provider,
  onBack,
  onConnected,
}: ProviderViewProps) {
  const { messages, queryClient, textLanguage, isolate } = useConnectHub('ProviderView');
  const [client] = useState(() => queryClient ?? createConnectQueryClient());
  const headingRef = useFocusHeading<HTMLHeadingElement>('ProviderView');
  const formRef = useRef<HTMLDivElement>(null);
  // Stable: a new one would re-render every field, which otherwise re-renders only for its own state.
  const fieldTextLanguage = useCallback(
    (piece: (definition: ProviderDefinition) => unknown) => textLanguage(provider, piece),
    [textLanguage, provider],
  );
  const secret = provider.fields.find((field) => field.kind === 'secret') ?? provider.fields[0];
  // A window snapped to half the screen, a phone or a tablet turned: the screen goes from two
  // columns to one or back, and the browser keeps the scroll offset, not the field being filled in
  // (its scroll anchoring lets go as the form stops or starts staying in view beside the guide).
  // On a change of width only: a phone's toolbar, shown and hidden as the page scrolls, changes
  // the height, and the user scrolling away from the field would be brought back to it.
  useEffect(() => {
    let width = innerWidth;
    const keepFocusInView = () => {
      if (width !== (width = innerWidth)) formRef.current?.querySelector(':focus')?.scrollIntoView({ block: 'nearest' });
    };
    addEventListener('resize', keepFocusInView);
    return () => removeEventListener('resize', keepFocusInView);
  }, []);
  // On a phone the guide is long and the form sits below it: let people who have their key jump there.
  // The guide's sections out of view hold an estimate of their height until they come near; with
  // the focus in the form they are all laid out (connect-hub.css), so none moves it after the jump.
  // The focus goes to the first field to type in (the key, for the built-in providers), not to an
  // environment above it: a phone opens its keyboard there, and a key pasted picks its environment.
  // A form of choices only (a host's) gets it on its first choice.
  const skipToForm = () => {
    const find = (selector: string) => formRef.current?.querySelector<HTMLElement>(selector);
    (find('input:not([type="hidden"], [type="radio"]), select') ?? find('[type="radio"]'))?.focus();
  };
  return (
    <div className="ch-screen ch-provider" data-step="provider" data-provider={provider.id}>
      <ProviderHeader provider={provider} onBack={onBack} headingRef={headingRef} />
      <WarningCallout provider={provider} />
      <button
        type="button"
        className="ch-skip"
        // The second tap of a double tap on a provider lands here, where the row was: the browser
        // counts it as the second click (`detail` 2). Keys give 0.
        onClick={(event) => event.detail < 2 && skipToForm()}
      >
        {messages.skipToForm(isolate(secret?.label ?? provider.name))}
      </button>
      <div className="ch-provider-body">
        <GuidePanel provider={provider} />
        <div className="ch-form-slot" ref={formRef}>
          <QueryClientProvider client={client}>
            <FieldTextLanguage.Provider value={fieldTextLanguage}>
              <CredentialForm provider={provider} onConnected={onConnected} />
            </FieldTextLanguage.Provider>
          </QueryClientProvider>
        </div>
      </div>
    </div>
  );
}

/** What a provider screen is rehearsed with: see {@link rehearse}. */
export type Rehearsal = {
  hub: ConnectHubContextValue;
  provider: ProviderDefinition;
  /** The widget's root in the page, whose computed fonts the screen will use. */
  root: Element;
};

function Rehearsed({ children, onCommit }: { children: ReactNode; onCommit: () => void }) {
  useEffect(onCommit, [onCommit]);
  return children;
}

/**
 * The text styles of a provider's screen that the picker does not use, as [weight, size in px]:
 * the guide, the form and its error messages. `base` is the root's font size (--ch-font-size);
 * code is 0.88 of its text's size. e2e/on-demand.spec.ts checks that every text on every
 * built-in provider's screen is set in one of these or in one of the picker's fonts.
 */
type TextStyles = { variable: '--ch-font' | '--ch-font-mono'; styles: [weight: number, size: number | 'base'][] };
const SCREEN_TEXT: TextStyles[] = [
  {
    variable: '--ch-font',
    styles: [[400, 13], [400, 14], [400, 14.5], [500, 14], [600, 14], [650, 13.5], [650, 14], [650, 14.5], [650, 15], [650, 'base'], [650, 16]],
  },
  // The token field (15 px; 16 px on touch screens), and code in 15, 14.5, 14 and 13.5 px text.
  { variable: '--ch-font-mono', styles: [[400, 'base'], [400, 15], [400, 16], [400, 13.2], [400, 12.76], [400, 12.32], [400, 11.88]] },
];

/**
 * Has the browser set up the fonts of a provider's screen that the picker has not needed, by
 * measuring a word in each on a canvas that is never in the page: that serves the whole page.
 * Otherwise the first open sets each one up in the middle of its layout (about half of that
 * layout, in traces). The families are the root's --ch-font and --ch-font-mono, so a host's
 * `appearance.variables` are what gets set up.
 */
function setUpScreenFonts(root: Element): void {
  const style = getComputedStyle(root);
  const canvas = document.createElement('canvas').getContext('2d');
  if (!canvas) return;
  const fonts = new Set<string>();
  for (const { variable, styles } of SCREEN_TEXT) {
    const family = style.getPropertyValue(variable).trim();
    if (!family) continue;
    for (const [weight, size] of styles) fonts.add(`${weight} ${size === 'base' ? style.fontSize : `${size}px`} ${family}`);
  }
  for (const font of fonts) {
    canvas.font = font;
    canvas.measureText('Connect sk_test_');
  }
}

/**
 * Has the browser load its list-formatting data, by wording the environment error ("Choose
 * Production or Sandbox.") once. The schema words that error whenever no environment is chosen
 * yet, so the token field's first blur would otherwise create the page's first Intl.ListFormat:
 * ≈12 ms in the middle of that interaction (≈50 at CPU ×4); later ones, in any locale, are cheap.
 * Run it in an idle moment of its own: it is as long as the rest of the rehearsal's first step.
 */
export function setUpListFormatting({ hub, provider }: Rehearsal): void {
  hub.messages.chooseEnvironment(provider.environments.map((environment) => environment.label));
}

/**
 * Renders a provider's screen once into an element that is never in the page, and throws it away:
 * the first real open then runs code the engine has already compiled, about a third faster (README,
 * Performance). The render is a transition, so it yields to the user's input. It is silent: its
 * context emits no event, reports no error, takes no focus and has its own QueryClient. Laying
 * the copy out in the page too would warm the layout as well, but costs one long task (≈85 ms at
 * CPU ×4) in the host's page and puts nodes in it. The fonts that layout would have set up are
 * set up instead, off the page (see {@link setUpScreenFonts}).
 */
export function rehearse({ hub, provider, root }: Rehearsal): void {
  setUpScreenFonts(root);
  const copy = createRoot(document.createElement('div'));
  const silent: ConnectHubContextValue = {
    ...hub,
    emit: () => {},
    reportError: () => {},
    takeFocusRequest: () => false,
    handFocusOn: () => {},
    queryClient: undefined,
  };
  const done = () => {
    setTimeout(() => copy.unmount());
  };
  startTransition(() =>
    copy.render(
      <ConnectHubContext.Provider value={silent}>
        <Rehearsed onCommit={done}>
          <ProviderView provider={provider} onBack={undefined} onConnected={() => {}} />
        </Rehearsed>
      </ConnectHubContext.Provider>,
    ),
  );
}
