import type { LocalePack } from '../i18n/locale-pack.js';
import type { Messages } from '../i18n/messages.js';
import { gocardless } from './fr/gocardless.js';
import { launchdarkly } from './fr/launchdarkly.js';
import { messages } from './fr/messages.js';
import { remote } from './fr/remote.js';
import { shortcut } from './fr/shortcut.js';
import { stripe } from './fr/stripe.js';

/**
 * French for the widget (`connect-hub/locales/fr`): the UI and every built-in provider. Serves
 * `fr` and its regional tags (`fr-CA`…).
 *
 * @example
 * import { fr } from 'connect-hub/locales/fr';
 * <ConnectHub endpoint="/api/connect" locale="fr" locales={[fr]} />
 */
// Every string, not a `MessageCatalogue` that may lack the later ones: this pack has them all.
export const fr: LocalePack & { messages: Messages } = {
  locale: 'fr',
  messages,
  providers: { gocardless, launchdarkly, remote, shortcut, stripe },
};
