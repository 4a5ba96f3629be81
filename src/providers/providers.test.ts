import { describe, expect, it } from 'vitest';
import { buildCredentialSchema } from '../credentials/credential-schema.js';
import { providerDefinitionSchema, type ProviderDefinition } from '../definition/provider-schema.js';
import { builtInProviders, gocardless, launchdarkly, remote, shortcut, stripe } from './index.js';
import { lettermark, logoColors } from './logos.js';

const alnum = (length: number, seed = 7) => {
  const chars = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
  let out = '';
  for (let i = 0; i < length; i += 1) out += chars[(i * 31 + seed) % chars.length];
  return out;
};
const goCardlessChars = (length: number) => {
  const chars = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_=-';
  let out = '';
  for (let i = 0; i < length; i += 1) out += chars[(i * 17 + 3) % chars.length];
  return out;
};
const UUID = '3f2b8c1e-9a4d-4e7b-8c21-5d6f7a8b9c0d';

function secretField(definition: ProviderDefinition) {
  const field = definition.fields.find((candidate) => candidate.kind === 'secret');
  if (!field) throw new Error(`${definition.id} has no secret field`);
  return field;
}

/** The same whole-value match the credential schema performs. */
function matches(definition: ProviderDefinition, value: string): boolean {
  const { pattern } = secretField(definition);
  if (pattern === undefined) throw new Error(`${definition.id} has no pattern`);
  return new RegExp(`^(?:${pattern})$`, 'u').test(value.trim());
}

/** Every piece of text a definition shows: warning, descriptions, help, guide. */
function texts(definition: ProviderDefinition): string[] {
  const out = [definition.description, definition.warning];
  for (const environment of definition.environments) if (environment.description) out.push(environment.description);
  for (const field of definition.fields) {
    out.push(field.label);
    if (field.help) out.push(field.help);
    if (field.patternMessage) out.push(field.patternMessage);
    for (const mistake of field.knownMistakes ?? []) out.push(mistake.message);
    for (const option of field.options ?? []) out.push(option.label);
  }
  for (const section of definition.guide) {
    out.push(section.title);
    if (section.intro) out.push(section.intro);
    out.push(...(section.scopes ?? []));
    for (const step of section.steps) {
      out.push(step.title);
      if (step.body) out.push(step.body);
      out.push(...(step.bullets ?? []));
    }
  }
  return out;
}

function credentialMessages(definition: ProviderDefinition, environment: string, credentials: Record<string, string>) {
  const result = buildCredentialSchema(definition).safeParse({ environment, credentials });
  return result.success ? [] : result.error.issues.map((issue) => issue.message);
}

