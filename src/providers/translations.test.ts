import { describe, expect, it } from 'vitest';
import { localizeProvider } from '../definition/localize-provider.js';
import type { ProviderDefinition } from '../definition/provider-schema.js';
import { de } from '../locales/de.js';
import { fr } from '../locales/fr.js';
import { builtInProviders, launchdarkly, stripe } from './index.js';

const LOCALES = ['fr', 'de'] as const;
/** The locale packs that carry the built-in providers' translations (connect-hub/locales/*). */
const PACKS = { fr, de } as const;
const packs = Object.values(PACKS);

/** Every piece of prose a definition shows, by its place in the definition. */
function prose(definition: ProviderDefinition): Array<[string, string]> {
  const out: Array<[string, string]> = [
    ['description', definition.description],
    ['warning', definition.warning],
  ];
  definition.environments.forEach((environment, index) => {
    if (environment.description) out.push([`environments[${index}].description`, environment.description]);
  });
  definition.fields.forEach((field, index) => {
    const at = `fields[${index}]`;
    if (field.help) out.push([`${at}.help`, field.help]);
    if (field.patternMessage) out.push([`${at}.patternMessage`, field.patternMessage]);
    field.knownMistakes?.forEach((mistake, j) => out.push([`${at}.knownMistakes[${j}]`, mistake.message]));
    field.hints?.forEach((hint, j) => out.push([`${at}.hints[${j}]`, hint.message]));
  });
  definition.guide.forEach((section, s) => {
    const at = `guide[${s}]`;
    out.push([`${at}.title`, section.title]);
    if (section.intro) out.push([`${at}.intro`, section.intro]);
    section.scopes?.forEach((scope, k) => out.push([`${at}.scopes[${k}]`, scope]));
    section.steps.forEach((step, t) => {
      out.push([`${at}.steps[${t}].title`, step.title]);
      if (step.body) out.push([`${at}.steps[${t}].body`, step.body]);
      step.bullets?.forEach((bullet, b) => out.push([`${at}.steps[${t}].bullets[${b}]`, bullet]));
    });
  });
  return out;
}

/** Labels: shown in the form, and allowed to equal the English word ("Production", "Sandbox"). */
function labels(definition: ProviderDefinition): string[] {
  return [
    ...definition.environments.flatMap((environment) => [environment.label, environment.tokenNoun ?? '']),
    ...definition.fields.flatMap((field) => [field.label, ...(field.options ?? []).map((option) => option.label)]),
  ];
}

const all = (pattern: RegExp, text: string) => [...text.matchAll(pattern)].map((match) => match[1] ?? match[0]).sort();

