import type { ProviderTranslation } from '../definition/provider-schema.js';
import type { AddedLaterMessage } from './locale.js';
import type { Messages } from './messages.js';

/**
 * A whole catalogue in one language, as a locale pack holds it: every string of {@link Messages},
 * but those added since the first catalogue (`screenLoading`, `reloadPage`…) may be missing, and
 * English stands in for them.
 *
 * @example
 * const spanish: MessageCatalogue = { ...catalogueMadeLastYear, connect: 'Conectar' };
 */
export type MessageCatalogue = Omit<Messages, AddedLaterMessage> & {
  [Key in AddedLaterMessage]?: Messages[Key] | undefined;
};

/**
 * Single strings given on top of a catalogue (the widget's `messages`); one given as `undefined`
 * is left out, as if absent.
 *
 * @example
 * const overrides: MessageOverrides = { connect: 'Link account' };
 */
export type MessageOverrides = { [Key in keyof Messages]?: Messages[Key] | undefined };

/**
 * One language for the widget, given to `<ConnectHub locales={[…]}>`: its UI catalogue and the
 * translations of the built-in provider definitions, keyed by provider id (each in the shape of
 * a definition's own `translations` entry). English is built in; French and German ship as
 * `connect-hub/locales/fr` and `connect-hub/locales/de`, so that hosts that show only English
 * do not ship them.
 *
 * @example
 * import { fr } from 'connect-hub/locales/fr';
 * <ConnectHub endpoint="/api/connect" locale="fr-CA" locales={[fr]} />
 *
 * @example
 * // A pack of your own, for a language connect-hub does not ship:
 * const es: LocalePack = { locale: 'es', messages: spanish }; // spanish: a MessageCatalogue
 */
export type LocalePack = {
  /**
   * The language tag it serves (case-insensitive, `_` as `-`): `fr` serves `fr`, `fr-CA`, `fr_BE`…;
   * `pt-BR` serves only `pt-BR`.
   */
  readonly locale: string;
  /** Every string the widget shows, in this language (those added since the first catalogue may be missing). */
  readonly messages: MessageCatalogue;
  /** Text of built-in providers in this language, by provider id: `{ stripe: { description: '…' } }`. */
  readonly providers?: Readonly<Record<string, ProviderTranslation>> | undefined;
};
