import { describe, expect, it } from 'vitest';
import { buildCredentialSchema } from '../credentials/credential-schema.js';
import { resolveMessages } from '../i18n/locale.js';
import type { LocalePack } from '../i18n/locale-pack.js';
import { en } from '../i18n/messages.js';
import { de as dePack } from '../locales/de.js';
import { fr as frPack } from '../locales/fr.js';
import { builtInProviders, launchdarkly, shortcut, stripe } from '../providers/index.js';
import { localizeProvider } from './localize-provider.js';
import { defineProvider, providerDefinitionSchema, type ProviderDefinition } from './provider-schema.js';

const acme = defineProvider({
  id: 'acme',
  name: 'Acme',
  category: 'crm',
  logo: 'https://acme.example/logo.svg',
  description: 'Contacts and deals.',
  warning: 'Only admins can create API keys.',
  environments: [
    { id: 'live', label: 'Live', description: 'Real data.', tokenPrefixes: ['ak_live_'], tokenNoun: 'live key' },
    { id: 'test', label: 'Test', tokenPrefixes: ['ak_test_'] },
  ],
  fields: [
    {
      key: 'api_key',
      label: 'API Key',
      kind: 'secret',
      pattern: 'ak_(live|test)_[a-z0-9]+',
      patternMessage: 'Acme keys start with ak_live_ or ak_test_.',
      knownMistakes: [
        { prefix: 'pk_', message: 'This is a public key.' },
        { prefix: 'wh_', message: 'This is a webhook secret.' },
      ],
      hints: [{ prefix: 'ak_live_ro_', message: 'This key is read-only.' }],
    },
    {
      key: 'region',
      label: 'Region',
      kind: 'select',
      defaultValue: 'us',
      options: [
        { value: 'us', label: 'United States', description: 'acme.com' },
        { value: 'eu', label: 'Europe', description: 'eu.acme.com' },
      ],
    },
  ],
  guide: [{ title: 'Create a key', steps: [{ title: 'Open **Settings → API**' }] }],
  translations: {
    fr: {
      description: 'Contacts et affaires.',
      environments: { live: { label: 'Réel', tokenNoun: 'une clé réelle' } },
      fields: {
        api_key: {
          label: 'Clé API',
          knownMistakes: [{ prefix: 'pk_', message: 'Il s’agit d’une clé publique.' }],
          hints: [{ prefix: 'ak_live_ro_', message: 'Cette clé est en lecture seule.' }],
        },
        region: { label: 'Région', options: { eu: { label: 'Europe (UE)' } } },
      },
      guide: [{ title: 'Créez une clé', steps: [{ title: 'Ouvrez **Settings → API**' }] }],
    },
    'fr-CA': { description: 'Contacts et occasions.' },
    de_AT: { warning: 'Nur Admins können API-Schlüssel erstellen.' },
  },
});

/** Everything a backend or a check relies on: ids, keys, option values, prefixes, patterns, limits. */
function contract(definition: ProviderDefinition) {
  return {
    id: definition.id,
    category: definition.category,
    logo: definition.logo,
    environments: definition.environments.map(({ id, tokenPrefixes }) => ({ id, tokenPrefixes })),
    fields: definition.fields.map((field) => ({
      key: field.key,
      kind: field.kind,
      pattern: field.pattern,
      maxLength: field.maxLength,
      required: field.required,
      defaultValue: field.defaultValue,
      options: field.options?.map((option) => option.value),
      knownMistakes: field.knownMistakes?.map((mistake) => mistake.prefix),
      hints: field.hints?.map((hint) => hint.prefix),
    })),
  };
}

