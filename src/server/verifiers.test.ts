// @vitest-environment node
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { ProviderDefinition } from '../definition/provider-schema.js';
import { gocardless, launchdarkly, remote, shortcut, stripe } from '../providers/index.js';
import { startFakeProviderServer, type FakeProviderServer } from '../test/fake-provider-server.js';
import { startStubServer } from '../test/stub-server.js';
import type { VerificationFailure, VerificationResult, VerificationSuccess } from './types.js';
import { builtInVerifiers, type BuiltInVerifierOptions } from './verifiers/index.js';
import { sanitizeProviderMessage } from './verifiers/provider-call.js';
import { isRefusal } from '../contract/refusal.js';

const tokens = {
  stripeTest: 'sk_test_aaaaaaaaaaaaBBBBBBBBBBBB',
  stripeLive: 'sk_live_aaaaaaaaaaaaBBBBBBBBBBBB',
  stripeInvalid: 'sk_test_invalidKEY0000000000wxyz',
  stripeRestrictedForbidden: 'rk_test_forbiddenKEY00000000000',
  stripeSecretForbidden: 'sk_test_forbiddenKEY00000000000',
  gocardlessSandbox: `sandbox_${'Ab0_=-'.repeat(6)}xyzw`,
  gocardlessLive: `live_${'Ab0_=-'.repeat(6)}xyzw`,
  shortcutRw: 'sct_rw_workspace_0000000000000000',
  shortcutRo: 'sct_ro_workspace_0000000000000000',
  shortcutUuid: '3f2a9c1e-7b4d-4e8a-9c0f-1a2b3c4d5e6f',
  launchdarkly: 'api-0c4b8e2a-5d6f-4a1b-8c9d-7e6f5a4b3c2d',
  remoteTest: 'ra_test_abc123',
  remoteLive: 'ra_live_abc123',
};

/** Each built-in provider with an environment and credentials its verifier accepts in form. */
const everyProvider = [
  [stripe, 'test', { api_key: tokens.stripeTest }],
  [gocardless, 'sandbox', { access_token: tokens.gocardlessSandbox }],
  [shortcut, undefined, { api_token: tokens.shortcutRw }],
  [launchdarkly, undefined, { access_token: tokens.launchdarkly, instance: 'commercial' }],
  [remote, 'sandbox', { api_token: tokens.remoteTest }],
] as const;

let fake: FakeProviderServer;
beforeAll(async () => {
  fake = await startFakeProviderServer({ record: true });
});
afterAll(async () => {
  await fake.close();
});
beforeEach(() => {
  fake.calls.length = 0;
});

function verifiers(options: Omit<BuiltInVerifierOptions, 'baseUrls'> = {}) {
  return builtInVerifiers({ baseUrls: fake.baseUrls, timeoutMs: 5000, ...options });
}

async function verify(
  provider: ProviderDefinition,
  environment: string | undefined,
  credentials: Record<string, string>,
  options: Omit<BuiltInVerifierOptions, 'baseUrls'> = {},
): Promise<VerificationResult> {
  const verifier = verifiers(options)[provider.id as keyof ReturnType<typeof builtInVerifiers>];
  return verifier({ provider, environment, credentials });
}

function expectSuccess(result: VerificationResult): VerificationSuccess {
  expect(result, JSON.stringify(result)).toMatchObject({ ok: true });
  return result as VerificationSuccess;
}

function expectFailure(result: VerificationResult, expected: Partial<VerificationFailure>): VerificationFailure {
  expect(result).toMatchObject({ ok: false, ...expected });
  return result as VerificationFailure;
}

/** A `fetch` that answers every provider call with this JSON: an answer the fake providers do not give. */
function answering(status: number, body: unknown, headers: Record<string, string> = {}): typeof fetch {
  return async () => Response.json(body, { status, headers });
}

/** No message may carry the token, nor a masked copy of it. */
function expectNoSecret(result: VerificationResult, secret: string) {
  const text = JSON.stringify(result);
  expect(text).not.toContain(secret);
  expect(text).not.toContain(secret.slice(-4));
  expect(text).not.toMatch(/\*{3,}/);
}

