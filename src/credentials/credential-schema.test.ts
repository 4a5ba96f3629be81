import { describe, expect, it } from 'vitest';
import { defineProvider } from '../definition/provider-schema.js';
import { gocardless, launchdarkly, remote, shortcut, stripe } from '../providers/index.js';
import {
  buildCredentialSchema,
  defaultCredentialValues,
  environmentForToken,
  findEnvironmentMismatch,
  hintFor,
  toConnectRequest,
  type CredentialInput,
  type CredentialValues,
} from './credential-schema.js';
import type { ProviderDefinition } from '../definition/provider-schema.js';
import { acmeProvider } from '../test/acme-provider.js';

const uuid = '3f1c2a4e-9b7d-4c2e-8a1f-0d6b5e4c3a21';
const keys = {
  stripeTest: `sk_test_${'a1B2'.repeat(6)}`,
  stripeLive: `sk_live_${'Z9y8'.repeat(25)}`,
  stripeRestrictedTest: `rk_test_${'q'.repeat(24)}`,
  gocardlessSandbox: `sandbox_${'Ab1_-='.repeat(6)}abcd`,
  gocardlessLive: `live_${'xY7'.repeat(13)}z`,
};

function values(environment: string, credentials: Record<string, string>): CredentialValues {
  return { environment, credentials };
}

/** The messages of a parse, keyed by dotted path. */
function messagesOf(provider: ProviderDefinition, input: CredentialInput): Record<string, string[]> {
  const result = buildCredentialSchema(provider).safeParse(input);
  if (result.success) return {};
  const out: Record<string, string[]> = {};
  for (const issue of result.error.issues) (out[issue.path.join('.')] ??= []).push(issue.message);
  return out;
}