/** The facts a translation must carry over unchanged: code, link targets, numbers, token prefixes. */
function facts(text: string) {
  return {
    code: all(/`([^`]+)`/g, text),
    links: all(/\]\(([^)]+)\)/g, text),
    numbers: all(/\d+/g, text.replace(/\]\([^)]*\)/g, '')),
    prefixes: all(/\b[a-z]+(?:_[a-z]+)*_(?![a-z])|\b(?:api|sdk|mob)-/g, text.replace(/\]\([^)]*\)/g, '')),
  };
}

// Bold words that are the widget's own (form labels, emphasis), not dashboard labels: these are translated.
const translatedBold: Record<string, Record<(typeof LOCALES)[number], string>> = {
  Production: { fr: 'Production', de: 'Produktion' },
  'Test Mode': { fr: 'Mode test', de: 'Testmodus' },
  Sandbox: { fr: 'Sandbox', de: 'Sandbox' },
  Important: { fr: 'Important', de: 'Wichtig' },
  'your own': { fr: 'votre propre', de: 'Ihres eigenen' },
  Instance: { fr: 'Instance', de: 'Instanz' },
};

const cases = builtInProviders.flatMap((provider) => LOCALES.map((locale) => [provider.id, locale, provider] as const));

describe('built-in translations, in the locale packs', () => {
  it('are in the packs only, not in the definitions', () => {
    for (const provider of builtInProviders) expect(provider.translations, provider.id).toBeUndefined();
    for (const pack of packs) expect(Object.keys(pack.providers ?? {}).sort()).toEqual(builtInProviders.map((provider) => provider.id).sort());
  });

  it.each(cases)('%s has a complete %s translation', (_id, locale, provider) => {
    const translation = PACKS[locale].providers?.[provider.id];
    expect(translation).toBeDefined();
    expect(translation).toMatchObject({ description: expect.any(String), warning: expect.any(String), guide: expect.any(Array) });
    for (const environment of provider.environments) {
      expect(translation?.environments?.[environment.id], environment.id).toMatchObject({
        label: expect.any(String),
        description: expect.any(String),
        tokenNoun: expect.any(String),
      });
    }
    for (const field of provider.fields) {
      const fieldTranslation = translation?.fields?.[field.key];
      expect(fieldTranslation?.label, field.key).toEqual(expect.any(String));
      if (field.help) expect(fieldTranslation?.help, field.key).toEqual(expect.any(String));
      if (field.patternMessage) expect(fieldTranslation?.patternMessage, field.key).toEqual(expect.any(String));
      expect(fieldTranslation?.knownMistakes?.map((mistake) => mistake.prefix)).toEqual(field.knownMistakes?.map((mistake) => mistake.prefix));
      expect(fieldTranslation?.hints?.map((hint) => hint.prefix)).toEqual(field.hints?.map((hint) => hint.prefix));
      for (const option of field.options ?? []) expect(fieldTranslation?.options?.[option.value]?.label, option.value).toEqual(expect.any(String));
    }
  });

  it.each(cases)('%s in %s translates every piece of prose, in the same structure', (_id, locale, provider) => {
    const english = prose(provider);
    const localized = prose(localizeProvider(provider, locale, packs));
    expect(localized.map(([path]) => path)).toEqual(english.map(([path]) => path));
    localized.forEach(([path, text], index) => {
      expect(text, `${path} is still English`).not.toBe(english[index]?.[1]);
    });
  });

  it.each(cases)('%s in %s carries every fact over: code, links, numbers, prefixes', (_id, locale, provider) => {
    const english = new Map(prose(provider));
    for (const [path, text] of prose(localizeProvider(provider, locale, packs))) {
      expect(facts(text), `${path}: ${text}`).toEqual(facts(english.get(path) ?? ''));
    }
  });

  it.each(cases)('%s in %s keeps the dashboard’s own labels in English, in bold', (_id, locale, provider) => {
    const english = new Map(prose(provider));
    for (const [path, text] of prose(localizeProvider(provider, locale, packs))) {
      const expected = all(/\*\*(.+?)\*\*/g, english.get(path) ?? '').map((bold) => translatedBold[bold]?.[locale] ?? bold);
      expect(all(/\*\*(.+?)\*\*/g, text), `${path}: ${text}`).toEqual(expected.sort());
    }
  });

  it.each(cases)('%s in %s uses only the inline markup, https links, and stays white-label', (_id, locale, provider) => {
    const localized = localizeProvider(provider, locale, packs);
    for (const [path, text] of [...prose(localized), ...labels(localized).map((label) => ['label', label] as const)]) {
      expect(text, path).not.toMatch(/<\/?[a-z!]/i);
      expect(text, path).not.toMatch(/stackone/i);
      expect(text, path).not.toMatch(/https?:\/\/(?![^\s)]*\))/);
      for (const url of all(/\]\(([^)]*)\)/g, text)) expect(url, path).toMatch(/^https:\/\/[^\s]+$/);
      expect((text.match(/\*\*/g) ?? []).length % 2, `${path}: ${text}`).toBe(0);
      expect((text.match(/`/g) ?? []).length % 2, `${path}: ${text}`).toBe(0);
    }
  });

  it.each(builtInProviders.map((provider) => [provider.id, provider] as const))(
    '%s follows French typography: narrow no-break spaces before ? ! : ; and typographic apostrophes',
    (_id, provider) => {
      const localized = localizeProvider(provider, 'fr', packs);
      for (const [path, text] of [...prose(localized), ...labels(localized).map((label) => ['label', label] as const)]) {
        // Code, link targets and bold dashboard labels are quoted as they are, in English.
        const french = text.replace(/`[^`]*`/g, '').replace(/\]\([^)]*\)/g, ']').replace(/\*\*[^*]*\*\*/g, '');
        for (const match of french.matchAll(/[?!:;]/g)) {
          expect(french.charAt(match.index - 1), `${path}: ${text}`).toBe('\u202f');
        }
        expect(french, path).not.toMatch(/['"“”]/);
        expect(french, path).not.toMatch(/ [?!:;»]|« /);
      }
    },
  );

  it.each(builtInProviders.map((provider) => [provider.id, provider] as const))(
    '%s uses German punctuation: no straight quotes or apostrophes',
    (_id, provider) => {
      const localized = localizeProvider(provider, 'de', packs);
      for (const [path, text] of [...prose(localized), ...labels(localized).map((label) => ['label', label] as const)]) {
        expect(text.replace(/`[^`]*`/g, ''), path).not.toMatch(/['"”]/);
      }
    },
  );

  it('names the environments in each language, keeping the brand names', () => {
    const environmentLabels = (locale: string) =>
      builtInProviders.map((provider) => [provider.name, localizeProvider(provider, locale, packs).environments.map((environment) => environment.label)]);
    expect(environmentLabels('fr')).toEqual([
      ['GoCardless', ['Production', 'Sandbox']],
      ['LaunchDarkly', []],
      ['Remote', ['Production', 'Sandbox']],
      ['Shortcut', []],
      ['Stripe', ['Production', 'Mode test']],
    ]);
    expect(environmentLabels('de')).toEqual([
      ['GoCardless', ['Produktion', 'Sandbox']],
      ['LaunchDarkly', []],
      ['Remote', ['Produktion', 'Sandbox']],
      ['Shortcut', []],
      ['Stripe', ['Produktion', 'Testmodus']],
    ]);
  });

  it('writes token nouns with their article, so messages agree with them', () => {
    for (const provider of builtInProviders) {
      for (const environment of localizeProvider(provider, 'fr', packs).environments) expect(environment.tokenNoun).toMatch(/^une? /);
      for (const environment of localizeProvider(provider, 'de', packs).environments) expect(environment.tokenNoun).toMatch(/^ein /);
    }
    expect(localizeProvider(stripe, 'fr', packs).environments.map((environment) => environment.tokenNoun)).toEqual(['une clé live', 'une clé de test']);
  });

  it('translates LaunchDarkly’s instance labels, never their values or addresses', () => {
    const options = (locale: string) => localizeProvider(launchdarkly, locale, packs).fields.find((field) => field.key === 'instance')?.options;
    expect(options('de')).toEqual([
      { value: 'commercial', label: 'Commercial', description: 'app.launchdarkly.com' },
      { value: 'eu', label: 'EU', description: 'app.eu.launchdarkly.com' },
      { value: 'federal', label: 'Federal', description: 'app.launchdarkly.us' },
    ]);
  });
});