describe('the Stripe verifier', () => {
  it('calls GET /v1/customers?limit=1 with the key as a Bearer token', async () => {
    const result = expectSuccess(await verify(stripe, 'test', { api_key: tokens.stripeTest }));
    expect(result.warnings).toEqual([]);
    expect(result.details).toMatchObject({ livemode: false, restricted: false });
    expect(fake.calls).toEqual([
      expect.objectContaining({
        provider: 'stripe',
        method: 'GET',
        path: '/v1/customers?limit=1',
        headers: expect.objectContaining({ authorization: `Bearer ${tokens.stripeTest}`, accept: 'application/json' }),
      }),
    ]);
  });

  it('accepts a key whose account has no customers yet, with no mode to compare', async () => {
    const empty = answering(200, { object: 'list', url: '/v1/customers', has_more: false, data: [] });
    const result = expectSuccess(await verify(stripe, 'production', { api_key: tokens.stripeLive }, { fetch: empty }));
    expect(result.warnings).toEqual([]);
    expect(result.details).toStrictEqual({ restricted: false });
  });

  it('accepts a live key for Production', async () => {
    expect(expectSuccess(await verify(stripe, 'production', { api_key: tokens.stripeLive })).details).toMatchObject({ livemode: true });
  });

  describe('given a key Stripe rejects (401)', () => {
    it('answers invalid_credentials on api_key with Stripe’s message, the echoed key masked out', async () => {
      const result = expectFailure(await verify(stripe, 'test', { api_key: tokens.stripeInvalid }), {
        status: 422,
        code: 'invalid_credentials',
        field: 'api_key',
      });
      expect(result.message).toContain('Stripe did not accept this API Key.');
      expect(result.message).toContain('Invalid API Key provided: ••••');
      expectNoSecret(result, tokens.stripeInvalid);
    });
  });

  describe('given a restricted key that cannot read customers (403)', () => {
    it('accepts it with a warning about permissions', async () => {
      const result = expectSuccess(await verify(stripe, 'test', { api_key: tokens.stripeRestrictedForbidden }));
      expect(result.warnings).toHaveLength(1);
      expect(result.warnings[0]).toMatch(/restricted key is valid but may not have every permission/);
      expect(result.warnings[0]).toContain('rak_customer_read');
      expect(result.warnings[0]).toContain('Give it Read on Customers');
      expect(result.details).toMatchObject({ restricted: true });
      expectNoSecret(result, tokens.stripeRestrictedForbidden);
    });
  });

  describe('given a key whose account Stripe says is in the other mode (the key lies about itself)', () => {
    it.each([
      ['live', 'test mode', 'production', tokens.stripeLive, false],
      ['test', 'live mode', 'test', tokens.stripeTest, true],
    ])('refuses a %s key whose account is in %s, as the wrong environment', async (_kind, mode, environment, key, livemode) => {
      const customers = answering(200, { object: 'list', url: '/v1/customers', has_more: false, data: [{ id: 'cus_1', object: 'customer', livemode }] });
      const result = expectFailure(await verify(stripe, environment, { api_key: key }, { fetch: customers }), {
        status: 422,
        code: 'invalid_credentials',
        field: 'environment',
      });
      expect(result.message).toBe(`Stripe says this key belongs to ${mode}, which is not the environment you chose.`);
    });
  });

  it('answers insufficient_permissions for a 403 on a secret key', async () => {
    expectFailure(await verify(stripe, 'test', { api_key: tokens.stripeSecretForbidden }), {
      status: 422,
      code: 'insufficient_permissions',
      field: 'api_key',
    });
  });
});

