import type { BuiltInVerifierOptions } from '../verifiers/index.js';
import { fakeBehaviourOf, type FakeProviderBehaviour } from './fake-provider-tokens.js';

export { fakeBehaviourOf, fakeProviderBehaviours, fakeProviderExamples } from './fake-provider-tokens.js';

/** One call a fake provider received (kept only with `record: true`; tests only: it holds the token). */
export type FakeProviderCall = {
  provider: 'stripe' | 'gocardless' | 'shortcut' | 'launchdarkly' | 'remote';
  /** The environment or LaunchDarkly instance whose host was called; `default` for one-host providers. */
  host: string;
  method: string;
  /** The path after the provider's base URL, with its query, e.g. `/creditors?limit=1`. */
  path: string;
  headers: { authorization?: string; shortcutToken?: string; gocardlessVersion?: string; accept?: string };
};

export type FakeProviders = {
  /** The fake APIs as a Fetch handler; `signal` ends a `hang`. */
  handle(request: Request, signal?: AbortSignal): Promise<Response | 'reset'>;
  calls: FakeProviderCall[];
};

const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json', ...headers } });

/** Stripe echoes a masked key in its messages: `sk_test_********************abcd`. */
function stripeMasked(key: string): string {
  const prefix = /^[a-z]{2}_(?:test|live)_/.exec(key)?.[0] ?? '';
  return `${prefix}${'*'.repeat(Math.max(0, key.length - prefix.length - 4))}${key.slice(-4)}`;
}

function hang(signal: AbortSignal | undefined): Promise<'reset'> {
  return new Promise((resolve) => {
    if (!signal) return; // Only a test with no signal would wait forever; the server always passes one.
    if (signal.aborted) resolve('reset');
    signal.addEventListener('abort', () => resolve('reset'), { once: true });
  });
}

/** How long a `slow` token's answer takes: past the widget's 5 s (it offers Stop), within the verifiers' 8 s. */
const SLOW_MS = 7000;

export type FakeProvidersOptions = {
  /** Keep every call in `calls`. */
  record?: boolean | undefined;
  /** How long a `slow` token's answer takes; default 7 s. Shorter for tests that only need its answer. */
  slowMs?: number | undefined;
};

/** Waits `ms`: true then, or false as soon as `signal` aborts (the caller gave up). */
function answersIn(ms: number, signal: AbortSignal | undefined): Promise<boolean> {
  return new Promise((resolve) => {
    if (signal?.aborted) return resolve(false);
    const timer = setTimeout(() => resolve(true), ms);
    signal?.addEventListener(
      'abort',
      () => {
        clearTimeout(timer);
        resolve(false);
      },
      { once: true },
    );
  });
}

type Route = {
  provider: FakeProviderCall['provider'];
  hosts: readonly string[];
  path: string;
  /** The token, read the way the real API reads it; `undefined` when sent the wrong way. */
  token(headers: Headers): string | undefined;
  ok(token: string, host: string): unknown;
  unauthorized(token: string | undefined): Response;
  forbidden(token: string): Response;
  /** A header the real API requires, and the answer without it. */
  precondition?(headers: Headers): Response | undefined;
};

const bearer = (headers: Headers) => /^Bearer (\S+)$/.exec(headers.get('Authorization') ?? '')?.[1];

const routes: readonly Route[] = [
  {
    provider: 'stripe',
    hosts: ['default'],
    path: '/v1/customers',
    token: bearer,
    ok: (token) => ({
      object: 'list',
      url: '/v1/customers',
      has_more: true,
      data: [{ id: 'cus_FakeCustomer', object: 'customer', livemode: token.includes('_live_') }],
    }),
    unauthorized: (token) =>
      json(401, {
        error: token
          ? { message: `Invalid API Key provided: ${stripeMasked(token)}`, type: 'invalid_request_error' }
          : {
              message: 'You did not provide an API key. You need to provide your API key in the Authorization header, using Bearer auth.',
              type: 'invalid_request_error',
            },
      }),
    forbidden: (token) =>
      json(403, {
        error: {
          message: `The provided key '${stripeMasked(token)}' does not have the required permissions for this endpoint on account 'acct_1FakeAccount'. Having the 'rak_customer_read' permission would allow this request to continue.`,
          type: 'invalid_request_error',
        },
      }),
  },
  {
    provider: 'gocardless',
    hosts: ['production', 'sandbox'],
    path: '/creditors',
    token: bearer,
    precondition: (headers) =>
      headers.get('GoCardless-Version') === '2015-07-06'
        ? undefined
        : json(400, {
            error: {
              message: 'GoCardless-Version header missing or invalid',
              type: 'invalid_api_usage',
              code: 400,
              errors: [{ reason: 'missing_version_header', message: 'GoCardless-Version header missing or invalid' }],
            },
          }),
    ok: () => ({
      creditors: [{ id: 'CR000FAKE', name: 'Fake Creditor Ltd', created_at: '2024-01-01T00:00:00.000Z' }],
      meta: { cursors: { before: null, after: null }, limit: 1 },
    }),
    unauthorized: () =>
      json(401, {
        error: {
          message: 'Unauthorized',
          documentation_url: 'https://developer.gocardless.com/api-reference#unauthorized',
          type: 'invalid_api_usage',
          request_id: 'fake-request',
          code: 401,
          errors: [{ reason: 'unauthorized', message: 'Unauthorized' }],
        },
      }),
    forbidden: () =>
      json(403, {
        error: {
          message: 'Insufficient permissions',
          type: 'invalid_api_usage',
          code: 403,
          errors: [{ reason: 'insufficient_permissions', message: 'Insufficient permissions' }],
        },
      }),
  },
  {
    provider: 'shortcut',
    hosts: ['default'],
    path: '/api/v3/member',
    token: (headers) => headers.get('Shortcut-Token') ?? undefined,
    ok: () => ({
      id: '12345678-9abc-4def-8123-456789abcdef',
      name: 'Fake Member',
      mention_name: 'fake',
      workspace2: { url_slug: 'fake-workspace', estimate_scale: [0, 1, 2, 4, 8] },
    }),
    // The real body is undocumented: answer with none, so a verifier cannot lean on it.
    unauthorized: () => new Response(null, { status: 401 }),
    forbidden: () => new Response(null, { status: 403 }),
  },
  {
    provider: 'launchdarkly',
    hosts: ['commercial', 'eu', 'federal'],
    path: '/api/v2/caller-identity',
    // The raw token: "Bearer api-…" is refused, as by the real API.
    token: (headers) => {
      const value = headers.get('Authorization') ?? '';
      return value.startsWith('api-') ? value : undefined;
    },
    ok: () => ({
      accountId: 'fake-account',
      environmentId: '',
      projectId: '',
      authKind: 'token',
      tokenKind: 'auth',
      clientId: '',
      tokenName: 'Fake token',
      tokenId: 'fake-token-id',
      memberId: 'fake-member',
      serviceToken: true,
    }),
    unauthorized: () => json(401, { code: 'unauthorized', message: 'Invalid access token' }),
    forbidden: () => json(403, { code: 'forbidden', message: 'Access to the requested resource was denied' }),
  },
  {
    provider: 'remote',
    hosts: ['production', 'sandbox'],
    path: '/v1/employments',
    token: bearer,
    ok: () => ({ data: { employments: [], current_page: 1, total_count: 0, total_pages: 0 } }),
    unauthorized: () => json(401, { message: 'Unauthorized' }),
    forbidden: () => json(403, { message: 'Forbidden: this token cannot access employments' }),
  },
];

