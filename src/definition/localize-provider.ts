import type { LocalePack } from '../i18n/locale-pack.js';
import type {
  EnvironmentTranslation,
  FieldTranslation,
  ProviderDefinition,
  ProviderEnvironment,
  ProviderField,
  ProviderTranslation,
} from './provider-schema.js';

function normalizeTag(tag: string): string {
  return tag.trim().replace(/_/g, '-').toLowerCase();
}

/**
 * The translations that apply to a locale, least specific first: for "de-CH" the `de` entry, then
 * the `de-CH` entry (tags compare case-insensitively, `_` as `-`).
 */
function layersFor(byTag: ReadonlyMap<string, ProviderTranslation>, locale: string): ProviderTranslation[] {
  const parts = normalizeTag(locale).split('-');
  const layers: ProviderTranslation[] = [];
  for (let length = 1; length <= parts.length; length += 1) {
    const translation = byTag.get(parts.slice(0, length).join('-'));
    if (translation) layers.push(translation);
  }
  return layers;
}

/** The definition's own `translations`, by normalised tag. */
function ownTranslations(definition: ProviderDefinition): Map<string, ProviderTranslation> {
  const translations = definition.translations ?? {};
  return new Map(Object.entries(translations).map(([tag, translation]) => [normalizeTag(tag), translation]));
}

/** The packs' translations of this provider, by normalised tag; the first pack for a tag wins. */
function packTranslations(id: string, locales: readonly LocalePack[]): Map<string, ProviderTranslation> {
  const byTag = new Map<string, ProviderTranslation>();
  for (const pack of locales) {
    const tag = normalizeTag(pack.locale);
    // Own properties only: a provider id such as "constructor" is a valid slug.
    const translation = pack.providers && Object.hasOwn(pack.providers, id) ? pack.providers[id] : undefined;
    if (translation && !byTag.has(tag)) byTag.set(tag, translation);
  }
  return byTag;
}

/** The entries of `patch` that are defined, so `{ ...base, ...defined(patch) }` keeps the rest of `base`. */
function defined<T extends object>(patch: T): Partial<T> {
  return Object.fromEntries(Object.entries(patch).filter(([, value]) => value !== undefined)) as Partial<T>;
}

function localizeEnvironment(environment: ProviderEnvironment, translation: EnvironmentTranslation | undefined): ProviderEnvironment {
  if (!translation) return environment;
  const { label, description, tokenNoun } = translation;
  return { ...environment, ...defined({ label, description, tokenNoun }) };
}

/** Rewords the messages of `own` entries whose prefix a translation covers; never adds or drops one. */
function rewordByPrefix<T extends { readonly prefix: string; readonly message: string }>(
  own: ReadonlyArray<T> | undefined,
  translated: ReadonlyArray<{ readonly prefix: string; readonly message: string }> | undefined,
): ReadonlyArray<T> | undefined {
  if (!own || !translated) return own;
  return own.map((entry) => {
    const match = translated.find((candidate) => candidate.prefix === entry.prefix);
    return match ? { ...entry, message: match.message } : entry;
  });
}

function localizeField(field: ProviderField, translation: FieldTranslation | undefined): ProviderField {
  if (!translation) return field;
  const { label, help, patternMessage, example, options } = translation;
  return {
    ...field,
    ...defined({
      label,
      help,
      patternMessage,
      example,
      knownMistakes: rewordByPrefix(field.knownMistakes, translation.knownMistakes),
      hints: rewordByPrefix(field.hints, translation.hints),
      options:
        options &&
        field.options?.map((option) => {
          const optionTranslation = Object.hasOwn(options, option.value) ? options[option.value] : undefined;
          if (!optionTranslation) return option;
          const { label: optionLabel, description } = optionTranslation;
          return { ...option, ...defined({ label: optionLabel, description }) };
        }),
    }),
  };
}

function applyTranslation(definition: ProviderDefinition, translation: ProviderTranslation): ProviderDefinition {
  const { name, description, warning, guide } = translation;
  const environments = translation.environments ?? {};
  const fields = translation.fields ?? {};
  return {
    ...definition,
    ...defined({ name, description, warning, guide }),
    environments: definition.environments.map((environment) =>
      localizeEnvironment(environment, Object.hasOwn(environments, environment.id) ? environments[environment.id] : undefined),
    ),
    fields: definition.fields.map((field) =>
      localizeField(field, Object.hasOwn(fields, field.key) ? fields[field.key] : undefined),
    ),
  };
}

/**
 * A provider definition with its text in `locale`: the translation of this provider id in the
 * `locales` packs, then the definition's own `translations` on top; each for the locale's
 * language, then for the exact tag on top ("de" then "de-CH"), over the definition's own text.
 * Without a matching translation the definition itself is returned; with one, its `language` is
 * the locale's language. Pure, and contract ids (provider id, environment ids, field keys, option values)
 * and every check (patterns, prefixes) are never touched: only text changes.
 *
 * @example
 * import { fr } from 'connect-hub/locales/fr';
 * const stripeFr = localizeProvider(stripe, 'fr-CA', [fr]);
 * stripeFr.environments[1]?.label; // "Mode test"
 * stripeFr.environments[1]?.id; // "test", as always
 */
export function localizeProvider(
  definition: ProviderDefinition,
  locale: string | undefined,
  locales: readonly LocalePack[] = [],
): ProviderDefinition {
  if (!locale) return definition;
  const layers = [
    ...layersFor(packTranslations(definition.id, locales), locale),
    ...layersFor(ownTranslations(definition), locale),
  ];
  if (layers.length === 0) return definition;
  // Its text is now in the locale's language ("fr" for "fr-CA"), as far as the translations go.
  return { ...layers.reduce(applyTranslation, definition), language: normalizeTag(locale).split('-')[0] };
}