describe('the GoCardless verifier', () => {
  it.each([
    ['sandbox', tokens.gocardlessSandbox],
    ['production', tokens.gocardlessLive],
  ])('calls the %s host with Bearer auth and GoCardless-Version', async (environment, token) => {
    const result = expectSuccess(await verify(gocardless, environment, { access_token: token }));
    expect(result.details).toEqual({ creditorName: 'Fake Creditor Ltd' });
    expect(fake.calls).toEqual([
      expect.objectContaining({
        provider: 'gocardless',
        host: environment,
        path: '/creditors?limit=1',
        headers: expect.objectContaining({ authorization: `Bearer ${token}`, gocardlessVersion: '2015-07-06' }),
      }),
    ]);
  });

  it('maps 401 to invalid_credentials on access_token', async () => {
    const token = `sandbox_invalid_${'0'.repeat(28)}`;
    const result = expectFailure(await verify(gocardless, 'sandbox', { access_token: token }), {
      status: 422,
      code: 'invalid_credentials',
      field: 'access_token',
    });
    expect(result.message).toMatch(/GoCardless did not accept this Access Token\. GoCardless says: “Unauthorized\.” .*sandbox token/);
  });

  it('maps 403 insufficient_permissions to insufficient_permissions', async () => {
    const result = expectFailure(await verify(gocardless, 'sandbox', { access_token: `sandbox_forbidden_${'0'.repeat(26)}` }), {
      status: 422,
      code: 'insufficient_permissions',
      field: 'access_token',
    });
    // The check only reads: a Read only token passes it, so the advice does not ask for more.
    expect(result.message).toMatch(/^This access token may not read your account\. .*Read only access is enough to connect/);
  });

  it('maps a 403 for any other reason to a refusal, without the advice to create a Read-write token', async () => {
    const forbidden = answering(403, {
      error: { message: 'Forbidden', type: 'invalid_api_usage', code: 403, errors: [{ reason: 'forbidden', message: 'Forbidden' }] },
    });
    const result = expectFailure(await verify(gocardless, 'sandbox', { access_token: tokens.gocardlessSandbox }, { fetch: forbidden }), {
      status: 422,
      code: 'insufficient_permissions',
      field: 'access_token',
    });
    expect(result.message).toBe('GoCardless refused this access token access to your account. GoCardless says: “Forbidden.”');
  });
});

describe('the Shortcut verifier', () => {
  it('sends the token in Shortcut-Token, not Authorization', async () => {
    const result = expectSuccess(await verify(shortcut, undefined, { api_token: tokens.shortcutRw }));
    expect(result.details).toMatchObject({ access: 'read-write', workspace: 'fake-workspace' });
    const [call] = fake.calls;
    expect(call).toMatchObject({ provider: 'shortcut', path: '/api/v3/member', headers: { shortcutToken: tokens.shortcutRw } });
    expect(call?.headers.authorization).toBeUndefined();
  });

  it('maps 401 (with no body) to invalid_credentials', async () => {
    const result = expectFailure(await verify(shortcut, undefined, { api_token: 'sct_rw_invalid_0000' }), {
      status: 422,
      code: 'invalid_credentials',
      field: 'api_token',
    });
    expect(result.message).toBe(
      'Shortcut did not accept this API Token. Check that you copied all of it and that it has not been revoked.',
    );
  });

  describe('given write access is required', () => {
    it('refuses a read-only sct_ro_ token with insufficient_permissions', async () => {
      const result = expectFailure(await verify(shortcut, undefined, { api_token: tokens.shortcutRo }, { requireWrite: { shortcut: true } }), {
        status: 422,
        code: 'insufficient_permissions',
        field: 'api_token',
      });
      expect(result.message).toMatch(/read-only Shortcut token/);
    });

    it('accepts a read-write token without a warning', async () => {
      expect(expectSuccess(await verify(shortcut, undefined, { api_token: tokens.shortcutRw }, { requireWrite: { shortcut: true } })).warnings).toEqual([]);
    });

    it('accepts an older UUID token with a warning that its access cannot be told', async () => {
      const result = expectSuccess(await verify(shortcut, undefined, { api_token: tokens.shortcutUuid }, { requireWrite: { shortcut: true } }));
      expect(result.warnings[0]).toMatch(/does not show whether it is read-only/);
      expect(result.details).toMatchObject({ access: 'unknown' });
    });
  });

  it('accepts a read-only token when write is not required', async () => {
    expect(expectSuccess(await verify(shortcut, undefined, { api_token: tokens.shortcutRo })).details).toMatchObject({ access: 'read' });
  });

  it.each([
    ['a read-only', tokens.shortcutRo],
    ['an older UUID', tokens.shortcutUuid],
  ])('warns about nothing for %s token when write is not required', async (_name, token) => {
    expect(expectSuccess(await verify(shortcut, undefined, { api_token: token })).warnings).toEqual([]);
  });
});

