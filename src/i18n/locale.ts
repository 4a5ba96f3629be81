import { en, type Messages } from './messages.js';

/** Built-in catalogues by language tag. */
export const builtInMessages: Readonly<Record<string, Messages>> = { en };

const RTL_LANGUAGES = new Set(['ar', 'arc', 'ckb', 'dv', 'fa', 'he', 'iw', 'ks', 'ku', 'ps', 'sd', 'ug', 'ur', 'yi']);

function language(locale: string): string {
  return locale.toLowerCase().split(/[-_]/)[0] ?? '';
}

/**
 * The catalogue for a locale: an exact match, else its language ("fr-CA" → "fr"), else English;
 * then the host's `messages` overrides on top.
 */
export function resolveMessages(locale: string | undefined, overrides?: Partial<Messages>): Messages {
  const tag = locale ?? 'en';
  const base = builtInMessages[tag] ?? builtInMessages[language(tag)] ?? en;
  return overrides ? { ...base, ...overrides } : base;
}

/** Text direction of a locale's script. */
export function textDirection(locale: string | undefined): 'ltr' | 'rtl' {
  return locale && RTL_LANGUAGES.has(language(locale)) ? 'rtl' : 'ltr';
}
