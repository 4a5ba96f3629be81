import { describe, expect, it } from 'vitest';
import { de } from '../locales/de.js';
import { fr } from '../locales/fr.js';
import { builtInProviders } from '../providers/index.js';
import {
  defineProvider,
  ProviderDefinitionError,
  providerTranslationSchema,
  type ProviderDefinitionInput,
} from './provider-schema.js';

const acme: ProviderDefinitionInput = {
  id: 'acme',
  name: 'Acme',
  category: 'crm',
  logo: 'https://acme.example/logo.svg',
  description: 'Contacts and deals.',
  warning: 'Only admins can create API keys.',
  environments: [{ id: 'live', label: 'Live', tokenPrefixes: ['ak_live_'] }],
  fields: [
    { key: 'api_key', label: 'API Key', kind: 'secret', knownMistakes: [{ prefix: 'pk_', message: 'A public key.' }] },
    { key: 'region', label: 'Region', kind: 'select', options: [{ value: 'us', label: 'US' }] },
  ],
  guide: [{ title: 'Create a key', steps: [{ title: 'Open **Settings → API**' }] }],
};

function issuesOf(definition: ProviderDefinitionInput): Array<{ path: string; message: string }> {
  try {
    defineProvider(definition);
  } catch (error) {
    if (error instanceof ProviderDefinitionError) return [...error.issues];
    throw error;
  }
  throw new Error('expected defineProvider to throw');
}

describe('defineProvider with translations', () => {
  it('accepts translations of any part, keyed by locale tag', () => {
    const definition = defineProvider({
      ...acme,
      translations: {
        fr: {
          name: 'Acme',
          description: 'Contacts et affaires.',
          warning: 'Seuls les administrateurs peuvent créer des clés API.',
          environments: { live: { label: 'Réel', description: 'Données réelles.', tokenNoun: 'une clé réelle' } },
          fields: {
            api_key: { label: 'Clé API', help: 'Sous **Settings**.', knownMistakes: [{ prefix: 'pk_', message: 'Une clé publique.' }] },
            region: { label: 'Région', options: { us: { label: 'États-Unis' } } },
          },
          guide: [{ title: 'Créez une clé', steps: [{ title: 'Ouvrez **Settings → API**' }] }],
        },
        'de-CH': { description: 'Kontakte und Geschäfte.' },
        pt_BR: {},
      },
    });
    expect(Object.keys(definition.translations ?? {})).toEqual(['fr', 'de-CH', 'pt_BR']);
  });

  it('still accepts every built-in provider', () => {
    for (const provider of builtInProviders) expect(defineProvider(provider)).toEqual(provider);
  });

  // The packs are not parsed when they load (that would put zod's work on every page that shows
  // French); this holds them to the same strict schema a definition's own translations meet.
  describe.each([fr, de])('given the $locale locale pack', (pack) => {
    it.each(builtInProviders.map((provider) => [provider.id, provider] as const))(
      'translates %s with the strict translation schema, and only what the definition has',
      (id, provider) => {
        const translation = pack.providers?.[id];
        const parsed = providerTranslationSchema.safeParse(translation);
        expect(parsed.error?.issues ?? [], id).toEqual([]);
        expect(parsed.data).toEqual(translation);
        const translated = defineProvider({ ...provider, translations: { [pack.locale]: translation ?? {} } });
        expect(translated.translations?.[pack.locale]).toEqual(translation);
      },
    );

    it('translates no provider that is not built in', () => {
      const ids = builtInProviders.map((provider) => provider.id);
      for (const id of Object.keys(pack.providers ?? {})) expect(ids).toContain(id);
    });
  });

  it('names each bad path: a bad tag, empty text, unknown properties', () => {
    const issues = issuesOf({
      ...acme,
      translations: {
        'not a tag': {},
        fr: {
          description: '  ',
          guide: [],
          // @ts-expect-error -- a misspelt property is reported, not silently dropped
          warnign: 'typo',
          environments: { live: { label: '' } },
        },
      },
    });
    const paths = issues.map((issue) => issue.path);
    expect(paths).toEqual(
      expect.arrayContaining([
        'translations.not a tag',
        'translations.fr.description',
        'translations.fr.guide',
        'translations.fr.environments.live.label',
      ]),
    );
    expect(issues).toEqual(
      expect.arrayContaining([
        { path: 'translations.not a tag', message: 'must be a locale tag such as "fr" or "de-CH"' },
        {
          path: 'translations.fr',
          message: 'cannot translate "warnign"; translatable: name, description, warning, guide, environments, fields',
        },
      ]),
    );
  });

  it('refuses a translation that would touch a contract id or a check', () => {
    const issues = issuesOf({
      ...acme,
      translations: {
        fr: {
          // @ts-expect-error -- an environment's id and prefixes cannot be translated
          environments: { live: { id: 'reel', tokenPrefixes: ['x_'] } },
          // @ts-expect-error -- a field's key and pattern cannot be translated
          fields: { api_key: { key: 'cle', pattern: '.*' } },
        },
      },
    });
    expect(issues).toEqual(
      expect.arrayContaining([
        {
          path: 'translations.fr.environments.live',
          message: 'cannot translate "id", "tokenPrefixes"; translatable: label, description, tokenNoun',
        },
        {
          path: 'translations.fr.fields.api_key',
          message: expect.stringMatching(/^cannot translate "key", "pattern"; translatable: label, help, /),
        },
      ]),
    );
  });

  it('reports translations of environments, fields, options and prefixes the provider lacks', () => {
    const issues = issuesOf({
      ...acme,
      translations: {
        fr: {
          environments: { sandbox: { label: 'Bac à sable' } },
          fields: {
            token: { label: 'Jeton' },
            region: { options: { eu: { label: 'UE' } } },
            api_key: { knownMistakes: [{ prefix: 'sk_', message: 'Une clé secrète.' }], hints: [{ prefix: 'ak_', message: 'Note.' }] },
          },
        },
      },
    });
    expect(issues).toEqual(
      expect.arrayContaining([
        { path: 'translations.fr.environments.sandbox', message: 'translates an environment "sandbox" the provider does not have' },
        { path: 'translations.fr.fields.token', message: 'translates a field "token" the provider does not have' },
        { path: 'translations.fr.fields.region.options.eu', message: 'translates an option "eu" the field does not have' },
        {
          path: 'translations.fr.fields.api_key.knownMistakes[0].prefix',
          message: 'translates a known mistake for prefix "sk_" the field does not declare',
        },
        {
          path: 'translations.fr.fields.api_key.hints[0].prefix',
          message: 'translates a hint for prefix "ak_" the field does not declare',
        },
      ]),
    );
  });
});