describe('built-in providers', () => {
  it('lists the five providers, alphabetically by display name', () => {
    expect(builtInProviders.map((provider) => provider.name)).toEqual([
      'GoCardless',
      'LaunchDarkly',
      'Remote',
      'Shortcut',
      'Stripe',
    ]);
    expect(builtInProviders).toEqual([gocardless, launchdarkly, remote, shortcut, stripe]);
  });

  it.each(builtInProviders.map((provider) => [provider.id, provider] as const))(
    '%s passes the definition schema, which changes nothing in it (so it can ship unparsed)',
    (_id, provider) => {
      const result = providerDefinitionSchema.safeParse(provider);
      expect(result.success, JSON.stringify(result.error?.issues)).toBe(true);
      expect(result.data).toStrictEqual(provider);
    },
  );

  it('has unique provider ids', () => {
    const ids = builtInProviders.map((provider) => provider.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it.each([
    { id: 'stripe', environments: ['production', 'test'], secret: 'api_key', category: 'payments' },
    { id: 'gocardless', environments: ['production', 'sandbox'], secret: 'access_token', category: 'payments' },
    { id: 'shortcut', environments: [], secret: 'api_token', category: 'project-management' },
    { id: 'launchdarkly', environments: [], secret: 'access_token', category: 'feature-flags' },
    { id: 'remote', environments: ['production', 'sandbox'], secret: 'api_token', category: 'hr' },
  ])('$id keeps its contract ids', ({ id, environments, secret, category }) => {
    const provider = builtInProviders.find((candidate) => candidate.id === id);
    expect(provider).toBeDefined();
    expect(provider!.environments.map((environment) => environment.id)).toEqual(environments);
    expect(secretField(provider!).key).toBe(secret);
    expect(provider!.category).toBe(category);
  });

  it.each([
    ['stripe', 'API Key'],
    ['gocardless', 'Access Token'],
    ['shortcut', 'API Token'],
    ['launchdarkly', 'Access Token'],
    ['remote', 'API Token'],
  ])('%s labels its secret field "%s"', (id, label) => {
    const provider = builtInProviders.find((candidate) => candidate.id === id)!;
    expect(secretField(provider).label).toBe(label);
  });

  it('declares the environment labels, prefixes and token nouns', () => {
    const summary = (provider: ProviderDefinition) =>
      provider.environments.map(({ id, label, tokenPrefixes, tokenNoun }) => ({ id, label, tokenPrefixes, tokenNoun }));
    expect(summary(stripe)).toEqual([
      { id: 'production', label: 'Production', tokenPrefixes: ['sk_live_', 'rk_live_'], tokenNoun: 'live key' },
      { id: 'test', label: 'Test Mode', tokenPrefixes: ['sk_test_', 'rk_test_'], tokenNoun: 'test key' },
    ]);
    expect(summary(gocardless)).toEqual([
      { id: 'production', label: 'Production', tokenPrefixes: ['live_'], tokenNoun: 'live token' },
      { id: 'sandbox', label: 'Sandbox', tokenPrefixes: ['sandbox_'], tokenNoun: 'sandbox token' },
    ]);
    expect(summary(remote)).toEqual([
      { id: 'production', label: 'Production', tokenPrefixes: ['ra_live_'], tokenNoun: 'production token' },
      { id: 'sandbox', label: 'Sandbox', tokenPrefixes: ['ra_test_'], tokenNoun: 'sandbox token' },
    ]);
    for (const provider of builtInProviders) {
      for (const environment of provider.environments) expect(environment.description).toBeTruthy();
    }
  });

  it('gives LaunchDarkly an instance choice defaulting to Commercial', () => {
    const instance = launchdarkly.fields.find((field) => field.key === 'instance');
    expect(instance).toMatchObject({ kind: 'select', required: true, defaultValue: 'commercial' });
    expect(instance!.options!.map((option) => option.value)).toEqual(['commercial', 'eu', 'federal']);
    expect(instance!.options!.map((option) => [option.label, option.description])).toEqual([
      ['Commercial', 'app.launchdarkly.com'],
      ['EU', 'app.eu.launchdarkly.com'],
      ['Federal', 'app.launchdarkly.us'],
    ]);
  });

  it('gives every secret field a pattern, a human pattern message, an example and help', () => {
    for (const provider of builtInProviders) {
      for (const field of provider.fields.filter((candidate) => candidate.kind === 'secret')) {
        expect(field.pattern, provider.id).toBeTruthy();
        expect(field.patternMessage, provider.id).toBeTruthy();
        expect(field.patternMessage, provider.id).not.toMatch(/[\\^$[\]{}]|\(\?/);
        expect(field.example, provider.id).toBeTruthy();
        expect(field.help, provider.id).toBeTruthy();
      }
    }
  });

  it('shows each secret field\'s prefix as its placeholder, not a whole token a narrow field would cut off', () => {
    const placeholders = builtInProviders.flatMap((provider) =>
      provider.fields.filter((field) => field.kind === 'secret').map((field) => [provider.id, field.example]),
    );
    expect(placeholders).toEqual([
      ['gocardless', 'live_…'],
      ['launchdarkly', 'api-…'],
      ['remote', 'ra_live_…'],
      ['shortcut', 'sct_rw_…'],
      ['stripe', 'sk_test_…'],
    ]);
  });
});

describe('secret field patterns', () => {
  const valid: Array<[ProviderDefinition, string[]]> = [
    [
      stripe,
      [
        `sk_test_${alnum(24)}`,
        `sk_test_51${alnum(97)}`,
        `sk_live_${alnum(24)}`,
        `sk_live_51${alnum(97)}`,
        `rk_live_${alnum(24)}`,
        `rk_test_${alnum(99)}`,
        `  sk_test_${alnum(30)}  `,
      ],
    ],
    [
      gocardless,
      [
        `live_${goCardlessChars(40)}`,
        `sandbox_${goCardlessChars(40)}`,
        `live_${alnum(40)}`,
        `sandbox_${goCardlessChars(35)}`,
        `live_${goCardlessChars(48)}`,
      ],
    ],
    [shortcut, [UUID, UUID.toUpperCase(), 'sct_rw_abc123_def456', 'sct_ro_abc123_def456', `sct_rw_${alnum(40)}`]],
    [launchdarkly, [`api-${UUID}`, 'api-00000000-0000-0000-0000-000000000000']],
    [remote, ['ra_test_abc_123', 'ra_live_abc_123', `ra_live_${alnum(64)}`, 'ra_test_a-b_C9']],
  ];

  const invalid: Array<[ProviderDefinition, string[]]> = [
    [
      stripe,
      [
        '',
        'sk_test_',
        'sk_test_short',
        `pk_test_${alnum(24)}`,
        `sk_prod_${alnum(24)}`,
        `sk_test_${alnum(20)}-${alnum(4)}`,
        `sk_test_${alnum(248)}`,
        `xsk_test_${alnum(24)}`,
        `sk_test_${alnum(24)}\nsk_live_${alnum(24)}`,
      ],
    ],
    [gocardless, ['', 'live_', 'live_short', `test_${goCardlessChars(40)}`, `live_${alnum(20)} ${alnum(20)}`, `sandbox_${alnum(81)}`]],
    [shortcut, ['', 'not-a-token', UUID.slice(0, -1), `${UUID}x`, 'sct_xx_abc', 'sct_rw_', 'sct_rw_abc def']],
    [launchdarkly, ['', UUID, `sdk-${UUID}`, `mob-${UUID}`, 'api-xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx', `api-${UUID}0`]],
    [remote, ['', 'ra_test_', 'ra_prod_abc', 'rk_live_abc', 'ra_live_abc def', 'ra_live_abc.def']],
  ];

  it.each(valid.map(([provider, samples]) => [provider.id, provider, samples] as const))(
    '%s accepts realistic tokens',
    (_id, provider, samples) => {
      for (const sample of samples) expect(matches(provider, sample), sample).toBe(true);
    },
  );

  it.each(invalid.map(([provider, samples]) => [provider.id, provider, samples] as const))(
    '%s rejects clearly wrong tokens',
    (_id, provider, samples) => {
      for (const sample of samples) expect(matches(provider, sample), JSON.stringify(sample)).toBe(false);
    },
  );

  it('maps every valid prefixed token to one of the provider’s environments', () => {
    for (const [provider, samples] of valid) {
      if (provider.environments.length === 0) continue;
      for (const sample of samples) {
        const value = sample.trim();
        const owners = provider.environments.filter((environment) =>
          environment.tokenPrefixes.some((prefix) => value.startsWith(prefix)),
        );
        expect(owners, value).toHaveLength(1);
      }
    }
  });
});

describe('credential messages', () => {
  it('explains a Stripe publishable key', () => {
    for (const key of [`pk_test_${alnum(24)}`, `pk_live_${alnum(99)}`]) {
      const messages = credentialMessages(stripe, '', { api_key: key });
      expect(messages.some((message) => message.includes('publishable'))).toBe(true);
      expect(messages.some((message) => /Secret key/.test(message) && /restricted key/.test(message))).toBe(true);
    }
  });

  it('explains LaunchDarkly SDK and mobile keys', () => {
    const sdk = credentialMessages(launchdarkly, '', { access_token: `sdk-${UUID}`, instance: 'commercial' });
    expect(sdk.some((message) => message.includes('SDK key'))).toBe(true);
    const mobile = credentialMessages(launchdarkly, '', { access_token: `mob-${UUID}`, instance: 'commercial' });
    expect(mobile.some((message) => message.includes('mobile key'))).toBe(true);
  });

  it('names both environments when a Stripe live key meets Test Mode', () => {
    const messages = credentialMessages(stripe, 'test', { api_key: `sk_live_${alnum(24)}` });
    expect(messages).toEqual(['This is a live key, but Test Mode is selected.']);
  });

  it('names both environments when a GoCardless sandbox token meets Production', () => {
    const messages = credentialMessages(gocardless, 'production', { access_token: `sandbox_${goCardlessChars(40)}` });
    expect(messages).toEqual(['This is a sandbox token, but Production is selected.']);
  });

  it('names both environments when a Remote production token meets Sandbox', () => {
    const messages = credentialMessages(remote, 'sandbox', { api_token: 'ra_live_abc_123' });
    expect(messages).toEqual(['This is a production token, but Sandbox is selected.']);
  });

  it.each([
    [stripe, 'test', { api_key: `sk_test_${alnum(24)}` }],
    [stripe, 'production', { api_key: `rk_live_${alnum(99)}` }],
    [gocardless, 'sandbox', { access_token: `sandbox_${goCardlessChars(40)}` }],
    [shortcut, '', { api_token: 'sct_rw_abc123_def456' }],
    [launchdarkly, '', { access_token: `api-${UUID}`, instance: 'eu' }],
    [remote, 'production', { api_token: 'ra_live_abc_123' }],
  ] as const)('accepts a consistent %s form', (provider, environment, credentials) => {
    expect(credentialMessages(provider, environment, credentials)).toEqual([]);
  });

  it('tells a LaunchDarkly user with uppercase or non-hex letters which letters a token has', () => {
    for (const token of [`api-${UUID.toUpperCase()}`, `api-${UUID.replace('3f2b', 'zz2b')}`]) {
      const messages = credentialMessages(launchdarkly, '', { access_token: token, instance: 'commercial' });
      expect(messages).toEqual([expect.stringContaining('32 digits and lowercase letters a–f')]);
    }
  });

  it('tells a Stripe user with a key cut short that it is too short, not that its prefix is wrong', () => {
    const messages = credentialMessages(stripe, 'test', { api_key: 'sk_test_abc' });
    expect(messages).toEqual([expect.stringContaining('followed by at least 20 letters and digits')]);
  });

  it('tells a Shortcut user with an older token which letters it has', () => {
    const messages = credentialMessages(shortcut, '', { api_token: UUID.replace('3f2b', 'zz2b') });
    expect(messages).toEqual([expect.stringContaining('digits and letters a–f in groups of 8-4-4-4-12')]);
  });

  it('gives a format message, never a regex, for a malformed token', () => {
    const messages = credentialMessages(remote, 'production', { api_token: 'hello' });
    expect(messages).toEqual([remote.fields[0]!.patternMessage]);
  });
});

describe('content', () => {
  it('links only to https: URLs', () => {
    for (const provider of builtInProviders) {
      for (const text of texts(provider)) {
        for (const [, url] of text.matchAll(/\]\(([^)]*)\)/g)) {
          expect(url, `${provider.id}: ${text}`).toMatch(/^https:\/\/[^\s]+$/);
        }
      }
    }
  });

  it('uses only the inline markup and stays white-label', () => {
    for (const provider of builtInProviders) {
      for (const text of texts(provider)) {
        expect(text, provider.id).not.toMatch(/<\/?[a-z!]/i);
        expect(text, provider.id).not.toMatch(/stackone/i);
        expect(text, provider.id).not.toMatch(/https?:\/\/(?![^\s)]*\))/); // bare URLs must be links
        expect((text.match(/\*\*/g) ?? []).length % 2, `${provider.id}: ${text}`).toBe(0);
        expect((text.match(/`/g) ?? []).length % 2, `${provider.id}: ${text}`).toBe(0);
      }
    }
  });

  it('drops the seed’s closing "link the account" section', () => {
    for (const provider of builtInProviders) {
      expect(provider.guide.map((section) => section.title).join(' '), provider.id).not.toMatch(/linking the account|hub/i);
    }
  });

  it('lists permission choices as scopes', () => {
    const scopes = (provider: ProviderDefinition) => provider.guide.flatMap((section) => section.scopes ?? []).join(' ');
    expect(scopes(gocardless)).toMatch(/Read only access.*Read-write access/);
    expect(scopes(launchdarkly)).toMatch(/Reader.*Writer.*Admin/);
    expect(scopes(remote)).toMatch(/Read Only.*Full Access/);
    expect(scopes(stripe)).toMatch(/Customers.*Read/);
  });
});

describe('logos', () => {
  const luminance = (hex: string) => {
    const [r, g, b] = [1, 3, 5].map((start) => {
      const channel = Number.parseInt(hex.slice(start, start + 2), 16) / 255;
      return channel <= 0.03928 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
  };

  it.each(builtInProviders.map((provider) => [provider.id, provider] as const))(
    '%s ships an SVG lettermark data URL',
    (_id, provider) => {
      expect(provider.logo).toMatch(/^data:image\/svg\+xml,/);
      const svg = decodeURIComponent(provider.logo.slice('data:image/svg+xml,'.length));
      expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" viewBox="0 0 40 40"/);
      expect(svg).toContain('font-family="system-ui,sans-serif"');
      expect(svg).not.toMatch(/<(image|script|use)\b|href=|url\(/);
      const fill = /<rect[^>]*fill="(#[0-9a-fA-F]{6})"/.exec(svg)?.[1];
      expect(fill).toBe(logoColors[provider.id as keyof typeof logoColors]);
    },
  );

  it.each(Object.entries(logoColors))('%s background keeps 4.5:1 contrast with white', (_id, color) => {
    expect(1.05 / (luminance(color) + 0.05)).toBeGreaterThanOrEqual(4.5);
  });

  it('escapes letters and refuses bad input', () => {
    expect(decodeURIComponent(lettermark('<&', '#000000'))).toContain('&#60;&#38;</text>');
    expect(() => lettermark('', '#000000')).toThrow();
    expect(() => lettermark('ABC', '#000000')).toThrow();
    expect(() => lettermark('A', 'red')).toThrow();
  });
});
