/** Plural forms by CLDR category; `other` is required, the rest fall back to it. */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

/**
 * Languages whose usual digits are not 0–9 (CLDR default numbering systems: Arabic-Indic, Persian,
 * Bengali, Devanagari, Myanmar, …). Every other language writes small whole numbers as plain digits.
 */
const NATIVE_DIGIT_LANGUAGES = new Set(['ar', 'as', 'bn', 'ckb', 'dz', 'fa', 'mni', 'mr', 'my', 'ne', 'ps', 'sat', 'ur']);

/**
 * Number, plural and list formatting bound to one locale, for a message catalogue's functions.
 * The `Intl` objects are built on first use, so importing a catalogue costs nothing until it speaks.
 *
 * @example
 * const format = formatters('fr');
 * format.count(1000, { one: 'service', many: 'de services', other: 'services' }); // "1 000 services" (U+202F)
 * format.or(['Production', 'Mode test']); // "Production ou Mode test"
 */
export function formatters(locale: string) {
  let numberFormat: Intl.NumberFormat | undefined;
  let pluralRules: Intl.PluralRules | undefined;
  let orFormat: Intl.ListFormat | undefined;
  let andFormat: Intl.ListFormat | undefined;

  const plainDigits = !NATIVE_DIGIT_LANGUAGES.has(locale.toLowerCase().split(/[-_]/)[0] ?? '');
  // The first Intl.NumberFormat of a page loads the locale's data: ~60 ms on a laptop, far more on
  // a slow phone, and the picker speaks a count on its first render. Whole numbers below 1,000
  // need no separators, so they skip it where the language writes plain digits.
  const number = (value: number) =>
    plainDigits && Number.isInteger(value) && value >= 0 && value < 1000
      ? String(value)
      : (numberFormat ??= new Intl.NumberFormat(locale)).format(value);
  const plural = (value: number, forms: PluralForms) =>
    forms[(pluralRules ??= new Intl.PluralRules(locale)).select(value)] ?? forms.other;

  return {
    /** `1000` → "1,000" (en), "1 000" (fr, narrow no-break space), "1.000" (de). */
    number,
    /** The plural form for `value`, without the number. */
    plural,
    /** The formatted number, a space, and its plural form: "1,000 services". */
    count: (value: number, forms: PluralForms) => `${number(value)} ${plural(value, forms)}`,
    /** "A, B or C" in the locale's words. */
    or: (items: readonly string[]) => (orFormat ??= new Intl.ListFormat(locale, { type: 'disjunction' })).format(items),
    /** "A, B and C" in the locale's words. */
    and: (items: readonly string[]) => (andFormat ??= new Intl.ListFormat(locale, { type: 'conjunction' })).format(items),
  };
}

/** "project-management" → "Project management": a readable name for a category no catalogue knows. */
export function humanize(slug: string): string {
  const words = slug.replace(/[-_]+/g, ' ').trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** A category's name from a catalogue's own names, else {@link humanize}d: own keys only, since "constructor" is a valid slug. */
export function categoryName(names: Readonly<Record<string, string>>, slug: string): string {
  return Object.hasOwn(names, slug) ? (names[slug] ?? slug) : humanize(slug);
}