describe('the LaunchDarkly verifier', () => {
  it.each(['commercial', 'eu', 'federal'])('calls the %s instance with the raw token in Authorization', async (instance) => {
    const result = expectSuccess(await verify(launchdarkly, undefined, { access_token: tokens.launchdarkly, instance }));
    expect(result.details).toMatchObject({ instance, tokenName: 'Fake token' });
    expect(fake.calls).toEqual([
      expect.objectContaining({
        provider: 'launchdarkly',
        host: instance,
        path: '/api/v2/caller-identity',
        headers: expect.objectContaining({ authorization: tokens.launchdarkly }),
      }),
    ]);
  });

  it('defaults to the Commercial instance', async () => {
    expectSuccess(await verify(launchdarkly, undefined, { access_token: tokens.launchdarkly }));
    expect(fake.calls[0]?.host).toBe('commercial');
  });

  it('maps 401 to invalid_credentials, naming the instance to check', async () => {
    const result = expectFailure(
      await verify(launchdarkly, undefined, { access_token: 'api-00000401-0000-4000-8000-000000000000', instance: 'eu' }),
      { status: 422, code: 'invalid_credentials', field: 'access_token' },
    );
    expect(result.message).toContain('LaunchDarkly says: “Invalid access token.”');
    expect(result.message).toContain('EU instance');
  });

  it('maps 403 to insufficient_permissions, asking for the Reader role at least (the check only reads)', async () => {
    const result = expectFailure(await verify(launchdarkly, undefined, { access_token: 'api-00000403-0000-4000-8000-000000000000' }), {
      code: 'insufficient_permissions',
    });
    expect(result.message).toMatch(/^This access token may not read your account\. Give it the Reader role at least/);
  });
});

describe('the Remote verifier', () => {
  it.each([
    ['sandbox', tokens.remoteTest],
    ['production', tokens.remoteLive],
  ])('calls the %s gateway with Bearer auth', async (environment, token) => {
    expectSuccess(await verify(remote, environment, { api_token: token }));
    expect(fake.calls).toEqual([
      expect.objectContaining({
        provider: 'remote',
        host: environment,
        path: '/v1/employments?page_size=1',
        headers: expect.objectContaining({ authorization: `Bearer ${token}` }),
      }),
    ]);
  });

  it('maps 401 to invalid_credentials with Remote’s message', async () => {
    const result = expectFailure(await verify(remote, 'sandbox', { api_token: 'ra_test_invalid' }), {
      code: 'invalid_credentials',
      field: 'api_token',
    });
    expect(result.message).toContain('Remote says: “Unauthorized.”');
  });

  it('maps 403 to insufficient_permissions, naming both access levels the guide offers', async () => {
    const result = expectFailure(await verify(remote, 'sandbox', { api_token: 'ra_test_forbidden' }), {
      code: 'insufficient_permissions',
      field: 'api_token',
    });
    expect(result.message).toMatch(/^This API token cannot read employments\. .*with Read Only or Full Access\./);
  });
});