describe('buildCredentialSchema', () => {
  describe.each([
    ['Stripe test key in Test Mode', stripe, values('test', { api_key: keys.stripeTest })],
    ['Stripe live key in Production', stripe, values('production', { api_key: keys.stripeLive })],
    ['Stripe restricted test key', stripe, values('test', { api_key: keys.stripeRestrictedTest })],
    ['GoCardless sandbox token', gocardless, values('sandbox', { access_token: keys.gocardlessSandbox })],
    ['GoCardless live token', gocardless, values('production', { access_token: keys.gocardlessLive })],
    ['Shortcut UUID token', shortcut, values('', { api_token: uuid })],
    ['Shortcut sct_rw_ token', shortcut, values('', { api_token: 'sct_rw_ws123_Rand0m-part' })],
    ['LaunchDarkly access token', launchdarkly, values('', { access_token: `api-${uuid}`, instance: 'eu' })],
    ['Remote sandbox token', remote, values('sandbox', { api_token: 'ra_test_abc123' })],
    ['Remote production token', remote, values('production', { api_token: 'ra_live_X-y_z' })],
  ])('given a %s', (_name, provider, input) => {
    it('accepts it', () => {
      expect(messagesOf(provider, input)).toEqual({});
    });
  });

  it('trims whitespace around every value', () => {
    const result = buildCredentialSchema(stripe).safeParse(values('test', { api_key: `  ${keys.stripeTest}\n` }));
    expect(result.success && result.data.credentials.api_key).toBe(keys.stripeTest);
  });

  describe('given an empty form', () => {
    it('asks for the environment and the key in words', () => {
      expect(messagesOf(stripe, defaultCredentialValues(stripe))).toEqual({
        environment: ['Choose Production or Test Mode.'],
        'credentials.api_key': ['Enter your API Key.'],
      });
    });

    it('asks for them in the same words when nothing chosen arrives as null (a radio group left without a choice)', () => {
      const nothing: CredentialInput = { environment: null, credentials: { api_key: null } };
      expect(messagesOf(stripe, nothing)).toEqual({
        environment: ['Choose Production or Test Mode.'],
        'credentials.api_key': ['Enter your API Key.'],
      });
      const noInstance: CredentialInput = { environment: '', credentials: { access_token: `api-${uuid}`, instance: null } };
      expect(messagesOf(launchdarkly, noInstance)).toEqual({
        'credentials.instance': ['Choose an Instance.'],
      });
    });

    it('asks for no environment where the provider has none', () => {
      expect(messagesOf(shortcut, defaultCredentialValues(shortcut))).toEqual({
        'credentials.api_token': ['Enter your API Token.'],
      });
    });

    it('starts LaunchDarkly on the Commercial instance', () => {
      expect(defaultCredentialValues(launchdarkly).credentials.instance).toBe('commercial');
    });
  });

  describe('given a Stripe key for the wrong environment', () => {
    it('names both environments', () => {
      expect(messagesOf(stripe, values('test', { api_key: keys.stripeLive }))).toEqual({
        'credentials.api_key': ['This is a live key, but Test Mode is selected.'],
      });
      expect(messagesOf(stripe, values('production', { api_key: keys.stripeRestrictedTest }))).toEqual({
        'credentials.api_key': ['This is a test key, but Production is selected.'],
      });
    });

    it('puts it before a format error of the same key, so that the field shows it', () => {
      expect(messagesOf(stripe, values('test', { api_key: 'sk_live_abc' }))['credentials.api_key']).toEqual([
        'This is a live key, but Test Mode is selected.',
        expect.stringMatching(/^Stripe secret keys start with sk_live_ or sk_test_/),
      ]);
    });

    it('reports the mismatch with the environment the key belongs to', () => {
      const mismatch = findEnvironmentMismatch(stripe, values('test', { api_key: keys.stripeLive }));
      expect(mismatch?.token.id).toBe('production');
      expect(mismatch?.selected.id).toBe('test');
    });
  });

  it('names the environments of GoCardless and Remote in their own words', () => {
    expect(messagesOf(gocardless, values('production', { access_token: keys.gocardlessSandbox }))).toEqual({
      'credentials.access_token': ['This is a sandbox token, but Production is selected.'],
    });
    expect(messagesOf(remote, values('sandbox', { api_token: 'ra_live_abc' }))['credentials.api_token']?.[0]).toMatch(
      /but Sandbox is selected\.$/,
    );
  });

  describe('given a known wrong kind of key', () => {
    it('says a Stripe pk_ key is the publishable key', () => {
      const [message] = messagesOf(stripe, values('test', { api_key: `pk_test_${'a'.repeat(24)}` }))['credentials.api_key'] ?? [];
      expect(message).toMatch(/publishable/i);
    });

    it.each(['sdk-', 'mob-'])('says a LaunchDarkly %s key cannot call the REST API', (prefix) => {
      const [message] =
        messagesOf(launchdarkly, values('', { access_token: `${prefix}${uuid}`, instance: 'commercial' }))['credentials.access_token'] ?? [];
      expect(message).toMatch(prefix === 'sdk-' ? /SDK key/i : /mobile key/i);
    });
  });

  describe('given a key pasted with what was around it in a file', () => {
    const PASTE_ALONE = 'Paste only the API Key itself, without quotation marks or a name and = before it.';
    it.each([
      ['in double quotes', `"${keys.stripeTest}"`],
      ['in single quotes', `'${keys.stripeTest}'`],
      ['in backticks', `\`${keys.stripeTest}\``],
      ['in typographic quotes', `“${keys.stripeTest}”`],
      ['after a closing quote only', `${keys.stripeTest}"`],
      ['as an environment variable', `STRIPE_SECRET_KEY=${keys.stripeTest}`],
      ['as a quoted environment variable', `STRIPE_SECRET_KEY="${keys.stripeTest}"`],
      ['as a YAML entry', `stripe_secret_key: ${keys.stripeTest}`],
    ])('says to paste the key alone when it is %s', (_, pasted) => {
      expect(messagesOf(stripe, values('test', { api_key: pasted }))['credentials.api_key']).toEqual([PASTE_ALONE]);
    });

    it('keeps the format message for a key that is wrong even without them', () => {
      const [message] = messagesOf(stripe, values('test', { api_key: '"sk_test_short"' }))['credentials.api_key'] ?? [];
      expect(message).toMatch(/^Stripe secret keys start with/);
    });

    it('leaves a value its format allows as it is, equals signs included', () => {
      expect(messagesOf(gocardless, values('sandbox', { access_token: keys.gocardlessSandbox }))).toEqual({});
    });
  });

  describe('given hostile input', () => {
    it.each([
      ['a 100 kB paste', `sk_test_${'a'.repeat(100_000)}`, /too long/],
      ['a NUL byte', `sk_test_${'a'.repeat(20)}\u0000b`, /invisible characters/],
      ['a right-to-left override', `sk_test_\u202e${'a'.repeat(24)}`, /invisible characters/],
      ['a space inside', `sk_test_${'a'.repeat(12)} ${'b'.repeat(12)}`, /invisible characters/],
      ['emoji', `sk_test_${'a'.repeat(20)}🔑`, /Stripe secret keys start with/],
      ['a lone surrogate', `sk_test_${'a'.repeat(20)}\ud800`, /Stripe secret keys start with/],
    ])('gives a clear message for %s, never a regex', (_name, token, expected) => {
      const [message] = messagesOf(stripe, values('test', { api_key: token }))['credentials.api_key'] ?? [];
      expect(message).toMatch(expected);
      expect(message).not.toMatch(/[\\^$]|\[A-Z/);
    });

    it('refuses a select value that is not one of its options', () => {
      expect(
        messagesOf(launchdarkly, values('', { access_token: `api-${uuid}`, instance: '<script>' }))['credentials.instance'],
      ).toEqual(['Choose an Instance.']);
    });
  });

  it('checks leniently where a format is unverified', () => {
    const lenient = defineProvider({
      id: 'lenient',
      name: 'Lenient',
      category: 'crm',
      logo: 'https://lenient.example/logo.svg',
      description: 'No pattern at all.',
      warning: 'Anything non-empty goes.',
      environments: [],
      fields: [{ key: 'api_key', label: 'API Key', kind: 'secret' }],
      guide: [{ title: 'Get a key', steps: [{ title: 'Copy it' }] }],
    });
    expect(messagesOf(lenient, values('', { api_key: 'any-shape_at.all' }))).toEqual({});
  });
});

describe('buildCredentialSchema, given an isolate (a right-to-left widget’s)', () => {
  const isolate = (text: string) => `\u2068${text}\u2069`;
  const messagesWith = (provider: ProviderDefinition, input: CredentialInput) => {
    const result = buildCredentialSchema(provider, undefined, isolate).safeParse(input);
    return result.success ? [] : result.error.issues.map((issue) => issue.message);
  };

  it('sets each label, name, noun and example apart in its messages', () => {
    const [API_KEY, TEST_MODE] = [isolate('API Key'), isolate('Test Mode')];
    expect(messagesWith(stripe, values('', { api_key: '' }))).toEqual([`Choose ${isolate('Production')} or ${TEST_MODE}.`, `Enter your ${API_KEY}.`]);
    expect(messagesWith(stripe, values('test', { api_key: keys.stripeLive }))).toEqual([`This is a ${isolate('live key')}, but ${TEST_MODE} is selected.`]);
    const acme = acmeProvider({ fields: [{ key: 'api_key', label: 'API Key', kind: 'secret', pattern: 'ak_[a-z]{4}', example: 'ak_…', maxLength: 8 }] });
    expect(messagesWith(acme, values('', { api_key: 'ak_abcdefg' }))).toEqual([`That is too long for an ${API_KEY}: at most 8 characters.`]);
    expect(messagesWith(acme, values('', { api_key: 'ak_1' }))).toEqual([`This doesn't look like an ${isolate('Acme')} ${API_KEY}. It should look like ${isolate('ak_…')}`]);
  });
});

describe('environmentForToken', () => {
  it.each([
    [stripe, keys.stripeTest, 'test'],
    [stripe, keys.stripeLive, 'production'],
    [stripe, 'rk_live_abc', 'production'],
    [gocardless, keys.gocardlessSandbox, 'sandbox'],
    [remote, 'ra_live_x', 'production'],
    [stripe, 'sk_test_', undefined],
    [stripe, 'pk_test_abc', undefined],
    [shortcut, uuid, undefined],
  ] as const)('maps %#: a token to its environment by prefix', (provider, token, expected) => {
    expect(environmentForToken(provider, token)?.id).toBe(expected);
  });
});

describe('toConnectRequest', () => {
  it('builds the wire body with the environment for Stripe', () => {
    expect(toConnectRequest(stripe, values('test', { api_key: keys.stripeTest }))).toEqual({
      provider: 'stripe',
      environment: 'test',
      credentials: { api_key: keys.stripeTest },
    });
  });

  it('leaves the environment out for Shortcut', () => {
    const body = toConnectRequest(shortcut, values('', { api_token: uuid }));
    expect(body).toEqual({ provider: 'shortcut', credentials: { api_token: uuid } });
    expect('environment' in body).toBe(false);
  });

  it('sends LaunchDarkly\'s instance with the token', () => {
    expect(toConnectRequest(launchdarkly, values('', { access_token: `api-${uuid}`, instance: 'federal' })).credentials).toEqual({
      access_token: `api-${uuid}`,
      instance: 'federal',
    });
  });
});

describe('hintFor', () => {
  const [token] = shortcut.fields;

  it('says a Shortcut sct_ro_ token is read-only, without blocking it', () => {
    expect(token && hintFor(token, ' sct_ro_ws_abc ')).toMatch(/read-only token/);
    expect(messagesOf(shortcut, values('', { api_token: 'sct_ro_ws_abc' }))).toEqual({});
  });

  it('says nothing about a read-write token', () => {
    expect(token && hintFor(token, 'sct_rw_ws_abc')).toBeUndefined();
  });
});

describe('the edges a custom provider meets', () => {
  const acme = acmeProvider({
    environments: [
      { id: 'live', label: 'Live', tokenPrefixes: ['live_'] },
      { id: 'live_eu', label: 'Live EU', tokenPrefixes: ['live_eu_'] },
    ],
    fields: [
      { key: 'api_key', label: 'API Key', kind: 'secret', maxLength: 12 },
      { key: 'workspace', label: 'Workspace', kind: 'text', required: false },
    ],
  });

  it('takes a value of exactly the maximum length, and refuses one more', () => {
    expect(messagesOf(acme, values('live', { api_key: 'live_1234567', workspace: '' }))).toEqual({});
    expect(messagesOf(acme, values('live', { api_key: 'live_12345678', workspace: '' }))['credentials.api_key']).toHaveLength(1);
  });

  it('refuses a zero-width character in a key, saying it is invisible', () => {
    expect(messagesOf(acme, values('live', { api_key: 'live_12\u200b34', workspace: '' }))['credentials.api_key']?.[0]).toMatch(/invisible/);
  });

  it('reads a token by its longest matching prefix', () => {
    expect(environmentForToken(acme, 'live_eu_123')?.id).toBe('live_eu');
    expect(environmentForToken(acme, 'live_123')?.id).toBe('live');
  });

  it('leaves an empty optional field out of the request', () => {
    expect(toConnectRequest(acme, values('live', { api_key: 'live_1234567', workspace: '' }))).toStrictEqual({
      provider: 'acme',
      environment: 'live',
      credentials: { api_key: 'live_1234567' },
    });
  });
});
