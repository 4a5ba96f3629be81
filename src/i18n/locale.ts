import { de } from './de.js';
import { fr } from './fr.js';
import { en, type Messages } from './messages.js';

/** Built-in catalogues by language tag: English, French, German. */
export const builtInMessages: Readonly<Record<string, Messages>> = { en, fr, de };

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

function own(tag: string): Messages | undefined {
  return Object.hasOwn(builtInMessages, tag) ? builtInMessages[tag] : undefined;
}

/**
 * The catalogue for a locale: an exact match, else its language ("fr-CA" → "fr", "de_CH" → "de"),
 * else English; then the host's `messages` overrides on top (an `undefined` override is ignored).
 *
 * @example
 * resolveMessages('de-CH').connect; // "Verbinden"
 * resolveMessages('fr', { connect: 'Lier' }).connect; // "Lier"
 */
export function resolveMessages(locale: string | undefined, overrides?: Partial<Messages>): Messages {
  const tag = locale?.trim() || 'en';
  const base = own(tag) ?? own(tag.toLowerCase()) ?? own(language(tag)) ?? en;
  if (!overrides) return base;
  const defined = Object.fromEntries(Object.entries(overrides).filter(([, value]) => value !== undefined));
  return { ...base, ...defined };
}

/**
 * The language tag of the text the widget shows, for its `lang` attribute: the locale when a
 * built-in catalogue (or the host's own `messages`) serves it, else `en` (the fallback).
 */
export function shownLanguage(locale: string | undefined, hasOverrides: boolean): string {
  const tag = locale?.trim();
  if (!tag) return 'en';
  return hasOverrides || own(tag) || own(tag.toLowerCase()) || own(language(tag)) ? tag : 'en';
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