describe('when the provider cannot answer', () => {
  it('maps a dropped connection to a retryable 502 provider_unreachable', async () => {
    expectFailure(await verify(stripe, 'test', { api_key: 'sk_test_resetKEY000000000000000' }), {
      status: 502,
      code: 'provider_unreachable',
      retryAfterSeconds: 1,
    });
  });

  it('maps a closed port to 502 provider_unreachable', async () => {
    const verifier = builtInVerifiers({ baseUrls: { stripe: 'http://127.0.0.1:9' }, timeoutMs: 5000 }).stripe;
    expectFailure(await verifier({ provider: stripe, environment: 'test', credentials: { api_key: tokens.stripeTest } }), {
      status: 502,
      code: 'provider_unreachable',
    });
  });

  it('maps a timeout to 504 provider_unreachable', async () => {
    const result = expectFailure(await verify(remote, 'sandbox', { api_token: 'ra_test_hang' }, { timeoutMs: 150 }), {
      status: 504,
      code: 'provider_unreachable',
    });
    expect(result.message).toMatch(/took too long/);
  });

  it('maps a 5xx to a retryable 503 provider_unavailable', async () => {
    expectFailure(await verify(remote, 'sandbox', { api_token: 'ra_test_outage' }), {
      status: 503,
      code: 'provider_unavailable',
      retryAfterSeconds: 2,
    });
  });

  it('maps a 429 to 503 provider_unavailable with the provider’s Retry-After', async () => {
    expectFailure(await verify(gocardless, 'sandbox', { access_token: `sandbox_ratelimited_${'0'.repeat(24)}` }), {
      status: 503,
      code: 'provider_unavailable',
      retryAfterSeconds: 3,
    });
  });

  it('caps a 429’s long Retry-After at 10 seconds, as long as the widget waits', async () => {
    const limited = answering(429, { message: 'Too many requests' }, { 'Retry-After': '3600' });
    expectFailure(await verify(remote, 'sandbox', { api_token: tokens.remoteTest }, { fetch: limited }), {
      status: 503,
      code: 'provider_unavailable',
      retryAfterSeconds: 10,
    });
  });

  describe('given a 4xx the verifier has no meaning for (a wrong base URL’s 404, an API that changed)', () => {
    it.each([404, 400, 405, 410])('answers a %i with 500 provider_error, which the widget does not retry and the handler does not keep', async (status) => {
      for (const [provider, environment, credentials] of everyProvider) {
        const result = expectFailure(await verify(provider, environment, { ...credentials }, { fetch: answering(status, { message: 'Not found' }) }), {
          status: 500,
          code: 'provider_error',
        });
        expect(result.message).toContain(`${provider.name} answered the credential check unexpectedly (${status})`);
        expect(isRefusal(result)).toBe(false);
      }
    });

    it('answers a 408 as an outage: 503 provider_unavailable with Retry-After, which the widget retries', async () => {
      expectFailure(await verify(remote, 'sandbox', { api_token: tokens.remoteTest }, { fetch: answering(408, { message: 'Request timeout' }) }), {
        status: 503,
        code: 'provider_unavailable',
        retryAfterSeconds: 2,
      });
    });
  });

  describe('given a 2xx that is not the provider’s API answering (a captive portal, a proxy, a wrong base URL)', () => {
    it.each([
      ['an HTML page', () => new Response('<html><body>Welcome to the hotel Wi-Fi</body></html>', { headers: { 'Content-Type': 'text/html' } })],
      ['JSON cut off', () => new Response('{"data": [', { headers: { 'Content-Type': 'application/json' } })],
      ['an empty body', () => new Response(null, { status: 204 })],
      ['JSON that is not an object', () => Response.json('ok')],
      ['a JSON array', () => Response.json([])],
    ])('does not count the key as verified, for any built-in provider: %s', async (_name, answer) => {
      for (const [provider, environment, credentials] of everyProvider) {
        const result = await verify(provider, environment, { ...credentials }, { fetch: async () => answer() });
        expectFailure(result, { status: 502, code: 'provider_error' });
        expect((result as VerificationFailure).message).toMatch(new RegExp(`${provider.name} answered the credential check with something other than its API`));
      }
    });
  });

  describe('given a 200 whose body stalls', () => {
    it('does not count the key as verified: it answers 504 provider_unreachable once the timeout passes', async () => {
      const stalling = await startStubServer((_request, response) => {
        // The headers and the start of a list, then nothing more until the connection closes.
        response.writeHead(200, { 'Content-Type': 'application/json' }).write('{"object":"list",');
      });
      try {
        const verifier = builtInVerifiers({ baseUrls: { stripe: stalling.origin }, timeoutMs: 150 }).stripe;
        const result = expectFailure(await verifier({ provider: stripe, environment: 'test', credentials: { api_key: tokens.stripeTest } }), {
          status: 504,
          code: 'provider_unreachable',
          retryAfterSeconds: 1,
        });
        expect(result.message).toMatch(/took too long/);
        expect(stalling.requests).toEqual(['/v1/customers?limit=1']);
      } finally {
        await stalling.close();
      }
    });
  });
});

describe('the real hosts', () => {
  it('are the default base URLs, per environment and instance (asked through a fetch typed for a URL string, as the verifiers call it)', async () => {
    const seen: string[] = [];
    const recording = async (url: string) => {
      seen.push(url);
      return new Response('{}', { status: 200 });
    };
    const verify = builtInVerifiers({ fetch: recording });
    await verify.stripe({ provider: stripe, environment: 'test', credentials: { api_key: tokens.stripeTest } });
    await verify.gocardless({ provider: gocardless, environment: 'production', credentials: { access_token: tokens.gocardlessLive } });
    await verify.gocardless({ provider: gocardless, environment: 'sandbox', credentials: { access_token: tokens.gocardlessSandbox } });
    await verify.shortcut({ provider: shortcut, environment: undefined, credentials: { api_token: tokens.shortcutRw } });
    for (const instance of ['commercial', 'eu', 'federal']) {
      await verify.launchdarkly({ provider: launchdarkly, environment: undefined, credentials: { access_token: tokens.launchdarkly, instance } });
    }
    await verify.remote({ provider: remote, environment: 'production', credentials: { api_token: tokens.remoteLive } });
    await verify.remote({ provider: remote, environment: 'sandbox', credentials: { api_token: tokens.remoteTest } });
    expect(seen).toEqual([
      'https://api.stripe.com/v1/customers?limit=1',
      'https://api.gocardless.com/creditors?limit=1',
      'https://api-sandbox.gocardless.com/creditors?limit=1',
      'https://api.app.shortcut.com/api/v3/member',
      'https://app.launchdarkly.com/api/v2/caller-identity',
      'https://app.eu.launchdarkly.com/api/v2/caller-identity',
      'https://app.launchdarkly.us/api/v2/caller-identity',
      'https://gateway.remote.com/v1/employments?page_size=1',
      'https://gateway.remote-sandbox.com/v1/employments?page_size=1',
    ]);
  });
});

