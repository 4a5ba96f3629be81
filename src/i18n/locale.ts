import type { LocalePack, MessageCatalogue, MessageOverrides } from './locale-pack.js';
import { en, type Messages } from './messages.js';

/**
 * The catalogues built into the widget, by language tag: English only. Other languages are
 * locale packs (`connect-hub/locales/fr`, `connect-hub/locales/de`) given to `locales`.
 *
 * @example
 * Object.keys(builtInMessages); // ['en']
 */
export const builtInMessages: { readonly en: Messages; readonly [locale: string]: Messages | undefined } = { en };

const english: LocalePack = { locale: 'en', messages: en };

// The packs connect-hub ships, by language, with the name the development warning gives them.
const SHIPPED_PACKS: Readonly<Record<string, string>> = { fr: 'French', de: 'German' };

// `process.env.NODE_ENV` is left for the host's bundler to replace (see vite.config.ts), as React does.
declare const process: { env: { NODE_ENV?: string } };

// Languages whose default script runs right to left (CLDR likely subtags). Kurdish ("ku") is
// written in Latin script by default; Sorani ("ckb") in Arabic.
const RTL_LANGUAGES = new Set(['ar', 'arc', 'ckb', 'dv', 'fa', 'he', 'iw', 'ks', 'ps', 'sd', 'ug', 'ur', 'yi']);
// Right-to-left scripts, for tags that name one ("az-Arab", "pa-Arab", "ku-Arab").
const RTL_SCRIPTS = new Set(['adlm', 'arab', 'hebr', 'mand', 'mend', 'nkoo', 'rohg', 'samr', 'syrc', 'thaa']);

function subtags(locale: string): string[] {
  return locale.trim().toLowerCase().split(/[-_]/);
}

function language(locale: string): string {
  return subtags(locale)[0] ?? '';
}

/** Whether two locale tags are of one language ("fr-CA" and "fr"). */
export function sameLanguage(a: string, b: string): boolean {
  return language(a) === language(b);
}

/** "de_CH " → "de-ch": tags compare case-insensitively, `_` as `-`. */
function normalizeTag(tag: string): string {
  return subtags(tag).join('-');
}

/**
 * The pack that serves a locale: the first of `locales` for the exact tag, else the first for its
 * language ("fr-CA" → "fr", "de_CH" → "de"); built-in English comes after the host's packs.
 */
function packFor(locale: string, locales: readonly LocalePack[]): LocalePack | undefined {
  const candidates = [...locales, english];
  const tag = normalizeTag(locale);
  const lang = language(locale);
  return (
    candidates.find((pack) => normalizeTag(pack.locale) === tag) ??
    candidates.find((pack) => normalizeTag(pack.locale) === lang)
  );
}

/**
 * The catalogue for a locale: a pack's for the exact tag, else for its language ("fr-CA" → "fr",
 * "de_CH" → "de"), else English; then the host's `messages` overrides on top (an `undefined`
 * override is ignored). Only English is built in: other languages need their pack in `locales`.
 *
 * @example
 * resolveMessages('de-CH', undefined, [de]).connect; // "Verbinden"
 * resolveMessages('de-CH').connect; // "Connect": no pack
 * resolveMessages('fr', { connect: 'Lier' }, [fr]).connect; // "Lier"
 */
export function resolveMessages(
  locale: string | undefined,
  overrides?: MessageOverrides,
  locales: readonly LocalePack[] = [],
): Messages {
  const pack: MessageCatalogue = packFor(locale?.trim() || 'en', locales)?.messages ?? en;
  // A pack made for an earlier version lacks the strings added since: English stands in for them.
  // (holdsEvery has checked that a whole pack holds every string.)
  const base = holdsEvery(pack) ? (pack as Messages) : { ...en, ...given(pack) };
  return overrides ? { ...base, ...given(overrides) } : base;
}

/** The strings given: an `undefined` one is left out, as if absent. */
function given(messages: MessageOverrides): Partial<Messages> {
  return Object.fromEntries(Object.entries(messages).filter(([, value]) => value !== undefined));
}

