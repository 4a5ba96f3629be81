import type { QueryClient } from '@tanstack/react-query';
import { createContext, useContext } from 'react';
import type { ConnectedAccount } from '../contract/contract.js';
import type { ProviderDefinition } from '../definition/provider-schema.js';
import type { ConnectHeaders } from '../connect/connect-request.js';
import type { ConnectError } from '../connect/connect-error.js';
import type { SubmissionKeys } from '../connect/idempotency-key.js';
import type { Messages } from '../i18n/messages.js';

/**
 * What `onEvent` receives: one type per event, so that `switch (event.type)` tells what each
 * carries. Never carries a credential. `at` is when it happened, in milliseconds since the epoch.
 * `environment` is undefined for providers without environments. A field an event never carries
 * is typed as absent (`?: never`), so that `event.code` or `event.provider` can still be read
 * before the type is known (as `undefined` there).
 *
 * @example
 * onEvent={(event) => {
 *   if (event.type === 'error') analytics.track('connect_hub.error', { provider: event.provider, code: event.code });
 *   else analytics.track(`connect_hub.${event.type}`, { provider: event.provider });
 * }}
 */
export type ConnectEvent =
  /** The widget shows: inline on mount, in modal mode each time the dialog opens. `provider` when one is preselected. */
  | { type: 'open'; provider?: string; environment?: never; code?: never; at: number }
  /** The user chose a provider in the picker. */
  | { type: 'select_provider'; provider: string; environment?: never; code?: never; at: number }
  /** Connect sent the form (its automatic retries are no events of their own). */
  | { type: 'submit'; provider: string; environment?: string | undefined; code?: never; at: number }
  /** A submission failed for good; `code` says why: the backend's code, `aborted` when the user pressed Stop, `offline` when nothing was sent. */
  | { type: 'error'; provider: string; environment?: string | undefined; code: ConnectError['code']; at: number }
  /** The account was linked. */
  | { type: 'success'; provider: string; environment?: string | undefined; code?: never; at: number }
  /** The user dismissed the widget. */
  | { type: 'close'; provider?: never; environment?: never; code?: never; at: number };

export type ConnectEventType = ConnectEvent['type'];

/** What an event of this type carries besides its type and time: the arguments `emit` takes after the type. */
type EventDetails<Type extends ConnectEventType> = Omit<Extract<ConnectEvent, { type: Type }>, 'type' | 'at'>;

export type ConnectHubContextValue = {
  providers: readonly ProviderDefinition[];
  messages: Messages;
  endpoint: string;
  /** The host's per-attempt timeout; the connect request has the default. */
  timeoutMs: number | undefined;
  /** Read at each attempt, so a new `headers` prop applies to the next request. */
  getHeaders: () => ConnectHeaders | undefined;
  getFetch: () => (input: string, init: RequestInit) => Promise<Response>;
  emit: <Type extends ConnectEventType>(
    type: Type,
    // The details are optional only for events whose every detail is (open, close).
    ...details: {} extends EventDetails<Type> ? [details?: EventDetails<Type>] : [details: EventDetails<Type>]
  ) => void;
  reportError: (error: ConnectError) => void;
  /** Present when the host passed `onClose`, and always in modal mode. */
  close: (() => void) | undefined;
  /** The host's `queryClient`, if it passed one; otherwise each provider screen makes its own. */
  queryClient: QueryClient | undefined;
  /** True once: the next screen's heading takes focus (not on first render, to leave the host page alone). */
  takeFocusRequest: () => boolean;
  /** Asks the next screen to take the focus: a notice that stood in for it, and had it, hands it on. */
  handFocusOn: () => void;
  /**
   * The language of a piece of a provider's text where it is not the widget's (text the
   * translations leave in the definition's own language), for a `lang` on it, so a screen reader
   * reads it in its own voice; and its direction where that is not the widget's (English in an
   * Arabic widget), for a `dir`. `piece` reads that text from a definition: the one shown, and the
   * one the host gave.
   */
  textLanguage: TextLanguage;
  /**
   * A name or label (a provider's, a field's, an environment's, the account's) for a sentence of
   * the widget's: in a right-to-left widget, set apart (Unicode's first-strong isolate), so that
   * "Acme Inc." keeps its full stop at its end in an Arabic sentence; as it is elsewhere.
   */
  isolate: (name: string) => string;
  /** The widget's memory of each provider's last submission, by a digest of its inputs. */
  submissionKeys: SubmissionKeys;
  /** The `id` of the heading of the screen shown: it names the dialog in modal mode. */
  titleId: string;
};

/** `lang` and `dir` for an element of a provider's own text, each where it differs from the widget's; spread on the element. */
export type TextAttributes = { lang: string | undefined; dir: 'ltr' | 'rtl' | undefined } | undefined;

export type TextLanguage = (provider: ProviderDefinition, piece: (definition: ProviderDefinition) => unknown) => TextAttributes;

export const ConnectHubContext = createContext<ConnectHubContextValue | null>(null);

/** {@link ConnectHubContextValue.textLanguage} for the provider whose form this is. */
export const FieldTextLanguage = createContext<(piece: (definition: ProviderDefinition) => unknown) => TextAttributes>(() => undefined);

export function useConnectHub(part: string): ConnectHubContextValue {
  const context = useContext(ConnectHubContext);
  if (!context) {
    throw new Error(`<${part}> must be rendered inside <ConnectHub>. Render <ConnectHub endpoint="…"> and let it show the ${part}.`);
  }
  return context;
}