/**
 * Fake versions of the five providers' verify endpoints, with their auth headers and error
 * bodies (PROVIDER-FACTS.md), under one origin: `/stripe/v1/customers`,
 * `/gocardless/{production|sandbox}/creditors`, `/shortcut/api/v3/member`,
 * `/launchdarkly/{commercial|eu|federal}/api/v2/caller-identity`,
 * `/remote/{production|sandbox}/v1/employments`. A word in the token picks the answer (see
 * `fakeProviderBehaviours`). Pair with {@link fakeProviderBaseUrls}.
 */
export function createFakeProviders(options: FakeProvidersOptions = {}): FakeProviders {
  const calls: FakeProviderCall[] = [];

  async function handle(request: Request, signal?: AbortSignal): Promise<Response | 'reset'> {
    const url = new URL(request.url);
    const [, providerId = '', ...rest] = url.pathname.split('/');
    const route = routes.find((candidate) => candidate.provider === providerId);
    if (!route) return json(404, { message: 'No such fake provider' });
    const host = route.hosts.length === 1 ? 'default' : (rest.shift() ?? '');
    const path = `/${rest.join('/')}`;
    if (!route.hosts.includes(host) || path !== route.path) return json(404, { message: 'Not found' });
    if (options.record) {
      const header = (name: string) => request.headers.get(name) ?? undefined;
      calls.push({
        provider: route.provider,
        host,
        method: request.method,
        path: `${path}${url.search}`,
        headers: {
          ...(header('Authorization') === undefined ? {} : { authorization: header('Authorization') }),
          ...(header('Shortcut-Token') === undefined ? {} : { shortcutToken: header('Shortcut-Token') }),
          ...(header('GoCardless-Version') === undefined ? {} : { gocardlessVersion: header('GoCardless-Version') }),
          ...(header('Accept') === undefined ? {} : { accept: header('Accept') }),
        },
      });
    }
    if (request.method !== 'GET') return json(405, { message: 'Method not allowed' });

    const failed = route.precondition?.(request.headers);
    if (failed) return failed;
    const token = route.token(request.headers);
    if (!token) return route.unauthorized(undefined);
    const behaviour: FakeProviderBehaviour = fakeBehaviourOf(token);
    switch (behaviour) {
      case 'invalid':
        return route.unauthorized(token);
      case 'forbidden':
        return route.forbidden(token);
      case 'ratelimited':
        return json(429, { message: 'Too many requests' }, { 'Retry-After': '3' });
      case 'outage':
        return json(500, { message: 'Internal server error' });
      case 'hang':
        return hang(signal);
      case 'slow':
        return (await answersIn(options.slowMs ?? SLOW_MS, signal)) ? json(200, route.ok(token, host)) : 'reset';
      case 'reset':
        return 'reset';
      case 'ok':
        return json(200, route.ok(token, host));
    }
  }

  return { handle, calls };
}

/** The built-in verifiers' `baseUrls` for fake providers served at `origin` (e.g. `http://127.0.0.1:43123`). */
export function fakeProviderBaseUrls(origin: string): NonNullable<BuiltInVerifierOptions['baseUrls']> {
  const base = origin.replace(/\/+$/, '');
  return {
    stripe: `${base}/stripe`,
    gocardless: { production: `${base}/gocardless/production`, sandbox: `${base}/gocardless/sandbox` },
    shortcut: `${base}/shortcut`,
    launchdarkly: {
      commercial: `${base}/launchdarkly/commercial`,
      eu: `${base}/launchdarkly/eu`,
      federal: `${base}/launchdarkly/federal`,
    },
    remote: { production: `${base}/remote/production`, sandbox: `${base}/remote/sandbox` },
  };
}
