import { describe, expect, expectTypeOf, it, vi } from 'vitest';
import { builtInProviders, stripe } from '../providers/index.js';
import { defineProvider, ProviderDefinitionError, providerDefinitionSchema, type ProviderDefinitionInput } from './provider-schema.js';

const minimal: ProviderDefinitionInput = {
  id: 'acme',
  name: 'Acme',
  category: 'crm',
  logo: 'https://acme.example/logo.svg',
  description: 'Contacts and deals.',
  warning: 'Only admins can create API keys.',
  environments: [],
  fields: [{ key: 'api_key', label: 'API Key', kind: 'secret' }],
  guide: [{ title: 'Create a key', steps: [{ title: 'Open **Settings → API**' }] }],
};

function errorOf(run: () => unknown): ProviderDefinitionError {
  try {
    run();
  } catch (error) {
    if (error instanceof ProviderDefinitionError) return error;
    throw error;
  }
  throw new Error('expected defineProvider to throw');
}

describe('defineProvider', () => {
  it('returns a valid definition typed and unchanged', () => {
    expect(defineProvider(minimal)).toEqual(minimal);
  });

  it('accepts every built-in provider', () => {
    for (const provider of builtInProviders) {
      expect(providerDefinitionSchema.safeParse(provider).success).toBe(true);
    }
  });

  it('round-trips a built-in definition', () => {
    expect(defineProvider(stripe)).toEqual(stripe);
  });

  it('says which property is missing and which values a list allows, never "Invalid input"', () => {
    const { warning: _left, ...withoutWarning } = minimal;
    const error = errorOf(() =>
      defineProvider({
        ...withoutWarning,
        name: 42,
        fields: [{ key: 'api_key', label: 'API Key', kind: 'password' }],
      } as unknown as ProviderDefinitionInput),
    );
    expect(error.issues).toEqual([
      { path: 'name', message: 'must be of type string' },
      { path: 'warning', message: 'is required' },
      { path: 'fields[0].kind', message: 'must be one of "secret", "text", "select"' },
    ]);
    expect(error.message).not.toContain('Invalid input');
  });

  it('refuses a misspelt property instead of dropping it, and the check it names with it', () => {
    const error = errorOf(() =>
      defineProvider({
        ...minimal,
        fields: [{ key: 'api_key', label: 'API Key', kind: 'secret', patern: 'acme_[a-z]{32}' }],
        guide: [{ title: 'Create a key', steps: [{ title: 'Open Settings', text: 'Then API.' }] }],
        logoUrl: 'https://acme.example/logo.svg',
      } as unknown as ProviderDefinitionInput),
    );
    expect(error.issues).toEqual([
      { path: 'fields[0]', message: 'unknown property "patern"' },
      { path: 'guide[0].steps[0]', message: 'unknown property "text"' },
      { path: '(root)', message: 'unknown property "logoUrl"' },
    ]);
  });

  describe('given a definition with several bad properties', () => {
    const error = errorOf(() =>
      defineProvider({
        ...minimal,
        id: 'Acme Corp',
        logo: 'http://acme.example/logo.png',
        fields: [
          { key: 'api_key', label: '', kind: 'secret', pattern: '(' },
          { key: 'api_key', label: 'Region', kind: 'select' },
        ],
        guide: [],
      }),
    );

    it('names the provider id in the message', () => {
      expect(error.message).toContain('"Acme Corp"');
      expect(error.providerId).toBe('Acme Corp');
    });

    it('names the path of every bad property', () => {
      const paths = error.issues.map((issue) => issue.path);
      expect(paths).toEqual(
        expect.arrayContaining(['id', 'logo', 'fields[0].label', 'fields[0].pattern', 'guide']),
      );
      for (const path of ['id', 'logo', 'fields[0].label', 'fields[0].pattern', 'guide']) {
        expect(error.message).toContain(`${path}:`);
      }
    });
  });

  it('reports cross-field problems: duplicate keys, select without options', () => {
    const error = errorOf(() =>
      defineProvider({
        ...minimal,
        fields: [
          { key: 'api_key', label: 'API Key', kind: 'secret' },
          { key: 'api_key', label: 'Region', kind: 'select' },
        ],
      }),
    );
    expect(error.issues).toEqual(
      expect.arrayContaining([
        { path: 'fields[1].key', message: 'duplicates the key "api_key"' },
        { path: 'fields[1].options', message: 'a select field needs options' },
      ]),
    );
  });

  it('refuses a known mistake that every key of an environment starts with, and a logo too long to parse on every screen', () => {
    const error = errorOf(() =>
      defineProvider({
        ...minimal,
        logo: `data:image/svg+xml,${'x'.repeat(70_000)}`,
        environments: [{ id: 'production', label: 'Production', tokenPrefixes: ['acme_live_'] }],
        fields: [{ key: 'api_key', label: 'API Key', kind: 'secret', knownMistakes: [{ prefix: 'acme_', message: 'That is the public key.' }] }],
      }),
    );
    expect(error.issues).toEqual([
      { path: 'logo', message: 'must be at most 65,536 characters: host a larger logo and give its https: URL' },
      { path: 'fields[0].knownMistakes[0].prefix', message: 'every key starting with "acme_live_" starts with it too' },
    ]);
  });

  it('says why a pattern is not a regular expression, or how to write one the u flag accepts', () => {
    const withPattern = (pattern: string) =>
      errorOf(() => defineProvider({ ...minimal, fields: [{ key: 'api_key', label: 'API Key', kind: 'secret', pattern }] })).issues;
    expect(withPattern('acme_([a-z')).toEqual([
      { path: 'fields[0].pattern', message: 'must be a valid regular expression with the u flag (Unterminated character class)' },
    ]);
    expect(withPattern('acme\\_[a-z]+')).toEqual([
      { path: 'fields[0].pattern', message: 'must be a valid regular expression with the u flag (escape only syntax characters, e.g. write _ not \\_)' },
    ]);
  });

  it('reports definitions that cannot work: a value twice, a default that is no option, options off a select, a prefix of two environments', () => {
    const secret = { key: 'api_key', label: 'API Key', kind: 'secret' } as const;
    const error = errorOf(() =>
      defineProvider({
        ...minimal,
        environments: [
          { id: 'production', label: 'Production', tokenPrefixes: ['acme_'] },
          { id: 'sandbox', label: 'Sandbox', tokenPrefixes: ['acme_test_', 'acme_'] },
        ],
        fields: [
          { ...secret, options: [{ value: 'x', label: 'X' }] },
          {
            key: 'region',
            label: 'Region',
            kind: 'select',
            defaultValue: 'mars',
            options: [
              { value: 'us', label: 'US' },
              { value: 'us', label: 'United States' },
            ],
          },
        ],
      }),
    );
    expect(error.issues).toEqual([
      { path: 'fields[0].options', message: 'only a select field has options' },
      { path: 'fields[1].options[1].value', message: 'duplicates the value "us"' },
      { path: 'fields[1].defaultValue', message: "must be one of the options' values" },
      { path: 'environments[1].tokenPrefixes[1]', message: '"acme_" is another environment\'s prefix too' },
    ]);
    // Each of them alone is fine.
    expect(() =>
      defineProvider({
        ...minimal,
        environments: [
          { id: 'production', label: 'Production', tokenPrefixes: ['acme_live_'] },
          { id: 'sandbox', label: 'Sandbox', tokenPrefixes: ['acme_test_'] },
        ],
        fields: [
          secret,
          { key: 'region', label: 'Region', kind: 'select', defaultValue: 'us', options: [{ value: 'us', label: 'US' }] },
          { key: 'team', label: 'Team', kind: 'select', required: false, defaultValue: '', options: [{ value: 'sales', label: 'Sales' }] },
        ],
      }),
    ).not.toThrow();
  });

  it.each<[string, Partial<ProviderDefinitionInput>, string]>([
    ['an id with a space', { id: 'acme corp' }, 'id'],
    ['a key with a dot, which would nest in the form', { fields: [{ key: 'api.key', label: 'API Key', kind: 'secret' }] }, 'fields[0].key'],
    ['no fields', { fields: [] }, 'fields'],
    ['an empty known-mistake prefix, which every value would match', { fields: [{ key: 'api_key', label: 'API Key', kind: 'secret', knownMistakes: [{ prefix: '', message: 'No.' }] }] }, 'fields[0].knownMistakes[0].prefix'],
    ['a maximum length of 0, which every value would exceed', { fields: [{ key: 'api_key', label: 'API Key', kind: 'secret', maxLength: 0 }] }, 'fields[0].maxLength'],
    [
      'two environments with one id, two radios with one value',
      {
        environments: [
          { id: 'live', label: 'Live', tokenPrefixes: ['live_'] },
          { id: 'live', label: 'Test', tokenPrefixes: ['test_'] },
        ],
      },
      'environments[1].id',
    ],
  ])('refuses %s, naming its path', (_, change, path) => {
    expect(errorOf(() => defineProvider({ ...minimal, ...change })).issues.map((issue) => issue.path)).toContain(path);
  });

  it.each([1.5, -2.5, 2 ** 53])('refuses a maximum length of %s, saying that it must be a whole number, and nothing else', (maxLength) => {
    const error = errorOf(() => defineProvider({ ...minimal, fields: [{ key: 'api_key', label: 'API Key', kind: 'secret', maxLength }] }));
    expect(error.issues).toEqual([{ path: 'fields[0].maxLength', message: 'must be a whole number' }]);
  });

  it('says what an empty prefix or an empty list of options lacks, never "Invalid input"', () => {
    const error = errorOf(() =>
      defineProvider({
        ...minimal,
        environments: [{ id: 'live', label: 'Live', tokenPrefixes: [''] }],
        fields: [
          { key: 'api_key', label: 'API Key', kind: 'secret', knownMistakes: [{ prefix: '', message: 'No.' }], hints: [{ prefix: '', message: 'Read-only.' }] },
          { key: 'region', label: 'Region', kind: 'select', options: [] },
        ],
      }),
    );
    expect(error.issues).toEqual(
      expect.arrayContaining([
        { path: 'environments[0].tokenPrefixes[0]', message: 'must not be empty' },
        { path: 'fields[0].knownMistakes[0].prefix', message: 'must not be empty' },
        { path: 'fields[0].hints[0].prefix', message: 'must not be empty' },
        { path: 'fields[1].options', message: 'must have at least one option' },
      ]),
    );
    expect(error.message).not.toContain('Invalid input');
  });

  it.each([0, -3])('refuses a maximum length of %s, saying that it must be at least 1, not "Invalid input"', (maxLength) => {
    const error = errorOf(() => defineProvider({ ...minimal, fields: [{ key: 'api_key', label: 'API Key', kind: 'secret', maxLength }] }));
    expect(error.issues).toEqual([{ path: 'fields[0].maxLength', message: 'must be at least 1' }]);
  });

  describe('given a maximum length too short for the format the field asks for', () => {
    const secret = { key: 'api_key', label: 'API Key', kind: 'secret' } as const;
    const withTestKeys = { ...minimal, environments: [{ id: 'test', label: 'Test', tokenPrefixes: ['sk_test_'] }] };

    it('refuses one that leaves no room for a key after an environment’s prefix, naming the provider, the field and the prefix', () => {
      const error = errorOf(() => defineProvider({ ...withTestKeys, fields: [{ ...secret, maxLength: 5 }] }));
      expect(error.message).toContain('"acme"');
      expect(error.issues).toEqual([{ path: 'fields[0].maxLength', message: 'is 5: too short for a value starting with "sk_test_"' }]);
      // A key is longer than its prefix: "sk_test_" alone selects no environment.
      expect(() => defineProvider({ ...withTestKeys, fields: [{ ...secret, maxLength: 8 }] })).toThrow(ProviderDefinitionError);
      expect(() => defineProvider({ ...withTestKeys, fields: [{ ...secret, maxLength: 9 }] })).not.toThrow();
    });

    it('refuses one that leaves no room after the start its example shows', () => {
      const error = errorOf(() => defineProvider({ ...minimal, fields: [{ ...secret, example: 'sct_rw_…', maxLength: 7 }] }));
      expect(error.issues).toEqual([{ path: 'fields[0].maxLength', message: 'is 7: too short for a value starting with "sct_rw_"' }]);
      expect(() => defineProvider({ ...minimal, fields: [{ ...secret, example: 'sct_rw_…', maxLength: 8 }] })).not.toThrow();
    });

    it('refuses one shorter than an example that matches the field’s pattern', () => {
      const field = { ...secret, pattern: 'acme_[a-z0-9]{24}', example: 'acme_0123456789abcdefghijklmn' };
      const error = errorOf(() => defineProvider({ ...minimal, fields: [{ ...field, maxLength: 20 }] }));
      expect(error.issues).toEqual([{ path: 'fields[0].maxLength', message: 'is 20: too short for the example, which matches the pattern' }]);
      expect(() => defineProvider({ ...minimal, fields: [{ ...field, maxLength: 29 }] })).not.toThrow();
    });

    it('is checked in development only, where definitions are written, so production bundles do not carry it', () => {
      vi.stubEnv('NODE_ENV', 'production');
      try {
        expect(() => defineProvider({ ...withTestKeys, fields: [{ ...secret, maxLength: 5 }] })).not.toThrow();
      } finally {
        vi.unstubAllEnvs();
      }
    });

    it('accepts a longer example that is only a placeholder, since it does not match the pattern', () => {
      const field = { ...secret, pattern: 'acme_[a-z0-9]{4}', example: 'Paste your Acme key here', maxLength: 9 };
      expect(() => defineProvider({ ...minimal, fields: [field] })).not.toThrow();
      expect(() => defineProvider({ ...minimal, fields: [{ ...secret, example: 'Paste your key', maxLength: 9 }] })).not.toThrow();
    });
  });

  describe('given a pattern or a prefix written as a JavaScript regular expression, which would refuse every key', () => {
    const secret = { key: 'api_key', label: 'API Key', kind: 'secret' } as const;

    it.each(['/^re_[A-Za-z0-9]{20}$/', '/re_[A-Za-z0-9]{20}/u'])('refuses the pattern %s, slashes and all', (pattern) => {
      const error = errorOf(() => defineProvider({ ...minimal, fields: [{ ...secret, pattern }] }));
      expect(error.issues).toEqual([
        { path: 'fields[0].pattern', message: 'must be the source alone, without the slashes and flags of a JavaScript regex literal (write a slash the value has as \\/)' },
      ]);
    });

    it('accepts a value between slashes written with escaped ones', () => {
      expect(() => defineProvider({ ...minimal, fields: [{ ...secret, pattern: '\\/[a-z]+\\/' }] })).not.toThrow();
    });

    it('refuses a prefix written as a pattern, as prefixes are matched as plain text', () => {
      const error = errorOf(() =>
        defineProvider({
          ...minimal,
          environments: [{ id: 'production', label: 'Production', tokenPrefixes: ['sk_live_', '^rk_live_'] }],
          fields: [{ ...secret, knownMistakes: [{ prefix: 'pk\\_', message: 'This is the publishable key.' }], hints: [{ prefix: '(ro)_', message: 'Read-only.' }] }],
        }),
      );
      const message = 'is plain text, not a pattern: write the characters a key starts with, as they are';
      expect(error.issues).toEqual([
        { path: 'fields[0].knownMistakes[0].prefix', message },
        { path: 'fields[0].hints[0].prefix', message },
        { path: 'environments[0].tokenPrefixes[1]', message },
      ]);
    });

    // Characters a pattern uses and a real key may start with: Asaas's keys start with "$aact_".
    it.each(['SG.', '$aact_', 'key+'])('accepts the prefix %s, which only a pattern would read as syntax', (prefix) => {
      expect(() =>
        defineProvider({ ...minimal, environments: [{ id: 'production', label: 'Production', tokenPrefixes: [prefix] }], fields: [secret] }),
      ).not.toThrow();
    });

    it('is checked in development only, so production bundles do not carry it', () => {
      vi.stubEnv('NODE_ENV', 'production');
      try {
        expect(() => defineProvider({ ...minimal, fields: [{ ...secret, pattern: '/^re_/' }] })).not.toThrow();
      } finally {
        vi.unstubAllEnvs();
      }
    });
  });

  it('refuses a guide section with nothing under its title, which shows as a lone heading, in a translation too', () => {
    const guide = [...minimal.guide, { title: 'Then', steps: [] }];
    const error = errorOf(() => defineProvider({ ...minimal, guide, translations: { fr: { guide: [{ title: 'Créer une clé', steps: [] }] } } }));
    const message = 'has nothing under its title: give it steps, an intro or scopes';
    expect(error.issues).toEqual([
      { path: 'guide[1]', message },
      { path: 'translations.fr.guide[0]', message },
    ]);
    // A section of an intro alone, or of scopes alone, says something.
    expect(() =>
      defineProvider({ ...minimal, guide: [...minimal.guide, { title: 'Then', intro: 'Paste the key below.', steps: [] }, { title: 'Scopes', scopes: ['Read'], steps: [] }] }),
    ).not.toThrow();
  });

  it('requires a secret field when the provider has environments', () => {
    const error = errorOf(() =>
      defineProvider({
        ...minimal,
        environments: [{ id: 'production', label: 'Production', tokenPrefixes: ['live_'] }],
        fields: [{ key: 'subdomain', label: 'Subdomain', kind: 'text' }],
      }),
    );
    expect(error.issues.map((issue) => issue.path)).toContain('environments');
  });

  it('rejects a logo that is a data: URL of anything but SVG', () => {
    const error = errorOf(() => defineProvider({ ...minimal, logo: 'data:image/png;base64,iVBORw0KGgo=' }));
    expect(error.issues).toEqual([{ path: 'logo', message: 'must be an https: URL or a data:image/svg+xml URL' }]);
  });

  describe('given an SVG logo a browser would not draw, which would show the name’s first letter instead', () => {
    const svg = (attributes: string) => `<svg ${attributes} viewBox="0 0 24 24"><rect width="24" height="24" fill="#e11d48"/></svg>`;
    const namespace = 'xmlns="http://www.w3.org/2000/svg"';

    it.each([
      ['with a "#" left as it is, where the URL would end', `data:image/svg+xml,${svg(namespace)}`, 'has a "#" that is not encoded, where the image would end: encode the SVG with encodeURIComponent'],
      ['without its namespace', `data:image/svg+xml,${encodeURIComponent(svg(''))}`, 'is an SVG without xmlns="http://www.w3.org/2000/svg", which a browser does not draw as an image'],
      ['without its namespace, in base64', `data:image/svg+xml;base64,${btoa(svg(''))}`, 'is an SVG without xmlns="http://www.w3.org/2000/svg", which a browser does not draw as an image'],
    ])('refuses one %s', (_, logo, message) => {
      expect(errorOf(() => defineProvider({ ...minimal, logo })).issues).toEqual([{ path: 'logo', message }]);
    });

    it('accepts one encoded, in base64, or as it is without a "#"', () => {
      for (const logo of [
        `data:image/svg+xml,${encodeURIComponent(svg(namespace))}`,
        `data:image/svg+xml;base64,${btoa(svg(namespace))}`,
        `data:image/svg+xml,${svg(namespace).replace('#e11d48', 'red')}`,
      ]) {
        expect(() => defineProvider({ ...minimal, logo })).not.toThrow();
      }
    });

    it('is checked in development only, so production bundles do not carry it', () => {
      vi.stubEnv('NODE_ENV', 'production');
      try {
        expect(() => defineProvider({ ...minimal, logo: `data:image/svg+xml,${encodeURIComponent(svg(''))}` })).not.toThrow();
      } finally {
        vi.unstubAllEnvs();
      }
    });
  });

  it('rejects a javascript: logo and names its path', () => {
    const error = errorOf(() => defineProvider({ ...minimal, logo: 'javascript:alert(1)' }));
    expect(error.issues).toEqual([{ path: 'logo', message: 'must be an https: URL or a data:image/svg+xml URL' }]);
  });

  it('says "(no id)" when even the id is missing', () => {
    const { id: _id, ...withoutId } = minimal;
    const error = errorOf(() => defineProvider(withoutId as ProviderDefinitionInput));
    expect(error.message).toContain('"(no id)"');
    expect(error.issues.map((issue) => issue.path)).toContain('id');
  });

  it('returns a frozen definition, so what was checked is what renders, and types it read-only', () => {
    const acme = defineProvider(minimal);
    expect(Object.isFrozen(acme)).toBe(true);
    expect(Object.isFrozen(acme.fields[0])).toBe(true);
    expect(() => {
      // @ts-expect-error: a definition's properties are read-only
      acme.name = 'Changed';
    }).toThrow(TypeError);
    expect(() => {
      // @ts-expect-error: and so are its lists, all the way down
      acme.guide[0]?.steps.push({ title: 'Another step' });
    }).toThrow(TypeError);
    expect(Object.isFrozen(minimal)).toBe(false);
  });

  it('accepts a definition written `as const`, and keeps its id as a literal type', () => {
    const literal = {
      ...minimal,
      id: 'acme-const',
      fields: [{ key: 'api_key', label: 'API Key', kind: 'secret', pattern: 'acme_[a-z0-9]{24}' }],
      guide: [{ title: 'Create a key', steps: [{ title: 'Open **Settings → API**', bullets: ['Click **New key**'] }] }],
    } as const;
    const acme = defineProvider(literal);
    expect(acme).toEqual(literal);
    expectTypeOf(acme.id).toEqualTypeOf<'acme-const'>();
    expectTypeOf(defineProvider({ ...stripe, id: 'stripe-eu' }).id).toEqualTypeOf<'stripe-eu'>();
    const fromJson: ProviderDefinitionInput = JSON.parse(JSON.stringify(literal));
    expectTypeOf(defineProvider(fromJson).id).toEqualTypeOf<string>();
  });

  it('refuses a misspelt property at compile time too', () => {
    // @ts-expect-error: `patern` is not a property of a field
    expect(() => defineProvider({ ...minimal, fields: [{ key: 'api_key', label: 'API Key', kind: 'secret', patern: 'x' }] })).toThrow(
      'unknown property "patern"',
    );
  });

  it('hands a definition it returned back as it is, without checking it again', () => {
    const acme = defineProvider(minimal);
    expect(defineProvider(acme)).toBe(acme);
    expect(defineProvider(stripe)).toBe(stripe);
  });

  it('still checks a changed copy of a checked definition', () => {
    const acme = defineProvider(minimal);
    expect(() => defineProvider({ ...acme, logo: 'javascript:alert(1)' })).toThrow(ProviderDefinitionError);
  });
});
