// @vitest-environment node
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { connectErrorResponseSchema, connectSuccessResponseSchema } from '../contract/contract.js';
import type { ProviderDefinition } from '../definition/provider-schema.js';
import { builtInProviders, stripe } from '../providers/index.js';
import {
  builtInVerifiers,
  ConnectHandlerError,
  createConnectHandler,
  MemoryIdempotencyStore,
  type ConnectHandlerOptions,
  type ConnectInput,
  type IdempotencyStore,
  type Verifier,
} from './index.js';
import { acmeProvider } from '../test/acme-provider.js';
import { sha256Hex } from '../sha256.js';
import { startFakeProviderServer, type FakeProviderServer } from '../test/fake-provider-server.js';
import { startStubServer } from '../test/stub-server.js';
import { fakeProviderBaseUrls } from './testing/fake-providers.js';

const STRIPE_KEY = 'sk_test_aaaaaaaaaaaaBBBBBBBBBBBB';
const stripeBody = (key = STRIPE_KEY) => ({ provider: 'stripe', environment: 'test', credentials: { api_key: key } });

/** A host's own provider, with a secret field of no particular format. */
const acme = acmeProvider();

let fake: FakeProviderServer;
beforeAll(async () => {
  fake = await startFakeProviderServer();
});
afterAll(async () => {
  await fake.close();
});

type Options = Partial<ConnectHandlerOptions<unknown>>;

/** A handler wired to the fake providers, recording what `onConnect` got. */
function setup(options: Options = {}) {
  const connected: Array<ConnectInput<unknown>> = [];
  let next = 0;
  const onConnect = vi.fn(async (input: ConnectInput<unknown>) => {
    connected.push(input);
    next += 1;
    return { id: `acct_${next}`, name: `${input.definition.name} account` };
  });
  const handler = createConnectHandler<unknown>({
    verify: builtInVerifiers({ baseUrls: fake.baseUrls, timeoutMs: 5000, requireWrite: { shortcut: true } }),
    onConnect,
    ...options,
    // With sessions, a scope is required; these tests have one user.
    ...(options.authorize && { idempotency: { scope: () => 'the-user', ...options.idempotency } }),
  });
  return { handler, onConnect, connected };
}

function post(body: unknown, headers: Record<string, string> = {}, init: RequestInit = {}): Request {
  return new Request('http://localhost/api/connect', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'Sec-Fetch-Site': 'same-origin', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
    ...init,
  });
}

/** A memory store that also records every entry it is asked to keep, to search them for a credential. */
function recordingStore() {
  const inner = new MemoryIdempotencyStore();
  const stored: unknown[] = [];
  const store: IdempotencyStore = {
    claim: (key, fingerprint, token) => inner.claim(key, fingerprint, token),
    complete: (key, entry, token) => (stored.push(entry), inner.complete(key, entry, token)),
    release: (key, token) => inner.release(key, token),
  };
  return { store, stored };
}

async function read(response: Response) {
  const text = await response.text();
  return { status: response.status, headers: response.headers, text, json: JSON.parse(text) as unknown };
}

async function expectError(response: Response, status: number, code: string, field?: string) {
  const answer = await read(response);
  expect(answer.status, answer.text).toBe(status);
  const parsed = connectErrorResponseSchema.parse(answer.json);
  expect(parsed.error.code).toBe(code);
  expect(parsed.error.field).toBe(field);
  expect(answer.headers.get('Cache-Control')).toBe('no-store');
  return { ...answer, error: parsed.error };
}