describe('a base URL option', () => {
  it('is refused where the verifier is created when it is not an absolute http(s) URL, so it cannot pass for an outage', () => {
    expect(() => builtInVerifiers({ baseUrls: { stripe: 'api.stripe.com' } })).toThrow(
      'stripeVerifier: the base URL "api.stripe.com" is not an absolute http(s) URL; write it like "https://api.stripe.com".',
    );
    expect(() => builtInVerifiers({ baseUrls: { gocardless: { sandbox: 'ftp://sandbox.example' } } })).toThrow(/^gocardlessVerifier: /);
    expect(() => builtInVerifiers({ baseUrls: { launchdarkly: { eu: '/eu' } } })).toThrow(/^launchdarklyVerifier: /);
    expect(() => builtInVerifiers({ baseUrls: { remote: { production: 'gateway.remote.com' } } })).toThrow(/^remoteVerifier: /);
    expect(() => builtInVerifiers({ baseUrls: { shortcut: 'api.app.shortcut.com' } })).toThrow(/^shortcutVerifier: /);
    expect(() => builtInVerifiers({ baseUrls: { stripe: 'http://127.0.0.1:4010/stripe' } })).not.toThrow();
  });
});

describe('sanitizeProviderMessage', () => {
  const secret = 'sk_test_abcdefghijklmnopqrstWXYZ';

  it('removes the credential, a masked copy, and its start or end', () => {
    expect(sanitizeProviderMessage(`Invalid API Key provided: ${secret}`, [secret])).toBe('Invalid API Key provided: ••••');
    expect(sanitizeProviderMessage("The key 'sk_test_****WXYZ' is bad.", [secret])).toBe("The key '••••' is bad.");
    expect(sanitizeProviderMessage('ends in WXYZ.', [secret])).toBe('ends in ••••.');
    expect(sanitizeProviderMessage('starts sk_test_ab', [secret])).toBe('starts ••••');
  });

  it('removes a masked key even when what it shows is not the credential’s start or end', () => {
    // The provider's own masking, which keeps less of the key than its first 8 and last 4 characters.
    expect(sanitizeProviderMessage('Invalid API Key provided: sk_************************YZ.', [secret])).toBe(
      'Invalid API Key provided: ••••.',
    );
    // A key under 12 characters is only recognised whole; a masked copy of it still goes.
    expect(sanitizeProviderMessage("The key 'ab****ij' was revoked.", ['abcdefghij'])).toBe("The key '••••' was revoked.");
  });

  it('removes the credential as a provider quotes it in a URL or in JSON, too', () => {
    // Neither its first 8 nor its last 4 characters survive the encoding.
    const base64ish = 'abc+def/ghi+jk=';
    expect(sanitizeProviderMessage(`GET /v1/me?key=${encodeURIComponent(base64ish)} refused`, [base64ish])).toBe('GET /v1/me?key=•••• refused');
    const quoted = 'abc"def\\ghi"jk';
    expect(sanitizeProviderMessage(`Bad key in {"key":${JSON.stringify(quoted)}}`, [quoted])).toBe('Bad key in {"key":"••••"}');
  });

  it('removes a credential of under 4 characters where it stands as a word of its own', () => {
    expect(sanitizeProviderMessage('PIN 042 was rejected.', ['042'])).toBe('PIN •••• was rejected.');
    expect(sanitizeProviderMessage('Use the EU instance, not 1042.', ['EU', '04'])).toBe('Use the •••• instance, not 1042.');
  });

  it('strips control and bidi characters and caps the length', () => {
    expect(sanitizeProviderMessage('a\u0000b\u202ec', [])).toBe('a b c');
    expect(sanitizeProviderMessage('x'.repeat(1000), [])?.length).toBe(300);
    expect(sanitizeProviderMessage('', [])).toBeUndefined();
  });
});
