import type { LocalePack } from '../i18n/locale-pack.js';
import type { Messages } from '../i18n/messages.js';
import { gocardless } from './de/gocardless.js';
import { launchdarkly } from './de/launchdarkly.js';
import { messages } from './de/messages.js';
import { remote } from './de/remote.js';
import { shortcut } from './de/shortcut.js';
import { stripe } from './de/stripe.js';

/**
 * German for the widget (`connect-hub/locales/de`): the UI and every built-in provider. Serves
 * `de` and its regional tags (`de-CH`…).
 *
 * @example
 * import { de } from 'connect-hub/locales/de';
 * <ConnectHub endpoint="/api/connect" locale="de" locales={[de]} />
 */
// Every string, not a `MessageCatalogue` that may lack the later ones: this pack has them all.
export const de: LocalePack & { messages: Messages } = {
  locale: 'de',
  messages,
  providers: { gocardless, launchdarkly, remote, shortcut, stripe },
};