describe('localizeProvider', () => {
  describe('given a locale the definition translates', () => {
    const fr = localizeProvider(acme, 'fr');

    it('replaces the translated text', () => {
      expect(fr.description).toBe('Contacts et affaires.');
      expect(fr.environments[0]).toMatchObject({ label: 'Réel', tokenNoun: 'une clé réelle', description: 'Real data.' });
      expect(fr.fields[0]?.label).toBe('Clé API');
      expect(fr.fields[1]?.label).toBe('Région');
      expect(fr.guide).toEqual([{ title: 'Créez une clé', steps: [{ title: 'Ouvrez **Settings → API**' }] }]);
    });

    it('keeps what the translation leaves out', () => {
      expect(fr.name).toBe('Acme');
      expect(fr.warning).toBe('Only admins can create API keys.');
      expect(fr.environments[1]).toEqual(acme.environments[1]);
      expect(fr.fields[0]?.patternMessage).toBe('Acme keys start with ak_live_ or ak_test_.');
      expect(fr.fields[1]?.options).toEqual([
        { value: 'us', label: 'United States', description: 'acme.com' },
        { value: 'eu', label: 'Europe (UE)', description: 'eu.acme.com' },
      ]);
    });

    it('rewords known mistakes and hints by prefix, without adding or dropping a check', () => {
      expect(fr.fields[0]?.knownMistakes).toEqual([
        { prefix: 'pk_', message: 'Il s’agit d’une clé publique.' },
        { prefix: 'wh_', message: 'This is a webhook secret.' },
      ]);
      expect(fr.fields[0]?.hints).toEqual([{ prefix: 'ak_live_ro_', message: 'Cette clé est en lecture seule.' }]);
    });

    it('never changes a contract id, prefix or check', () => {
      expect(contract(fr)).toEqual(contract(acme));
    });

    it('leaves the original definition alone', () => {
      expect(acme.description).toBe('Contacts and deals.');
      expect(acme.fields[0]?.label).toBe('API Key');
      expect(acme.environments[0]?.label).toBe('Live');
    });

    it('gives a definition that still passes the schema', () => {
      expect(providerDefinitionSchema.safeParse(fr).success).toBe(true);
    });
  });

  describe('given a regional tag', () => {
    it('layers the exact tag over its language', () => {
      const canadian = localizeProvider(acme, 'fr-CA');
      expect(canadian.description).toBe('Contacts et occasions.');
      expect(canadian.fields[0]?.label).toBe('Clé API');
    });

    it('falls back to the language when the exact tag has no translation', () => {
      expect(localizeProvider(acme, 'fr-BE')).toEqual(localizeProvider(acme, 'fr'));
      expect(localizeProvider(acme, 'fr_CH')).toEqual(localizeProvider(acme, 'fr'));
    });

    it('compares tags without regard to case or separator', () => {
      expect(localizeProvider(acme, 'FR-ca').description).toBe('Contacts et occasions.');
      expect(localizeProvider(acme, 'de-AT').warning).toBe('Nur Admins können API-Schlüssel erstellen.');
    });

    it('does not use a regional translation for the bare language', () => {
      expect(localizeProvider(acme, 'de')).toBe(acme);
    });
  });

  describe('given a locale with no translation', () => {
    it.each(['en', 'es', 'ar', '', undefined, 'constructor', '__proto__'])('returns the definition itself for %s', (locale) => {
      expect(localizeProvider(acme, locale)).toBe(acme);
    });

    it('returns a definition without translations unchanged', () => {
      const { translations: _unused, ...plain } = acme;
      expect(localizeProvider(plain, 'fr')).toBe(plain);
    });
  });

  describe('given a locale pack that translates the provider', () => {
    const pack: LocalePack = {
      locale: 'fr',
      messages: en,
      providers: {
        acme: {
          description: 'Contacts et affaires (pack).',
          warning: 'Seuls les administrateurs peuvent créer des clés API.',
          environments: { test: { label: 'Essai' } },
        },
      },
    };

    it('applies the pack’s translation, then the definition’s own on top', () => {
      const localized = localizeProvider(acme, 'fr', [pack]);
      expect(localized.warning).toBe('Seuls les administrateurs peuvent créer des clés API.');
      expect(localized.environments.map((environment) => environment.label)).toEqual(['Réel', 'Essai']);
      expect(localized.description).toBe('Contacts et affaires.');
      expect(localizeProvider(acme, 'fr-CA', [pack])).toMatchObject({
        description: 'Contacts et occasions.',
        warning: 'Seuls les administrateurs peuvent créer des clés API.',
      });
      expect(contract(localized)).toEqual(contract(acme));
    });

    it('translates a definition without translations of its own', () => {
      const { translations: _unused, ...plain } = acme;
      expect(localizeProvider(plain, 'fr-BE', [pack]).description).toBe('Contacts et affaires (pack).');
    });

    it('leaves other languages and other providers alone', () => {
      const { translations: _unused, ...plain } = acme;
      expect(localizeProvider(plain, 'de', [pack])).toBe(plain);
      expect(localizeProvider(plain, 'fr')).toBe(plain);
      expect(localizeProvider({ ...plain, id: 'constructor' }, 'fr', [pack]).description).toBe('Contacts and deals.');
    });

    it('takes the first pack given for a tag, and a regional pack over the language’s', () => {
      const { translations: _unused, ...plain } = acme;
      const other: LocalePack = { locale: 'FR', messages: en, providers: { acme: { description: 'Autre.' } } };
      const canadian: LocalePack = { locale: 'fr_CA', messages: en, providers: { acme: { name: 'Acmé' } } };
      expect(localizeProvider(plain, 'fr', [pack, other]).description).toBe('Contacts et affaires (pack).');
      expect(localizeProvider(plain, 'fr-ca', [canadian, other])).toMatchObject({ name: 'Acmé', description: 'Autre.' });
    });
  });

  describe('given the built-in providers and the French and German packs', () => {
    const packs = [frPack, dePack];

    it.each(builtInProviders.flatMap((provider) => ['fr', 'de', 'de-CH', 'fr-CA'].map((locale) => [provider.id, locale, provider] as const)))(
      '%s in %s keeps every contract id and check',
      (_id, locale, provider) => {
        const localized = localizeProvider(provider, locale, packs);
        expect(localized).not.toBe(provider);
        expect(contract(localized)).toEqual(contract(provider));
        expect(localized.name).toBe(provider.name);
        expect(providerDefinitionSchema.safeParse(localized).success).toBe(true);
      },
    );

    it('names Stripe’s Test Mode « Mode test » in French and „Testmodus“ in German', () => {
      expect(localizeProvider(stripe, 'fr', packs).environments.map((environment) => environment.label)).toEqual(['Production', 'Mode test']);
      expect(localizeProvider(stripe, 'de', packs).environments.map((environment) => environment.label)).toEqual(['Produktion', 'Testmodus']);
    });

    it('stays in English without the packs', () => {
      expect(localizeProvider(stripe, 'fr')).toBe(stripe);
    });

    it('validates in French with the French catalogue and the French definition', () => {
      const schema = buildCredentialSchema(localizeProvider(stripe, 'fr', packs), resolveMessages('fr', undefined, packs));
      const mismatch = schema.safeParse({ environment: 'test', credentials: { api_key: `sk_live_${'a'.repeat(24)}` } });
      expect(mismatch.error?.issues.map((issue) => issue.message)).toEqual([
        'Il s’agit d’une clé live, mais l’environnement «\u202fMode test\u202f» est sélectionné.',
      ]);
      const publishable = schema.safeParse({ environment: 'test', credentials: { api_key: `pk_test_${'a'.repeat(24)}` } });
      expect(publishable.error?.issues.map((issue) => issue.message)).toEqual([
        expect.stringMatching(/^Il s’agit de votre clé publiable de test\./),
      ]);
      const empty = schema.safeParse({ environment: '', credentials: { api_key: '' } });
      expect(empty.error?.issues.map((issue) => issue.message).sort()).toEqual([
        'Choisissez un environnement\u202f: Production ou Mode test.',
        'Renseignez le champ «\u202fClé API\u202f».',
      ]);
    });

    it('validates in German, down to LaunchDarkly’s SDK key and Shortcut’s read-only hint', () => {
      const messages = resolveMessages('de', undefined, packs);
      const gocardless = builtInProviders.find((provider) => provider.id === 'gocardless')!;
      const mismatch = buildCredentialSchema(localizeProvider(gocardless, 'de', packs), messages).safeParse({
        environment: 'production',
        credentials: { access_token: `sandbox_${'a'.repeat(40)}` },
      });
      expect(mismatch.error?.issues.map((issue) => issue.message)).toEqual([
        'Das ist ein Sandbox-Token, aber die Umgebung „Produktion“ ist ausgewählt.',
      ]);
      const sdk = buildCredentialSchema(localizeProvider(launchdarkly, 'de', packs), messages).safeParse({
        environment: '',
        credentials: { access_token: 'sdk-1a2b3c4d-1a2b-1a2b-1a2b-1a2b3c4d5e6f', instance: 'eu' },
      });
      expect(sdk.error?.issues.map((issue) => issue.message)).toEqual([expect.stringMatching(/^Das ist ein SDK-Schlüssel/)]);
      const token = localizeProvider(shortcut, 'de', packs).fields[0]!;
      expect(token.hints?.[0]?.message).toMatch(/^Das ist ein schreibgeschütztes Token/);
    });

    it('keeps LaunchDarkly’s own names for its instances in French too, with their values and addresses', () => {
      const instance = localizeProvider(launchdarkly, 'fr', packs).fields.find((field) => field.key === 'instance')!;
      expect(instance.label).toBe('Instance');
      expect(instance.options).toEqual([
        { value: 'commercial', label: 'Commercial', description: 'app.launchdarkly.com' },
        { value: 'eu', label: 'EU', description: 'app.eu.launchdarkly.com' },
        { value: 'federal', label: 'Federal', description: 'app.launchdarkly.us' },
      ]);
    });
  });
});