describe('createConnectHandler', () => {
  describe('given a Stripe test key the provider accepts', () => {
    it('verifies it, hands it to onConnect and answers with the account, never the key', async () => {
      const { handler, connected } = setup();
      const answer = await read(await handler(post(stripeBody(`  ${STRIPE_KEY} `))));
      expect(answer.status).toBe(200);
      expect(answer.headers.get('Cache-Control')).toBe('no-store');
      expect(answer.headers.get('Content-Type')).toMatch(/^application\/json/);
      expect(connectSuccessResponseSchema.parse(answer.json).account).toEqual({
        id: 'acct_1',
        provider: 'stripe',
        environment: 'test',
        name: 'Stripe account',
      });
      expect(answer.text).not.toContain(STRIPE_KEY);
      expect(connected).toHaveLength(1);
      expect(connected[0]).toMatchObject({
        provider: 'stripe',
        environment: 'test',
        credentials: { api_key: STRIPE_KEY },
        verification: { ok: true, warnings: [], details: { livemode: false } },
      });
    });

    it('leaves out environment for a provider without environments', async () => {
      const { handler, connected } = setup();
      const answer = await read(
        await handler(post({ provider: 'launchdarkly', credentials: { access_token: 'api-0c4b8e2a-5d6f-4a1b-8c9d-7e6f5a4b3c2d' } })),
      );
      expect(answer.status).toBe(200);
      expect(answer.json).toEqual({ account: { id: 'acct_1', provider: 'launchdarkly', name: 'LaunchDarkly account' } });
      // A missing select takes its default, as the widget's form starts with it.
      expect(connected[0]?.credentials).toEqual({ access_token: 'api-0c4b8e2a-5d6f-4a1b-8c9d-7e6f5a4b3c2d', instance: 'commercial' });
      expect(connected[0]?.environment).toBeUndefined();
    });
  });

  it('leaves the request’s bytes alone, so a clone a host keeps still reads the same body', async () => {
    const { handler } = setup();
    const request = post(stripeBody());
    const copy = request.clone();
    expect((await handler(request)).status).toBe(200);
    expect(await copy.json()).toEqual(stripeBody());
  });

  it('logs nothing for answers it expects, failures included', async () => {
    const log = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    try {
      const { handler } = setup();
      await handler(post(stripeBody()));
      await handler(post(stripeBody('sk_test_invalidKEY0000000000wxyz')));
      await handler(post('{'));
      expect(log).not.toHaveBeenCalled();
      expect(warn).not.toHaveBeenCalled();
    } finally {
      log.mockRestore();
      warn.mockRestore();
    }
  });

  describe('maps the provider’s answer to the contract', () => {
    it('401 → 422 invalid_credentials on the credential field, onConnect not called', async () => {
      const { handler, onConnect } = setup();
      const { error, text } = await expectError(
        await handler(post(stripeBody('sk_test_invalidKEY0000000000wxyz'))),
        422,
        'invalid_credentials',
        'api_key',
      );
      expect(error.message).toContain('Invalid API Key provided: ••••');
      expect(text).not.toContain('wxyz');
      expect(onConnect).not.toHaveBeenCalled();
    });

    it('a restricted Stripe key’s 403 → connected, with the warning in the account and for onConnect', async () => {
      const { handler, connected } = setup();
      const answer = await read(await handler(post(stripeBody('rk_test_forbiddenKEY00000000000'))));
      expect(answer.status).toBe(200);
      const account = connectSuccessResponseSchema.parse(answer.json).account;
      expect(account.warnings).toEqual([expect.stringMatching(/permission/)]);
      expect(connected[0]?.verification.warnings).toEqual(account.warnings);
    });

    it.each([
      ['beside a real one', ['', 'This key can only read.'], ['This key can only read.']],
      ['all of them empty', ['', ''], undefined],
    ])('drops the empty warnings a verifier returns from the account and from what onConnect gets (%s)', async (_name, warnings, expected) => {
      const { handler, connected } = setup({ verify: { ...builtInVerifiers(), stripe: async () => ({ ok: true, warnings }) } });
      const answer = await read(await handler(post(stripeBody())));
      expect(answer.status, answer.text).toBe(200);
      expect(connectSuccessResponseSchema.parse(answer.json).account.warnings).toEqual(expected);
      expect(connected[0]?.verification.warnings).toEqual(expected ?? []);
    });

    it('takes a verifier’s warnings as a read-only list, e.g. a shared frozen one, and leaves it as it is', async () => {
      const readOnly = Object.freeze(['', 'This key can only read.']);
      const { handler, connected } = setup({ verify: { ...builtInVerifiers(), stripe: async () => ({ ok: true, warnings: readOnly }) } });
      const answer = await read(await handler(post(stripeBody())));
      expect(answer.status, answer.text).toBe(200);
      expect(connected[0]?.verification.warnings).toEqual(['This key can only read.']);
      expect(readOnly).toEqual(['', 'This key can only read.']);
    });

    it('a read-only Shortcut token where write is required → 422 insufficient_permissions', async () => {
      const { handler, onConnect } = setup();
      await expectError(
        await handler(post({ provider: 'shortcut', credentials: { api_token: 'sct_ro_workspace_0000000000000000' } })),
        422,
        'insufficient_permissions',
        'api_token',
      );
      expect(onConnect).not.toHaveBeenCalled();
    });

    it('a network failure → 502 provider_unreachable with Retry-After', async () => {
      const { handler } = setup();
      const { headers } = await expectError(await handler(post(stripeBody('sk_test_resetKEY000000000000000'))), 502, 'provider_unreachable');
      expect(headers.get('Retry-After')).toBe('1');
    });

    describe('given a provider URL that redirects', () => {
      it.each([
        ['a Stripe key (Authorization)', 'stripe', stripeBody()],
        ['a Shortcut token (Shortcut-Token)', 'shortcut', { provider: 'shortcut', credentials: { api_token: 'sct_rw_workspace_0000000000000000' } }],
      ] as const)('never sends %s to where it points, and answers 502 provider_unreachable', async (_name, provider, body) => {
        // The redirect points at a provider that would accept the token, so a followed redirect would connect.
        const target = await startFakeProviderServer({ record: true });
        const redirecting = await startStubServer((request, response) => {
          response.writeHead(307, { Location: `${target.origin}${request.url ?? '/'}` }).end();
        });
        try {
          const { handler, onConnect } = setup({
            verify: builtInVerifiers({ baseUrls: fakeProviderBaseUrls(redirecting.origin), timeoutMs: 5000, requireWrite: { shortcut: true } }),
          });
          const { headers } = await expectError(await handler(post(body)), 502, 'provider_unreachable');
          expect(headers.get('Retry-After')).toBe('1');
          expect(redirecting.requests).toHaveLength(1);
          expect(redirecting.requests[0]).toMatch(new RegExp(`^/${provider}/`));
          expect(target.calls).toEqual([]);
          expect(onConnect).not.toHaveBeenCalled();
        } finally {
          await redirecting.close();
          await target.close();
        }
      });
    });

    it('a 404 from a wrong base URL → 500 provider_error, not retried by the widget nor kept for its key', async () => {
      const calls: string[] = [];
      const provider: typeof fetch = async (input) => {
        calls.push(String(input));
        return String(input).startsWith('https://api.stripe.example/wrong/')
          ? Response.json({ error: { message: 'Unrecognized request URL' } }, { status: 404 })
          : Response.json({ object: 'list', data: [] });
      };
      const store = new MemoryIdempotencyStore();
      const connect = (base: string) =>
        setup({ verify: builtInVerifiers({ baseUrls: { stripe: base }, fetch: provider }), idempotency: { store } }).handler(
          post(stripeBody(), { 'Idempotency-Key': 'wrong-base' }),
        );
      const { headers } = await expectError(await connect('https://api.stripe.example/wrong'), 500, 'provider_error');
      expect(headers.get('Retry-After')).toBeNull();
      // Once the host fixes its base URL, the same submission runs again instead of replaying the 500.
      expect((await connect('https://api.stripe.example/right')).status).toBe(200);
      expect(calls).toEqual(['https://api.stripe.example/wrong/v1/customers?limit=1', 'https://api.stripe.example/right/v1/customers?limit=1']);
    });

    it('a provider outage → 503 provider_unavailable with Retry-After', async () => {
      const { handler } = setup();
      const { headers } = await expectError(
        await handler(post({ provider: 'remote', environment: 'sandbox', credentials: { api_token: 'ra_test_outage' } })),
        503,
        'provider_unavailable',
      );
      expect(headers.get('Retry-After')).toBe('2');
    });
  });

  describe('refuses requests that are not a connect request', () => {
    it.each(['GET', 'PUT', 'DELETE', 'OPTIONS', 'PATCH'])('%s → 405 with Allow: POST', async (method) => {
      const { handler, onConnect } = setup();
      const hasBody = method !== 'GET' && method !== 'OPTIONS';
      const request = new Request('http://localhost/api/connect', {
        method,
        headers: { 'Content-Type': 'application/json' },
        ...(hasBody ? { body: JSON.stringify(stripeBody()) } : {}),
      });
      const { headers } = await expectError(await handler(request), 405, 'method_not_allowed');
      expect(headers.get('Allow')).toBe('POST');
      expect(onConnect).not.toHaveBeenCalled();
    });

    it.each([
      ['text/plain', 'text/plain'],
      ['a form', 'application/x-www-form-urlencoded'],
      ['multipart', 'multipart/form-data; boundary=x'],
      ['JSON in Latin-1', 'application/json; charset=iso-8859-1'],
      ['a JSON look-alike', 'application/jsonp'],
    ])('%s → 415', async (_name, contentType) => {
      const { handler } = setup();
      await expectError(await handler(post(stripeBody(), { 'Content-Type': contentType })), 415, 'unsupported_media_type');
    });

    it('no Content-Type → 415', async () => {
      const { handler } = setup();
      const request = new Request('http://localhost/api/connect', { method: 'POST', body: new Blob([JSON.stringify(stripeBody())]) });
      expect(request.headers.get('Content-Type')).toBeNull();
      await expectError(await handler(request), 415, 'unsupported_media_type');
    });

    it('accepts application/json with a UTF-8 charset, in any case', async () => {
      const { handler } = setup();
      expect((await handler(post(stripeBody(), { 'Content-Type': 'Application/JSON; Charset="UTF-8"' }))).status).toBe(200);
    });
  });

  describe('Sec-Fetch-Site', () => {
    it('refuses a cross-site browser request with 403 before anything else runs', async () => {
      const authorize = vi.fn(() => true);
      const { handler, onConnect } = setup({ authorize });
      const { error } = await expectError(await handler(post(stripeBody(), { 'Sec-Fetch-Site': 'cross-site' })), 403, 'cross_site_request');
      expect(error.message).toMatch(/another site/);
      expect(authorize).not.toHaveBeenCalled();
      expect(onConnect).not.toHaveBeenCalled();
    });

    it('reads the header without regard to case', async () => {
      expect((await setup().handler(post(stripeBody(), { 'Sec-Fetch-Site': 'Same-Origin' }))).status).toBe(200);
    });

    it('refuses same-site by default and accepts it with allowSameSite', async () => {
      await expectError(await setup().handler(post(stripeBody(), { 'Sec-Fetch-Site': 'same-site' })), 403, 'cross_site_request');
      expect((await setup({ allowSameSite: true }).handler(post(stripeBody(), { 'Sec-Fetch-Site': 'same-site' }))).status).toBe(200);
    });

    it('refuses a value it does not know', async () => {
      await expectError(await setup().handler(post(stripeBody(), { 'Sec-Fetch-Site': 'sideways' })), 403, 'cross_site_request');
    });

    it.each([['same-origin'], ['none'], [undefined]])('accepts %s (undefined: a non-browser client)', async (site) => {
      const request = new Request('http://localhost/api/connect', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', ...(site ? { 'Sec-Fetch-Site': site } : {}) },
        body: JSON.stringify(stripeBody()),
      });
      expect((await setup().handler(request)).status).toBe(200);
    });
  });

  describe('authorize', () => {
    it('is required by the types when onConnect expects a session', () => {
      const onConnect = ({ auth }: ConnectInput<{ userId: string }>) => ({ id: auth.userId });
      // @ts-expect-error -- without authorize, auth would be undefined at run time
      expect(() => createConnectHandler<{ userId: string }>({ onConnect })).not.toThrow();
      expect(() =>
        createConnectHandler({ onConnect, authorize: () => ({ userId: 'u1' }), idempotency: { scope: (session) => session.userId } }),
      ).not.toThrow();
      expect(() => createConnectHandler({ onConnect: ({ auth }: ConnectInput<undefined>) => ({ id: String(auth) }) })).not.toThrow();
    });

    it('is required by ConnectHandlerOptions itself, so options typed with it are accepted as they are', () => {
      type Session = { userId: string };
      const options: ConnectHandlerOptions<Session> = {
        authorize: () => ({ userId: 'u1' }),
        idempotency: { scope: (session) => session.userId },
        onConnect: ({ auth }) => ({ id: auth.userId }),
      };
      expect(() => createConnectHandler(options)).not.toThrow();
      // @ts-expect-error -- without authorize, auth would be undefined at run time
      const withoutAuthorize: ConnectHandlerOptions<Session> = { onConnect: ({ auth }) => ({ id: auth.userId }) };
      expect(withoutAuthorize).toBeDefined();
    });

    it('passes what it returns to onConnect as auth', async () => {
      const { handler, connected } = setup({ authorize: (request) => ({ userId: request.headers.get('X-User') }) });
      expect((await handler(post(stripeBody(), { 'X-User': 'u1' }))).status).toBe(200);
      expect(connected[0]?.auth).toEqual({ userId: 'u1' });
    });

    it.each([false, null, undefined])('answers 401 when it returns %s, without reading the body', async (value) => {
      const { handler, onConnect } = setup({ authorize: async () => value });
      const request = post(stripeBody());
      await expectError(await handler(request), 401, 'unauthorized');
      expect(request.bodyUsed).toBe(false);
      expect(onConnect).not.toHaveBeenCalled();
    });

    it('sends a Response it returns as it is, adding Cache-Control: no-store', async () => {
      const { handler } = setup({ authorize: () => Response.json({ error: { code: 'mfa_required', message: 'Confirm with MFA.' } }, { status: 403 }) });
      await expectError(await handler(post(stripeBody())), 403, 'mfa_required');
    });

    it('answers 500 internal_error when it throws, and reports the error', async () => {
      const onError = vi.fn();
      const { handler } = setup({ authorize: () => { throw new Error('session store down'); }, onError });
      await expectError(await handler(post(stripeBody())), 500, 'internal_error');
      expect(onError).toHaveBeenCalledWith(expect.any(Error), { stage: 'authorize' });
    });
  });

  describe('caps the body size', () => {
    it('answers 413 from Content-Length without reading the body', async () => {
      const { handler } = setup({ maxBodyBytes: 1024 });
      const request = post(stripeBody(), { 'Content-Length': '5000' });
      await expectError(await handler(request), 413, 'payload_too_large');
    });

    it('answers 413 for a streamed body past the cap, and stops reading it', async () => {
      const { handler } = setup({ maxBodyBytes: 1024 });
      let pulled = 0;
      const stream = new ReadableStream<Uint8Array>({
        pull(controller) {
          pulled += 1;
          if (pulled > 1000) return controller.close();
          controller.enqueue(new TextEncoder().encode('x'.repeat(512)));
        },
      });
      const request = new Request('http://localhost/api/connect', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: stream,
        duplex: 'half',
      } as RequestInit & { duplex: 'half' });
      await expectError(await handler(request), 413, 'payload_too_large');
      expect(pulled).toBeLessThan(10);
    });

    it('accepts a body right at the cap', async () => {
      const body = JSON.stringify(stripeBody());
      const { handler } = setup({ maxBodyBytes: new TextEncoder().encode(body).byteLength });
      expect((await handler(post(body))).status).toBe(200);
    });
  });

  describe('given a bad body', () => {
    it.each([
      ['not JSON', '{"provider":', undefined],
      ['empty', '', undefined],
      ['a JSON array', '[]', undefined],
      ['a JSON string', '"stripe"', undefined],
      ['no provider', JSON.stringify({ credentials: {} }), 'provider'],
      ['an empty provider', JSON.stringify({ provider: '', credentials: {} }), 'provider'],
      ['credentials not an object', JSON.stringify({ provider: 'stripe', environment: 'test', credentials: 'sk' }), undefined],
      ['a credential that is a number', JSON.stringify({ provider: 'stripe', environment: 'test', credentials: { api_key: 42 } }), 'api_key'],
      ['an environment that is a number', JSON.stringify({ provider: 'stripe', environment: 1, credentials: {} }), 'environment'],
      ['an unknown provider', JSON.stringify({ provider: 'acme', credentials: {} }), 'provider'],
      ['an environment for Shortcut', JSON.stringify({ provider: 'shortcut', environment: 'test', credentials: { api_token: 'x' } }), 'environment'],
      ['an unknown credential', JSON.stringify({ provider: 'stripe', environment: 'test', credentials: { api_key: STRIPE_KEY, password: 'x' } }), 'password'],
    ])('%s → 400 invalid_request naming the field', async (_name, body, field) => {
      const { handler, onConnect } = setup();
      const { error } = await expectError(await handler(post(body)), 400, 'invalid_request', field);
      expect(error.message).not.toMatch(/Unexpected token|JSON at position/);
      expect(onConnect).not.toHaveBeenCalled();
    });

    it('not UTF-8 → 400 saying that it is not UTF-8', async () => {
      const { handler } = setup();
      const bytes = new Uint8Array([0x7b, 0x22, 0xff, 0xfe, 0x22, 0x7d]);
      const { error } = await expectError(await handler(post('', {}, { body: bytes })), 400, 'invalid_request');
      expect(error.message).toBe('The request body is not valid UTF-8.');
    });

    it('never echoes the body in the JSON error', async () => {
      const { handler } = setup();
      const { text } = await expectError(await handler(post(`{"credentials":{"api_key":"${STRIPE_KEY}"`)), 400, 'invalid_request');
      expect(text).not.toContain(STRIPE_KEY);
    });
  });

  describe('checks credentials with the widget’s own schema', () => {
    it('a publishable key → 422 with the widget’s message, no provider call', async () => {
      const verify = vi.fn<Verifier>();
      const { handler } = setup({ verify: { ...builtInVerifiers(), stripe: verify } });
      const { error } = await expectError(await handler(post(stripeBody('pk_test_aaaaaaaaaaaaBBBBBBBBBBBB'))), 422, 'invalid_credentials', 'api_key');
      expect(error.message).toMatch(/^This is your publishable test key/);
      expect(verify).not.toHaveBeenCalled();
    });

    it('a live key for Test Mode → 422 naming both environments', async () => {
      const { handler } = setup();
      const { error } = await expectError(
        await handler(post(stripeBody('sk_live_aaaaaaaaaaaaBBBBBBBBBBBB'))),
        422,
        'invalid_credentials',
        'api_key',
      );
      expect(error.message).toBe('This is a live key, but Test Mode is selected.');
    });

    it('no environment for Stripe → 422 on environment', async () => {
      const { handler } = setup();
      await expectError(await handler(post({ provider: 'stripe', credentials: { api_key: STRIPE_KEY } })), 422, 'invalid_credentials', 'environment');
    });

    it('a missing credential → 422 on that field', async () => {
      const { handler } = setup();
      await expectError(await handler(post({ provider: 'shortcut', credentials: {} })), 422, 'invalid_credentials', 'api_token');
    });
  });

  describe('given an optional credential left empty', () => {
    const withWorkspace = acmeProvider({
      fields: [
        { key: 'api_key', label: 'API Key', kind: 'secret' },
        { key: 'workspace', label: 'Workspace', kind: 'text', required: false },
      ],
    });

    it.each([
      ['left out, as the widget sends it', undefined],
      ['empty', ''],
      ['only spaces', '   '],
    ])('leaves it out of what the verifier and onConnect see (%s)', async (_name, workspace) => {
      const verify = vi.fn<Verifier>(async () => ({ ok: true, warnings: [] }));
      const { handler, connected } = setup({ providers: [withWorkspace], verify: { acme: verify } });
      const answer = await read(await handler(post({ provider: 'acme', credentials: { api_key: 'acme-key-123', workspace } })));
      expect(answer.status, answer.text).toBe(200);
      expect(verify).toHaveBeenCalledTimes(1);
      expect(verify.mock.calls[0]?.[0].credentials).toEqual({ api_key: 'acme-key-123' });
      expect(connected[0]?.credentials).toEqual({ api_key: 'acme-key-123' });
    });
  });

  // Any UTF-16 unit (controls, bidi overrides, lone surrogates) or an emoji. Built by hand:
  // fast-check's `unit: 'binary'` takes seconds to set up.
  const anyChar = fc.oneof(
    fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code)),
    fc.constantFrom('\u0000', '\u202e', '\u200b', '😀', 'é', ' '),
  );

  // Property tests: generous timeouts, as the machine running them may be busy.
  describe('fuzzed bodies', { timeout: 60_000 }, () => {
    const fuzzed = (handler: (request: Request) => Promise<Response>, body: string) =>
      handler(post(body)).then(async (response) => ({ status: response.status, json: (await response.json()) as unknown }));

    it('any JSON value gets a contract error (400/422), never a crash or a connection', async () => {
      const verify = vi.fn<Verifier>(async () => ({ ok: true, warnings: [] }));
      const { handler, onConnect } = setup({ verify: Object.fromEntries(builtInProviders.map((p) => [p.id, verify])) });
      await fc.assert(
        fc.asyncProperty(fc.jsonValue(), async (value) => {
          const { status, json } = await fuzzed(handler, JSON.stringify(value));
          expect([400, 422]).toContain(status);
          expect(connectErrorResponseSchema.safeParse(json).success).toBe(true);
        }),
        { numRuns: 100 },
      );
      expect(onConnect).not.toHaveBeenCalled();
    });

    it('near-valid bodies with any strings get a contract answer that never repeats a credential', async () => {
      const verify = vi.fn<Verifier>(async () => ({ ok: false, status: 422, code: 'invalid_credentials', message: 'No.' }));
      const { handler } = setup({ verify: Object.fromEntries(builtInProviders.map((p) => [p.id, verify])) });
      const body = fc.record(
        {
          provider: fc.oneof(fc.constantFrom(...builtInProviders.map((p) => p.id)), fc.string()),
          environment: fc.oneof(fc.constantFrom('test', 'production', 'sandbox'), fc.string()),
          credentials: fc.dictionary(
            fc.oneof(fc.constantFrom('api_key', 'access_token', 'api_token', 'instance'), fc.string({ maxLength: 8 })),
            fc.oneof(
              fc.string({ minLength: 12 }),
              fc.string({ unit: anyChar, minLength: 12 }),
              // Known prefixes, then anything: NUL, bidi overrides, emoji, lone surrogates.
              fc
                .tuple(fc.constantFrom('sk_test_', 'rk_live_', 'pk_test_', 'sandbox_', 'sct_ro_', 'api-', 'ra_test_'), fc.string({ unit: anyChar, minLength: 8 }))
                .map(([prefix, rest]) => prefix + rest),
            ),
            { maxKeys: 3 },
          ),
        },
        { requiredKeys: [] },
      );
      await fc.assert(
        fc.asyncProperty(body, async (value) => {
          const { status, json } = await fuzzed(handler, JSON.stringify(value));
          expect([400, 422]).toContain(status);
          expect(connectErrorResponseSchema.safeParse(json).success).toBe(true);
          const text = JSON.stringify(json);
          for (const secret of Object.values(value.credentials ?? {})) {
            if (secret.trim().length >= 12) expect(text).not.toContain(secret.trim());
          }
        }),
        { numRuns: 100 },
      );
    });

    it('any bytes get a contract error', async () => {
      const { handler, onConnect } = setup();
      await fc.assert(
        fc.asyncProperty(fc.uint8Array({ maxLength: 200 }), async (bytes) => {
          const response = await handler(post('', {}, { body: bytes }));
          expect([400, 422]).toContain(response.status);
          expect(connectErrorResponseSchema.safeParse(await response.json()).success).toBe(true);
        }),
        { numRuns: 100 },
      );
      expect(onConnect).not.toHaveBeenCalled();
    });
  });

  describe('Idempotency-Key', () => {
    it.each([
      [500, 'internal_error'],
      [408, 'request_timeout'],
    ])('lets a retry with the same key run again after a %i, which the widget may retry', async (status, code) => {
      let calls = 0;
      const { handler } = setup({
        onConnect: () => {
          calls += 1;
          if (calls === 1) throw new ConnectHandlerError({ status, code, message: 'Not this time.' });
          return { id: 'acct_1' };
        },
      });
      await expectError(await handler(post(stripeBody(), { 'Idempotency-Key': `again-${status}` })), status, code);
      const retry = await handler(post(stripeBody(), { 'Idempotency-Key': `again-${status}` }));
      expect(retry.status).toBe(200);
      expect(retry.headers.get('Idempotent-Replayed')).toBeNull();
    });

    it.each([
      [401, 'reauthenticate', 'Sign in again to link accounts.'],
      [409, 'request_in_progress', 'Still linking this account elsewhere.'],
    ])('lets a retry with the same key run again after a %i %s, which the widget answers with the same key', async (status, code, message) => {
      // The widget keeps the key for these (src/contract/refusal.ts): a kept answer would be replayed to it for 24 hours.
      let calls = 0;
      const { handler } = setup({
        onConnect: () => {
          calls += 1;
          if (calls === 1) throw new ConnectHandlerError({ status, code, message });
          return { id: 'acct_1' };
        },
      });
      await expectError(await handler(post(stripeBody(), { 'Idempotency-Key': `open-${status}` })), status, code);
      const retry = await handler(post(stripeBody(), { 'Idempotency-Key': `open-${status}` }));
      expect(retry.status).toBe(200);
      expect(retry.headers.get('Idempotent-Replayed')).toBeNull();
    });

    it('replays a 401 about the key itself (with its field), which the widget answers with a new key', async () => {
      const verify = vi.fn<Verifier>(async () => ({ ok: false, status: 401, code: 'invalid_credentials', message: 'No.', field: 'api_key' }));
      const { handler } = setup({ verify: { ...builtInVerifiers(), stripe: verify } });
      await expectError(await handler(post(stripeBody(), { 'Idempotency-Key': 'k401' })), 401, 'invalid_credentials', 'api_key');
      const again = await handler(post(stripeBody(), { 'Idempotency-Key': 'k401' }));
      expect(again.headers.get('Idempotent-Replayed')).toBe('true');
      expect(verify).toHaveBeenCalledTimes(1);
    });

    it('accepts a key of 255 characters, the most it allows', async () => {
      expect((await setup().handler(post(stripeBody(), { 'Idempotency-Key': 'k'.repeat(255) }))).status).toBe(200);
      await expectError(await setup().handler(post(stripeBody(), { 'Idempotency-Key': 'k'.repeat(256) })), 400, 'invalid_request');
    });

    it('replays the first answer for a retry with the same body; onConnect runs once', async () => {
      const { handler, onConnect } = setup();
      const first = await read(await handler(post(stripeBody(), { 'Idempotency-Key': 'key-1' })));
      const again = await read(await handler(post(stripeBody(), { 'Idempotency-Key': 'key-1' })));
      expect(first.status).toBe(200);
      expect(again.status).toBe(200);
      expect(again.text).toBe(first.text);
      expect(again.headers.get('Idempotent-Replayed')).toBe('true');
      expect(again.headers.get('Cache-Control')).toBe('no-store');
      expect(onConnect).toHaveBeenCalledTimes(1);
    });

    it('replays a final error too (the provider is not asked twice)', async () => {
      const verify = vi.fn<Verifier>(async () => ({ ok: false, status: 422, code: 'invalid_credentials', message: 'No.', field: 'api_key' }));
      const { handler } = setup({ verify: { ...builtInVerifiers(), stripe: verify } });
      await expectError(await handler(post(stripeBody(), { 'Idempotency-Key': 'k' })), 422, 'invalid_credentials', 'api_key');
      await expectError(await handler(post(stripeBody(), { 'Idempotency-Key': 'k' })), 422, 'invalid_credentials', 'api_key');
      expect(verify).toHaveBeenCalledTimes(1);
    });

    it('treats the same body with other whitespace or key order as a replay', async () => {
      const { handler, onConnect } = setup();
      await handler(post(stripeBody(), { 'Idempotency-Key': 'k' }));
      const again = await handler(
        post(`{ "credentials": { "api_key": " ${STRIPE_KEY}" }, "environment": "test", "provider": "stripe" }`, { 'Idempotency-Key': 'k' }),
      );
      expect(again.status).toBe(200);
      expect(onConnect).toHaveBeenCalledTimes(1);
    });

    it('answers 422 when the key is reused with another body', async () => {
      const { handler, onConnect } = setup();
      await handler(post(stripeBody(), { 'Idempotency-Key': 'k' }));
      await expectError(
        await handler(post(stripeBody('sk_test_cccccccccccccccccccccccc'), { 'Idempotency-Key': 'k' })),
        422,
        'idempotency_key_reused',
      );
      expect(onConnect).toHaveBeenCalledTimes(1);
    });

    it('answers 409 at once to a concurrent duplicate with pendingWaitMs: 0', async () => {
      let release!: () => void;
      const gate = new Promise<void>((resolve) => (release = resolve));
      const verify = vi.fn<Verifier>(async () => {
        await gate;
        return { ok: true, warnings: [] };
      });
      const { handler, onConnect } = setup({ verify: { ...builtInVerifiers(), stripe: verify }, idempotency: { pendingWaitMs: 0 } });
      const first = handler(post(stripeBody(), { 'Idempotency-Key': 'k' }));
      await vi.waitFor(() => expect(verify).toHaveBeenCalled());
      const { headers } = await expectError(await handler(post(stripeBody(), { 'Idempotency-Key': 'k' })), 409, 'request_in_progress');
      expect(headers.get('Retry-After')).toBe('1');
      release();
      expect((await first).status).toBe(200);
      expect((await handler(post(stripeBody(), { 'Idempotency-Key': 'k' }))).headers.get('Idempotent-Replayed')).toBe('true');
      expect(onConnect).toHaveBeenCalledTimes(1);
    });

    describe('given a request whose key an earlier attempt still holds (Stop, then Connect again; a retry after the widget’s timeout; a double submit)', () => {
      /**
       * A first attempt whose Stripe check waits until the test answers it (any later check is
       * verified at once), and a store that records every claim, the later requests' polls included.
       */
      function heldKey(options: Options = {}) {
        const inner = new MemoryIdempotencyStore();
        const claims: string[] = [];
        const store: IdempotencyStore = {
          claim: (key, fingerprint, token) => (claims.push(key), inner.claim(key, fingerprint, token)),
          complete: (key, entry, token) => inner.complete(key, entry, token),
          release: (key, token) => inner.release(key, token),
        };
        let answerFirst: ((result: Awaited<ReturnType<Verifier>>) => void) | undefined;
        const verify = vi.fn<Verifier>(async () => (answerFirst ? { ok: true, warnings: [] } : new Promise((resolve) => (answerFirst = resolve))));
        const { handler, onConnect } = setup({
          verify: { ...builtInVerifiers(), stripe: verify },
          ...options,
          idempotency: { store, ...options.idempotency },
        });
        const send = (init: RequestInit = {}, body = stripeBody()) => handler(post(body, { 'Idempotency-Key': 'held' }, init));
        const start = async (init: RequestInit = {}) => {
          const response = send(init);
          await vi.waitFor(() => expect(verify).toHaveBeenCalledTimes(1));
          // Wrapped: an async function returning the promise itself would wait for the answer.
          return { response };
        };
        /** Resolves once the store has been asked `times` more times (a waiting request's claim, then its polls). */
        const polled = async (times = 1) => {
          const before = claims.length;
          // Generous: the machine running the tests may be busy, and the wait is 10 s.
          await vi.waitFor(() => expect(claims.length).toBeGreaterThanOrEqual(before + times), { timeout: 5000 });
        };
        return { send, start, polled, claims, verify, onConnect, answerFirst: (result: Awaited<ReturnType<Verifier>>) => answerFirst!(result) };
      }
      const verified: Awaited<ReturnType<Verifier>> = { ok: true, warnings: [] };

      it('waits for the first attempt, which the user stopped, and answers with its account; onConnect runs once', async () => {
        const { send, start, polled, answerFirst, onConnect } = heldKey();
        const stop = new AbortController();
        const first = await start({ signal: stop.signal });
        // Stop aborts the browser's request; the server's attempt goes on.
        stop.abort();
        const again = send();
        await polled(2);
        answerFirst(verified);
        const kept = await read(await first.response);
        const answer = await read(await again);
        expect(kept.status).toBe(200);
        expect(answer.status).toBe(200);
        expect(answer.text).toBe(kept.text);
        expect(answer.headers.get('Idempotent-Replayed')).toBe('true');
        expect(onConnect).toHaveBeenCalledTimes(1);
      });

      it('gives a double submit one connection: both get the account, onConnect runs once', async () => {
        const { send, polled, answerFirst, onConnect, verify } = heldKey();
        const both = [send(), send()];
        await vi.waitFor(() => expect(verify).toHaveBeenCalledTimes(1));
        await polled(1);
        answerFirst(verified);
        const [one, two] = await Promise.all(both.map(async (response) => read(await response)));
        expect([one?.status, two?.status]).toEqual([200, 200]);
        expect(two?.text).toBe(one?.text);
        expect(onConnect).toHaveBeenCalledTimes(1);
        expect(verify).toHaveBeenCalledTimes(1);
      });

      it('runs the waiting request itself when the first attempt ends in an error the widget retries (the provider’s 503)', async () => {
        const { send, start, polled, answerFirst, onConnect, verify } = heldKey();
        const first = await start();
        const again = send();
        await polled(2);
        answerFirst({ ok: false, status: 503, code: 'provider_unavailable', message: 'Stripe is down.', retryAfterSeconds: 2 });
        await expectError(await first.response, 503, 'provider_unavailable');
        const answer = await read(await again);
        expect(answer.status, answer.text).toBe(200);
        expect(answer.headers.get('Idempotent-Replayed')).toBeNull();
        expect(verify).toHaveBeenCalledTimes(2);
        expect(onConnect).toHaveBeenCalledTimes(1);
      });

      it('answers 409 request_in_progress with Retry-After when the first is still running at the end of pendingWaitMs', async () => {
        const { send, start, claims, answerFirst, onConnect } = heldKey({ idempotency: { pendingWaitMs: 300 } });
        const first = await start();
        const { headers } = await expectError(await send(), 409, 'request_in_progress');
        expect(headers.get('Retry-After')).toBe('1');
        // The first claim, the waiting request's own, and its polls.
        expect(claims.length).toBeGreaterThan(2);
        answerFirst(verified);
        expect((await first.response).status).toBe(200);
        expect(onConnect).toHaveBeenCalledTimes(1);
      });

      it('waits 10 s by default, asking the store again with backoff rather than in a busy loop', async () => {
        vi.useFakeTimers();
        try {
          const { send, start, claims, answerFirst } = heldKey();
          const first = await start();
          let answered = false;
          const again = send().finally(() => (answered = true));
          await vi.waitFor(() => expect(claims).toHaveLength(2));
          await vi.advanceTimersByTimeAsync(9_800);
          expect(answered).toBe(false);
          await vi.advanceTimersByTimeAsync(400);
          expect(answered).toBe(true);
          await expectError(await again, 409, 'request_in_progress');
          const polls = claims.length - 2;
          expect(polls).toBeGreaterThanOrEqual(8);
          expect(polls).toBeLessThanOrEqual(20);
          answerFirst(verified);
          expect((await first.response).status).toBe(200);
        } finally {
          vi.useRealTimers();
        }
      });

      it('stops waiting, and asking the store, as soon as the client goes away', async () => {
        const { send, start, polled, claims, answerFirst, onConnect } = heldKey();
        const first = await start();
        const gone = new AbortController();
        const again = send({ signal: gone.signal });
        await polled(2);
        gone.abort();
        const answer = await Promise.race([again, new Promise<'still waiting'>((resolve) => setTimeout(() => resolve('still waiting'), 2000))]);
        expect(answer).not.toBe('still waiting');
        const asked = claims.length;
        await new Promise((resolve) => setTimeout(resolve, 1200));
        expect(claims).toHaveLength(asked);
        answerFirst(verified);
        expect((await first.response).status).toBe(200);
        expect(onConnect).toHaveBeenCalledTimes(1);
      });

      it('answers 422 idempotency_key_reused at once to another body under the held key, without waiting', async () => {
        const { send, start, claims, answerFirst, onConnect } = heldKey();
        const first = await start();
        await expectError(await send({}, stripeBody('sk_test_cccccccccccccccccccccccc')), 422, 'idempotency_key_reused');
        expect(claims).toHaveLength(2);
        answerFirst(verified);
        expect((await first.response).status).toBe(200);
        expect(onConnect).toHaveBeenCalledTimes(1);
      });

      it('answers 503 service_unavailable when the store fails while it waits, and runs nothing more', async () => {
        const inner = new MemoryIdempotencyStore();
        let claims = 0;
        const store: IdempotencyStore = {
          claim: async (key, fingerprint, token) => {
            claims += 1;
            // The first attempt's claim and the second's go through; its first poll finds the store down.
            if (claims > 2) throw new Error('redis down');
            return inner.claim(key, fingerprint, token);
          },
          complete: (key, entry, token) => inner.complete(key, entry, token),
          release: (key, token) => inner.release(key, token),
        };
        const onError = vi.fn();
        const { send, start, answerFirst, onConnect } = heldKey({ idempotency: { store }, onError });
        const first = await start();
        await expectError(await send(), 503, 'service_unavailable');
        expect(onError).toHaveBeenCalledWith(expect.objectContaining({ message: 'redis down' }), { stage: 'idempotency', provider: 'stripe' });
        answerFirst(verified);
        expect((await first.response).status).toBe(200);
        expect(onConnect).toHaveBeenCalledTimes(1);
      });
    });

    describe('given an attempt that runs past the pending claim’s expiry, and a retry that claims the key again', () => {
      /**
       * A store on a clock of the test's, and a Stripe verifier whose first two calls wait until the
       * test answers them (any later one is a third run, verified at once).
       */
      function slowAttempts() {
        let now = 0;
        const store = new MemoryIdempotencyStore({ now: () => now });
        const answers: Array<(result: Awaited<ReturnType<Verifier>>) => void> = [];
        const verify = vi.fn<Verifier>(async () => (answers.length < 2 ? new Promise((resolve) => answers.push(resolve)) : { ok: true, warnings: [] }));
        // Answered at once while a claim is held: these tests are about whose claim it is, not about waiting for it.
        const { handler, onConnect } = setup({ verify: { ...builtInVerifiers(), stripe: verify }, idempotency: { store, pendingWaitMs: 0 } });
        const send = () => handler(post(stripeBody(), { 'Idempotency-Key': 'slow' }));
        const start = async () => {
          const calls = verify.mock.calls.length;
          const pending = send();
          await vi.waitFor(() => expect(verify).toHaveBeenCalledTimes(calls + 1));
          // Wrapped: an async function returning the promise itself would wait for the answer.
          return { response: pending };
        };
        const answer = (index: number, result: Awaited<ReturnType<Verifier>>) => answers[index]!(result);
        const passTime = (ms: number) => (now += ms);
        return { send, start, answer, passTime, onConnect };
      }
      const down: Awaited<ReturnType<Verifier>> = { ok: false, status: 502, code: 'provider_unreachable', message: 'Down.' };
      const verified: Awaited<ReturnType<Verifier>> = { ok: true, warnings: [] };

      it('does not free the retry’s claim when the first attempt fails: a third request waits, and nothing runs three times', async () => {
        const { send, start, answer, passTime, onConnect } = slowAttempts();
        const first = await start();
        passTime(2 * 60 * 1000 + 1);
        const retry = await start();
        answer(0, down);
        expect((await first.response).status).toBe(502);

        await expectError(await send(), 409, 'request_in_progress');
        answer(1, verified);
        expect((await retry.response).status).toBe(200);
        expect((await send()).headers.get('Idempotent-Replayed')).toBe('true');
        expect(onConnect).toHaveBeenCalledTimes(1);
      });

      it('keeps the retry’s answer when the first attempt fails after it', async () => {
        const { send, start, answer, passTime, onConnect } = slowAttempts();
        const first = await start();
        passTime(2 * 60 * 1000 + 1);
        const retry = await start();
        answer(1, verified);
        const kept = await read(await retry.response);
        answer(0, down);
        expect((await first.response).status).toBe(502);

        const again = await read(await send());
        expect(again.headers.get('Idempotent-Replayed')).toBe('true');
        expect(again.text).toBe(kept.text);
        expect(onConnect).toHaveBeenCalledTimes(1);
      });

      it('does not keep the first attempt’s answer over the retry’s claim: the next request gets 409 while the retry runs (no wait here), then the retry’s answer', async () => {
        const { send, start, answer, passTime } = slowAttempts();
        const first = await start();
        passTime(2 * 60 * 1000 + 1);
        const retry = await start();
        answer(0, verified);
        expect((await first.response).status).toBe(200);

        await expectError(await send(), 409, 'request_in_progress');
        answer(1, verified);
        const kept = await read(await retry.response);
        expect((await read(await send())).text).toBe(kept.text);
      });
    });

    it('runs a retry again after a retryable failure (provider down), instead of replaying it', async () => {
      let calls = 0;
      const verify: Verifier = async () => {
        calls += 1;
        return calls === 1
          ? { ok: false, status: 502, code: 'provider_unreachable', message: 'Down.', retryAfterSeconds: 1 }
          : { ok: true, warnings: [] };
      };
      const { handler } = setup({ verify: { ...builtInVerifiers(), stripe: verify } });
      await expectError(await handler(post(stripeBody(), { 'Idempotency-Key': 'k' })), 502, 'provider_unreachable');
      const retry = await handler(post(stripeBody(), { 'Idempotency-Key': 'k' }));
      expect(retry.status).toBe(200);
      expect(retry.headers.get('Idempotent-Replayed')).toBeNull();
    });

    it('throws at creation when authorize is given without a scope, so that one user’s key never replays another’s answer', () => {
      const options = { authorize: () => 'alice', onConnect: () => ({ id: 'acct_1' }) };
      // @ts-expect-error -- the types ask for the scope too; plain JS gets the error at creation
      expect(() => createConnectHandler<string>(options)).toThrow(/idempotency: \{ scope: \(auth\) => /);
      // @ts-expect-error -- idempotency without its scope
      expect(() => createConnectHandler<string>({ ...options, idempotency: { required: true } })).toThrow(/scope/);
      expect(() => createConnectHandler<string>({ ...options, idempotency: { scope: (user) => user } })).not.toThrow();
      expect(() => createConnectHandler({ onConnect: () => ({ id: 'acct_1' }) })).not.toThrow();
    });

    it('keeps keys apart per scope', async () => {
      const { handler, onConnect } = setup({
        authorize: (request) => request.headers.get('X-User') ?? false,
        idempotency: { scope: (user) => String(user) },
      });
      await handler(post(stripeBody(), { 'Idempotency-Key': 'k', 'X-User': 'alice' }));
      const bob = await handler(post(stripeBody(), { 'Idempotency-Key': 'k', 'X-User': 'bob' }));
      expect(bob.headers.get('Idempotent-Replayed')).toBeNull();
      expect(onConnect).toHaveBeenCalledTimes(2);
    });

    it('never returns or stores a credential that a verifier, onConnect or a warning quotes', async () => {
      const { store, stored } = recordingStore();
      const canary = 'sk_test_CANARYcanaryCANARY0000';
      const echo: Verifier = async ({ credentials }) => ({
        ok: false,
        status: 422,
        code: 'invalid_credentials',
        field: 'api_key',
        message: `Provider says: invalid key ${credentials.api_key} (${JSON.stringify(credentials.api_key)})`,
      });
      const warn: Verifier = async ({ credentials }) => ({ ok: true, warnings: [`key ${credentials.api_key} lacks scope x`] });
      const throwing = (input: ConnectInput<unknown>) => {
        throw new ConnectHandlerError({ status: 409, code: 'already_connected', message: `${input.credentials.api_key} is linked already.` });
      };
      const answers = [
        await read(await setup({ idempotency: { store }, verify: { ...builtInVerifiers(), stripe: echo } }).handler(post(stripeBody(canary), { 'Idempotency-Key': 'k1' }))),
        await read(await setup({ idempotency: { store }, verify: { ...builtInVerifiers(), stripe: warn } }).handler(post(stripeBody(canary), { 'Idempotency-Key': 'k2' }))),
        await read(
          await setup({ idempotency: { store }, verify: { ...builtInVerifiers(), stripe: warn }, onConnect: throwing }).handler(
            post(stripeBody(canary), { 'Idempotency-Key': 'k3' }),
          ),
        ),
      ];
      expect(answers.map((answer) => answer.status)).toEqual([422, 200, 409]);
      expect(answers[0]?.text).toContain('Provider says: invalid key ••••');
      expect(answers[1]?.text).toContain('key •••• lacks scope x');
      expect(stored).toHaveLength(3);
      expect(JSON.stringify([answers.map((answer) => answer.text), stored])).not.toContain('CANARY');
    });

    it('answers, and keeps the answer for its key, when a plain-JS verifier gives a warning that is not text', async () => {
      const odd = (async () => ({ ok: true, warnings: [{ note: 'not text' }, '', 'Read only.'] })) as unknown as Verifier;
      const { handler, onConnect } = setup({ verify: { ...builtInVerifiers(), stripe: odd } });
      const first = await read(await handler(post(stripeBody(), { 'Idempotency-Key': 'odd' })));
      expect(first.status).toBe(200);
      expect(connectSuccessResponseSchema.parse(first.json).account.warnings).toEqual(['Read only.']);
      expect((await handler(post(stripeBody(), { 'Idempotency-Key': 'odd' }))).headers.get('Idempotent-Replayed')).toBe('true');
      expect(onConnect).toHaveBeenCalledTimes(1);
    });

    it.each([
      ['no code', { status: 401, code: '', message: 'Sign in again.', field: 'api_key' }],
      ['no message', { status: 422, code: 'invalid_credentials', message: '', field: 'api_key' }],
      ['a code that is not text', { status: 422, code: 42, message: 'No.' }],
    ])('answers a failure the widget could not read (%s) with 500 internal_error, and runs a retry again', async (_name, failure) => {
      let calls = 0;
      const verify = (async () => (++calls === 1 ? { ok: false, ...failure } : { ok: true, warnings: [] })) as unknown as Verifier;
      const { handler } = setup({ verify: { ...builtInVerifiers(), stripe: verify } });
      await expectError(await handler(post(stripeBody(), { 'Idempotency-Key': 'unreadable' })), 500, 'internal_error');
      const retry = await handler(post(stripeBody(), { 'Idempotency-Key': 'unreadable' }));
      expect(retry.status).toBe(200);
      expect(retry.headers.get('Idempotent-Replayed')).toBeNull();
    });

    it('keeps a fingerprint that cannot be checked against guesses without the Idempotency-Key', async () => {
      // A host's provider with a guessable field: whoever reads the store (a shared Redis) must not
      // be able to try each of its 10,000 values against what is kept.
      const pinned = acmeProvider({ fields: [{ key: 'pin', label: 'PIN', kind: 'secret', pattern: '^[0-9]{4}$' }] });
      const fingerprints: string[] = [];
      const inner = new MemoryIdempotencyStore();
      const store: IdempotencyStore = {
        claim: (key, fingerprint) => (fingerprints.push(fingerprint), inner.claim(key, fingerprint)),
        complete: (key, entry) => inner.complete(key, entry),
        release: (key) => inner.release(key),
      };
      const { handler } = setup({ providers: [pinned], verify: { acme: async () => ({ ok: true, warnings: [] }) }, idempotency: { store } });
      const body = { provider: 'acme', credentials: { pin: '7391' } };
      expect((await handler(post(body, { 'Idempotency-Key': 'first' }))).status).toBe(200);
      expect((await handler(post(body, { 'Idempotency-Key': 'second' }))).status).toBe(200);
      expect((await handler(post(body, { 'Idempotency-Key': 'first' }))).headers.get('Idempotent-Replayed')).toBe('true');
      const [first, second] = fingerprints;
      expect(second).not.toBe(first);
      const canonical = (pin: string) => JSON.stringify(['', 'acme', null, [['pin', pin]]]);
      expect(first).not.toBe(await sha256Hex(canonical('7391')));
      expect(first).not.toContain('7391');
    });

    it('never puts a credential in the store', async () => {
      const inner = new MemoryIdempotencyStore();
      const seen: unknown[] = [];
      const store: IdempotencyStore = {
        claim: (key, fingerprint) => (seen.push({ key, fingerprint }), inner.claim(key, fingerprint)),
        complete: (key, entry) => (seen.push({ key, entry }), inner.complete(key, entry)),
        release: (key) => (seen.push({ key }), inner.release(key)),
      };
      const { handler } = setup({ idempotency: { store } });
      await handler(post(stripeBody(), { 'Idempotency-Key': 'k' }));
      await handler(post(stripeBody('sk_test_invalidKEY0000000000wxyz'), { 'Idempotency-Key': 'k2' }));
      const text = JSON.stringify(seen);
      expect(seen.length).toBeGreaterThanOrEqual(4);
      expect(text).not.toContain(STRIPE_KEY);
      expect(text).not.toContain('invalidKEY');
      expect(text).not.toContain('wxyz');
    });

    it.each([
      ['empty', ''],
      ['too long', 'k'.repeat(256)],
      ['not ASCII', 'clé'],
    ])('refuses a key that is %s with 400', async (_name, key) => {
      const { handler } = setup();
      // Headers cannot carry non-Latin-1 text; encode it the way a raw client would send its bytes.
      const value = /^[\x00-\xff]*$/.test(key) ? key : String.fromCharCode(...new TextEncoder().encode(key));
      await expectError(await handler(post(stripeBody(), { 'Idempotency-Key': value })), 400, 'invalid_request');
    });

    it('requires a key with idempotency.required', async () => {
      const { handler } = setup({ idempotency: { required: true } });
      await expectError(await handler(post(stripeBody())), 400, 'invalid_request');
      expect((await handler(post(stripeBody(), { 'Idempotency-Key': 'k' }))).status).toBe(200);
    });

    it('answers 503 when the store fails, and runs nothing', async () => {
      const store: IdempotencyStore = {
        claim: async () => {
          throw new Error('redis down');
        },
        complete: async () => undefined,
        release: async () => undefined,
      };
      const { handler, onConnect } = setup({ idempotency: { store }, onError: () => undefined });
      await expectError(await handler(post(stripeBody(), { 'Idempotency-Key': 'k' })), 503, 'service_unavailable');
      expect(onConnect).not.toHaveBeenCalled();
    });
  });

  describe('onConnect', () => {
    it('an error it throws → 500 internal_error; the default log redacts the credentials', async () => {
      const log = vi.spyOn(console, 'error').mockImplementation(() => undefined);
      try {
        const { handler } = setup({
          onConnect: async ({ credentials }) => {
            throw new Error(`insert failed for value ${credentials.api_key}`);
          },
        });
        const { text } = await expectError(await handler(post(stripeBody())), 500, 'internal_error');
        expect(text).not.toContain(STRIPE_KEY);
        expect(log).toHaveBeenCalledTimes(1);
        const logged = log.mock.calls.flat().join(' ');
        expect(logged).toContain('onConnect failed for stripe');
        expect(logged).not.toContain(STRIPE_KEY);
      } finally {
        log.mockRestore();
      }
    });

    it('the default log redacts a credential the error quotes as JSON or in a URL, too', async () => {
      const log = vi.spyOn(console, 'error').mockImplementation(() => undefined);
      const token = 'CANARY"quoted"\\tök/en&x';
      try {
        const { handler } = setup({
          providers: [acme],
          verify: { acme: async () => ({ ok: true, warnings: [] }) },
          onConnect: async ({ credentials }) => {
            throw new Error(`insert ${JSON.stringify(credentials)} failed; see https://acme.example/?key=${encodeURIComponent(credentials.api_key!)}`);
          },
        });
        await expectError(await handler(post({ provider: 'acme', credentials: { api_key: token } })), 500, 'internal_error');
        const logged = log.mock.calls.flat().join(' ');
        expect(logged).toContain('onConnect failed for acme');
        for (const form of [token, JSON.stringify(token).slice(1, -1), encodeURIComponent(token), 'CANARY']) expect(logged).not.toContain(form);
      } finally {
        log.mockRestore();
      }
    });

    it('never answers with, keeps or logs a credential of under 4 characters that stands as a word of its own', async () => {
      const log = vi.spyOn(console, 'error').mockImplementation(() => undefined);
      const { store, stored } = recordingStore();
      const pin = 'Q7x';
      const quoting = (verify: Verifier, onConnect?: Options['onConnect']) =>
        setup({ providers: [acme], verify: { acme: verify }, idempotency: { store }, ...(onConnect ? { onConnect } : {}) }).handler;
      const body = { provider: 'acme', credentials: { api_key: pin } };
      try {
        const answers = [
          await read(
            await quoting(async ({ credentials }) => ({ ok: false, status: 422, code: 'invalid_credentials', field: 'api_key', message: `PIN ${credentials.api_key} is wrong.` }))(
              post(body, { 'Idempotency-Key': 'k1' }),
            ),
          ),
          await read(await quoting(async ({ credentials }) => ({ ok: true, warnings: [`PIN ${credentials.api_key} expires soon.`] }))(post(body, { 'Idempotency-Key': 'k2' }))),
          await read(
            await quoting(
              async () => ({ ok: true, warnings: [] }),
              async ({ credentials }) => {
                throw new Error(`insert failed for PIN ${credentials.api_key}`);
              },
            )(post(body, { 'Idempotency-Key': 'k3' })),
          ),
        ];
        expect(answers.map((answer) => answer.status)).toEqual([422, 200, 500]);
        expect(answers[0]?.text).toContain('PIN •••• is wrong.');
        expect(answers[1]?.text).toContain('PIN •••• expires soon.');
        const logged = log.mock.calls.flat().join(' ');
        expect(logged).toContain('insert failed for PIN ••••');
        expect(JSON.stringify([answers.map((answer) => answer.text), stored, logged])).not.toContain(pin);
      } finally {
        log.mockRestore();
      }
    });

    it('a ConnectHandlerError that authorize throws is the answer too', async () => {
      const { handler, onConnect } = setup({
        authorize: () => {
          throw new ConnectHandlerError({ status: 403, code: 'plan_limit', message: 'Your plan allows one account.' });
        },
      });
      const { error } = await expectError(await handler(post(stripeBody())), 403, 'plan_limit');
      expect(error.message).toBe('Your plan allows one account.');
      expect(onConnect).not.toHaveBeenCalled();
    });

    it('a ConnectHandlerError it throws is the answer', async () => {
      const { handler } = setup({
        onConnect: () => {
          throw new ConnectHandlerError({ status: 409, code: 'already_connected', message: 'This Stripe account is already connected.' });
        },
      });
      const { error } = await expectError(await handler(post(stripeBody())), 409, 'already_connected');
      expect(error.message).toBe('This Stripe account is already connected.');
    });

    it('a subclass of ConnectHandlerError, under the name it gives itself, is the answer too', async () => {
      class AlreadyConnectedError extends ConnectHandlerError {
        override name = 'AlreadyConnectedError';
        constructor() {
          super({ status: 409, code: 'already_connected', message: 'This Stripe account is already connected.' });
        }
      }
      const { handler } = setup({
        onConnect: () => {
          throw new AlreadyConnectedError();
        },
      });
      const { error } = await expectError(await handler(post(stripeBody())), 409, 'already_connected');
      expect(error.message).toBe('This Stripe account is already connected.');
      expect(String(new AlreadyConnectedError())).toBe('AlreadyConnectedError: This Stripe account is already connected.');
    });

    it('a result without an id → 500', async () => {
      const onError = vi.fn();
      const { handler } = setup({ onConnect: () => ({ id: '' }), onError });
      await expectError(await handler(post(stripeBody())), 500, 'internal_error');
      expect(onError).toHaveBeenCalledWith(expect.any(TypeError), { stage: 'onConnect', provider: 'stripe' });
    });

    it('a custom verifier’s failure with a 2xx status → 500, never read as an account', async () => {
      const { handler } = setup({
        verify: { ...builtInVerifiers(), stripe: async () => ({ ok: false, status: 200, code: 'oops', message: 'Bad verifier.' }) },
      });
      await expectError(await handler(post(stripeBody())), 500, 'oops');
    });

    it('a verifier that throws → 500, reported with its stage', async () => {
      const onError = vi.fn();
      const { handler, onConnect } = setup({
        verify: { ...builtInVerifiers(), stripe: async () => { throw new Error('bug'); } },
        onError,
      });
      await expectError(await handler(post(stripeBody())), 500, 'internal_error');
      expect(onError).toHaveBeenCalledWith(expect.any(Error), { stage: 'verify', provider: 'stripe' });
      expect(onConnect).not.toHaveBeenCalled();
    });
  });

  describe('configuration', () => {
    it('throws at creation when a provider has no verifier', () => {
      expect(() => createConnectHandler({ providers: [...builtInProviders, acme], onConnect: () => ({ id: 'x' }) })).toThrow(
        /no verifier for "acme"/,
      );
      expect(() =>
        createConnectHandler({
          providers: [acme],
          verify: { acme: async () => ({ ok: true, warnings: [] }) },
          onConnect: () => ({ id: 'x' }),
        }),
      ).not.toThrow();
    });

    it.each([
      ['-1', -1],
      ['NaN', Number.NaN],
      ['Infinity', Number.POSITIVE_INFINITY],
      ['"5000" (text)', '5000'],
    ])('throws at creation for a pendingWaitMs of %s, which is not a wait in milliseconds', (_name, pendingWaitMs) => {
      expect(() => createConnectHandler({ onConnect: () => ({ id: 'x' }), idempotency: { pendingWaitMs: pendingWaitMs as number } })).toThrow(
        /`idempotency\.pendingWaitMs` must be a number of milliseconds, 0 or more/,
      );
    });

    it('throws at creation when a verifier names a provider of the host’s that was not passed, and says how to pass it', () => {
      const verify = { ...builtInVerifiers(), acme: async () => ({ ok: true as const, warnings: [] }) };
      expect(() => createConnectHandler({ verify, onConnect: () => ({ id: 'x' }) })).toThrow(
        /a verifier for "acme", but no such provider\. Pass its definition in `providers` \(e\.g\. providers: \[\.\.\.builtInProviders, acme\]\)/,
      );
      expect(() => createConnectHandler({ providers: [stripe], verify, onConnect: () => ({ id: 'x' }) })).toThrow(/"acme"/);
      // Built-in verifiers beside a shorter list of providers are fine: the host chose fewer.
      expect(() => createConnectHandler({ providers: [stripe], verify: builtInVerifiers(), onConnect: () => ({ id: 'x' }) })).not.toThrow();
    });

    it('throws at creation, naming every bad path, for a definition that skipped defineProvider', () => {
      const broken = { ...builtInProviders[0], id: 'acme', fields: [{ key: 'API KEY', label: '', kind: 'secret' }] } as unknown as ProviderDefinition;
      const create = () =>
        createConnectHandler({ providers: [broken], verify: { acme: async () => ({ ok: true, warnings: [] }) }, onConnect: () => ({ id: 'x' }) });
      expect(create).toThrow(/provider definition "acme"/);
      expect(create).toThrow(/fields\[0\]\.key: /);
    });
  });
});