/**
 * Strings added to the catalogue since its first version (2026-11-23). A host's own catalogue made
 * before them still serves its locale: English stands in for just these (README, Locales). A new
 * string goes here too (src/i18n/messages.test.ts checks).
 */
const addedLater = [
  'screenLoading',
  'screenLoadFailed',
  'reloadPage',
  'screenOffline',
  'headersFailed',
  'choosePrompt',
  'retrying',
  'pasteAlone',
  'stillConnecting',
  'stop',
  'stopped',
  'stoppedMaybeLinked',
  'redacted',
] as const satisfies ReadonlyArray<keyof Messages>;

export const ADDED_LATER: ReadonlySet<string> = new Set(addedLater);

/** The keys of the strings added since the first catalogue, which a {@link MessageCatalogue} may lack. */
export type AddedLaterMessage = (typeof addedLater)[number];

/**
 * Whether the host's `messages` hold every string of the catalogue (but those added since its
 * first version): then they serve any locale on their own. A few overrides do not; the rest is
 * the pack's, or English.
 */
export function isWholeCatalogue(messages: MessageOverrides | undefined): boolean {
  return !!messages && holdsEvery(messages, ADDED_LATER);
}

function holdsEvery(messages: MessageOverrides, except?: ReadonlySet<string>): boolean {
  return Object.keys(en).every((key) => except?.has(key) || messages[key as keyof Messages] !== undefined);
}

/**
 * The language tag of the text the widget shows, for its `lang` attribute: the locale when a
 * pack (English built in) or a whole catalogue of the host's own in `messages` serves it, else
 * `en` (the fallback).
 */
export function shownLanguage(locale: string | undefined, ownCatalogue: boolean, locales: readonly LocalePack[] = []): string {
  const tag = locale?.trim();
  if (!tag) return 'en';
  return ownCatalogue || packFor(tag, locales) ? tag : 'en';
}

// Languages already warned about: a development hint, once per page rather than once per render
// or per widget; no widget state.
const warned = new Set<string>();

/**
 * In development only: warns once per language when `locale` asks for a language that no pack
 * in `locales` (and no whole catalogue in `messages`) serves, so that the widget shows English;
 * names the pack to import when connect-hub ships one.
 */
export function warnUnservedLocale(locale: string | undefined, ownCatalogue: boolean, locales: readonly LocalePack[] = []): void {
  if (process.env.NODE_ENV === 'production') return;
  const tag = locale?.trim();
  if (!tag || ownCatalogue || packFor(tag, locales)) return;
  const lang = language(tag);
  if (warned.has(lang)) return;
  warned.add(lang);
  const shipped = Object.hasOwn(SHIPPED_PACKS, lang) ? SHIPPED_PACKS[lang] : undefined;
  console.warn(
    shipped
      ? `ConnectHub: locale "${tag}" shows English: pass the ${shipped} pack, ` +
          `import { ${lang} } from 'connect-hub/locales/${lang}'; <ConnectHub locale="${tag}" locales={[${lang}]} />.`
      : `ConnectHub: locale "${tag}" shows English: connect-hub has no pack for "${lang}". ` +
          'Pass a LocalePack of your own in `locales`, or your strings in `messages`.',
  );
}

/**
 * Text direction of a locale's script: `rtl` for Arabic, Hebrew, Persian, Urdu… and for any tag
 * that names a right-to-left script; `ltr` otherwise.
 */
export function textDirection(locale: string | undefined): 'ltr' | 'rtl' {
  if (!locale) return 'ltr';
  const [lang = '', ...rest] = subtags(locale);
  const script = rest.find((subtag) => /^[a-z]{4}$/.test(subtag));
  if (script) return RTL_SCRIPTS.has(script) ? 'rtl' : 'ltr';
  return RTL_LANGUAGES.has(lang) ? 'rtl' : 'ltr';
}
