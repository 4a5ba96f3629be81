// @vitest-environment node
import { randomBytes, randomUUID } from 'node:crypto';
import { createServer, IncomingMessage, ServerResponse, type Server } from 'node:http';
import { Socket, type AddressInfo } from 'node:net';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { connectErrorResponseSchema, connectSuccessResponseSchema } from '../contract/contract.js';
import {
  createMockConnectHandler,
  mockConnectEndpoint,
  mockScenarios,
  type LoggedRequest,
  type MockConnectHandlerOptions,
  type MockScenario,
} from './mock-connect-endpoint.js';

const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

function randomFrom(alphabet: string, length: number): string {
  const bytes = randomBytes(length);
  return Array.from(bytes, (byte) => alphabet[byte % alphabet.length]).join('');
}

const validRequests = {
  stripe: { provider: 'stripe', environment: 'test', credentials: { api_key: `sk_test_${randomFrom(ALNUM, 24)}` } },
  gocardless: {
    provider: 'gocardless',
    environment: 'sandbox',
    credentials: { access_token: `sandbox_${randomFrom(`${ALNUM}_=-`, 40)}` },
  },
  shortcut: { provider: 'shortcut', credentials: { api_token: randomUUID() } },
  launchdarkly: {
    provider: 'launchdarkly',
    credentials: { access_token: `api-${randomUUID()}`, instance: 'commercial' },
  },
  remote: { provider: 'remote', environment: 'sandbox', credentials: { api_token: 'ra_test_abc123' } },
} as const;

let server: Server;
let base: string;

async function start(options: MockConnectHandlerOptions = { delayMs: () => 0 }) {
  const handler = createMockConnectHandler(options);
  server = createServer((req, res) =>
    handler(req, res, () => {
      res.statusCode = 404;
      res.end('not handled by the mock');
    }),
  );
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

afterEach(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

type PostOptions = {
  scenario?: MockScenario | string;
  idempotencyKey?: string | null;
  contentType?: string | null;
  signal?: AbortSignal;
};

function post(body: unknown, options: PostOptions = {}) {
  const headers: Record<string, string> = {};
  const contentType = options.contentType === undefined ? 'application/json' : options.contentType;
  if (contentType !== null) headers['Content-Type'] = contentType;
  const key = options.idempotencyKey === undefined ? randomUUID() : options.idempotencyKey;
  if (key !== null) headers['Idempotency-Key'] = key;
  if (options.scenario !== undefined) headers['X-Mock-Scenario'] = options.scenario;
  return fetch(`${base}/api/connect`, {
    method: 'POST',
    headers,
    body: typeof body === 'string' ? body : JSON.stringify(body),
    ...(options.signal ? { signal: options.signal } : {}),
  });
}

async function expectError(response: Response, status: number, code: string, field?: string) {
  expect(response.status).toBe(status);
  expect(response.headers.get('content-type')).toBe('application/json');
  expect(response.headers.get('cache-control')).toBe('no-store');
  const body = connectErrorResponseSchema.parse(await response.json());
  expect(body.error.code).toBe(code);
  expect(body.error.field).toBe(field);
  return body.error;
}

async function readLog(): Promise<{ text: string; requests: LoggedRequest[] }> {
  const response = await fetch(`${base}/api/connect/log`);
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toBe('application/json');
  expect(response.headers.get('cache-control')).toBe('no-store');
  const text = await response.text();
  return { text, requests: (JSON.parse(text) as { requests: LoggedRequest[] }).requests };
}

describe('mock connect endpoint', () => {
  beforeEach(() => start());

  describe('given valid credentials for a built-in provider', () => {
    it.each(Object.entries(validRequests))('connects a %s account', async (id, request) => {
      const response = await post(request);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe('application/json');
      expect(response.headers.get('cache-control')).toBe('no-store');
      const { account } = connectSuccessResponseSchema.parse(await response.json());
      expect(account.id).toMatch(/^acct_[0-9a-f]{16}$/);
      expect(account.provider).toBe(id);
      if ('environment' in request) expect(account.environment).toBe(request.environment);
      else expect(account).not.toHaveProperty('environment');
      expect(account.name).toEqual(expect.any(String));
    });

    it('names the account after the provider, leaving the environment to the success screen', async () => {
      const stripe = connectSuccessResponseSchema.parse(await (await post(validRequests.stripe)).json());
      expect(stripe.account.name).toBe('Stripe account');
      const shortcut = connectSuccessResponseSchema.parse(await (await post(validRequests.shortcut)).json());
      expect(shortcut.account.name).toBe('Shortcut workspace');
    });

    it('gives every connection its own account id', async () => {
      const first = connectSuccessResponseSchema.parse(await (await post(validRequests.stripe)).json());
      const second = connectSuccessResponseSchema.parse(await (await post(validRequests.stripe)).json());
      expect(first.account.id).not.toBe(second.account.id);
    });

    it('accepts a charset parameter on the content type', async () => {
      const response = await post(validRequests.remote, { contentType: 'application/json; charset=utf-8' });
      expect(response.status).toBe(200);
    });
  });

  describe('given a request that breaks the wire contract', () => {
    it('refuses a body that is not sent as JSON with 415', async () => {
      await expectError(
        await post(validRequests.stripe, { contentType: 'text/plain' }),
        415,
        'invalid_request',
      );
    });

    it('refuses a request without an Idempotency-Key with 400', async () => {
      await expectError(await post(validRequests.stripe, { idempotencyKey: null }), 400, 'invalid_request');
    });

    it('refuses a body that is not JSON with 400, without echoing it', async () => {
      const response = await post('{"provider": "stripe", sk_test_NOTJSON', {});
      const error = await expectError(response, 400, 'invalid_request');
      expect(error.message).not.toContain('NOTJSON');
    });

    it('refuses a body without credentials with 400', async () => {
      await expectError(await post({ provider: 'stripe', environment: 'test' }), 400, 'invalid_request');
    });

    it('names the credential whose value is not a string', async () => {
      const error = await expectError(
        await post({ provider: 'stripe', environment: 'test', credentials: { api_key: 42 } }),
        400,
        'invalid_request',
        'api_key',
      );
      expect(error.message).toContain('credentials.api_key');
    });

    it('refuses a body that is a JSON array with 400', async () => {
      await expectError(await post([validRequests.stripe]), 400, 'invalid_request');
    });

    it('refuses an unknown provider with 400', async () => {
      const error = await expectError(
        await post({ provider: 'acme', credentials: { api_key: 'x' } }),
        400,
        'invalid_request',
      );
      expect(error.message).toContain('acme');
    });

    it('refuses an environment for a provider that has none with 400', async () => {
      await expectError(
        await post({ ...validRequests.shortcut, environment: 'production' }),
        400,
        'invalid_request',
      );
    });

    it('refuses a credential the provider does not declare with 400', async () => {
      await expectError(
        await post({ ...validRequests.stripe, credentials: { ...validRequests.stripe.credentials, extra: 'x' } }),
        400,
        'invalid_request',
      );
    });

    it('refuses an unknown scenario with 400', async () => {
      await expectError(await post(validRequests.stripe, { scenario: 'explode' }), 400, 'invalid_request');
    });

    it('refuses a body over 64 kB with 413', async () => {
      const huge = { ...validRequests.stripe, padding: 'x'.repeat(70 * 1024) };
      await expectError(await post(huge), 413, 'invalid_request');
    });
  });

  describe('given credentials the provider’s own rules reject', () => {
    it('puts a Stripe live key sent for Test Mode on the api_key field with 422', async () => {
      const error = await expectError(
        await post({ provider: 'stripe', environment: 'test', credentials: { api_key: `sk_live_${randomFrom(ALNUM, 24)}` } }),
        422,
        'invalid_credentials',
        'api_key',
      );
      expect(error.message).toMatch(/live/i);
      expect(error.message).toContain('Test Mode');
    });

    it('asks for an environment when a provider that has them gets none', async () => {
      const { environment: _omitted, ...withoutEnvironment } = validRequests.stripe;
      const error = await expectError(await post(withoutEnvironment), 422, 'invalid_credentials', 'environment');
      expect(error.message).toContain('Test Mode');
    });

    it('refuses an environment the provider does not have', async () => {
      await expectError(
        await post({ ...validRequests.stripe, environment: 'staging' }),
        422,
        'invalid_credentials',
        'environment',
      );
    });

    it('names a Stripe publishable key as the wrong key', async () => {
      await expectError(
        await post({ provider: 'stripe', environment: 'test', credentials: { api_key: `pk_test_${randomFrom(ALNUM, 24)}` } }),
        422,
        'invalid_credentials',
        'api_key',
      );
    });

    it('asks for a missing LaunchDarkly instance', async () => {
      await expectError(
        await post({ provider: 'launchdarkly', credentials: { access_token: `api-${randomUUID()}` } }),
        422,
        'invalid_credentials',
        'instance',
      );
    });
  });

  describe('given a mock scenario', () => {
    it('lists every scenario for the dev page', () => {
      expect(mockScenarios.map((scenario) => scenario.id)).toEqual([
        'success',
        'invalid-credentials',
        'server-error',
        'flaky',
        'slow',
        'not-json',
      ]);
      for (const scenario of mockScenarios) {
        expect(scenario.label).not.toBe('');
        expect(scenario.description).not.toBe('');
      }
    });

    it('invalid-credentials answers 401 on the secret field', async () => {
      const error = await expectError(
        await post(validRequests.stripe, { scenario: 'invalid-credentials' }),
        401,
        'invalid_credentials',
        'api_key',
      );
      expect(error.message).toBe('Stripe did not accept this API Key. Check that you copied all of it.');
    });

    it('server-error answers 503 on every attempt', async () => {
      const key = randomUUID();
      for (let attempt = 0; attempt < 3; attempt += 1) {
        await expectError(
          await post(validRequests.stripe, { scenario: 'server-error', idempotencyKey: key }),
          503,
          'provider_unavailable',
        );
      }
    });

    it('flaky fails the first attempt with Retry-After and succeeds on the retry with the same key', async () => {
      const key = randomUUID();
      const first = await post(validRequests.gocardless, { scenario: 'flaky', idempotencyKey: key });
      expect(first.headers.get('retry-after')).toBe('1');
      await expectError(first, 503, 'provider_unavailable');

      const retry = await post(validRequests.gocardless, { scenario: 'flaky', idempotencyKey: key });
      expect(retry.status).toBe(200);
      const { account } = connectSuccessResponseSchema.parse(await retry.json());
      expect(account).toMatchObject({ provider: 'gocardless', environment: 'sandbox' });

      const another = await post(validRequests.gocardless, { scenario: 'flaky' });
      expect(another.status).toBe(503);
    });

    it('flaky forgets the oldest keys beyond 500', async () => {
      const oldest = randomUUID();
      await post(validRequests.remote, { scenario: 'flaky', idempotencyKey: oldest });
      for (let index = 0; index < 500; index += 1) {
        await post(validRequests.remote, { scenario: 'flaky' });
      }
      const again = await post(validRequests.remote, { scenario: 'flaky', idempotencyKey: oldest });
      expect(again.status).toBe(503);
    });

    it('not-json answers 500 with an HTML page', async () => {
      const response = await post(validRequests.stripe, { scenario: 'not-json' });
      expect(response.status).toBe(500);
      expect(response.headers.get('content-type')).toMatch(/^text\/html/);
      expect(await response.text()).toBe('<h1>Internal Server Error</h1>');
    });

    it('still validates the request before acting out the scenario', async () => {
      await expectError(
        await post({ provider: 'stripe', environment: 'test', credentials: { api_key: 'nope' } }, { scenario: 'not-json' }),
        422,
        'invalid_credentials',
        'api_key',
      );
    });
  });

  describe('given the slow scenario', () => {
    async function restart(options: MockConnectHandlerOptions) {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
      await start(options);
    }

    it('waits before it succeeds', async () => {
      const asked: MockScenario[] = [];
      await restart({
        delayMs: (scenario) => {
          asked.push(scenario);
          return scenario === 'slow' ? 120 : 0;
        },
      });
      const started = performance.now();
      const response = await post(validRequests.shortcut, { scenario: 'slow' });
      expect(response.status).toBe(200);
      expect(performance.now() - started).toBeGreaterThanOrEqual(100);
      expect(asked).toEqual(['slow']);
      const { requests } = await readLog();
      expect(requests[0]?.durationMs).toBeGreaterThanOrEqual(100);
    });

    it('waits 8,000 ms by default (past the widget’s Stop at 5 s), and not at all in the other scenarios', async () => {
      vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
      try {
        const handler = createMockConnectHandler();
        const schedule = vi.spyOn(globalThis, 'setTimeout');
        const req = new IncomingMessage(new Socket());
        req.method = 'POST';
        req.url = '/api/connect';
        req.headers = { 'content-type': 'application/json', 'idempotency-key': randomUUID(), 'x-mock-scenario': 'slow' };
        const res = new ServerResponse(req);
        handler(req, res, () => undefined);
        req.push(JSON.stringify(validRequests.shortcut));
        req.push(null);
        await vi.waitFor(() => expect(schedule).toHaveBeenCalledWith(expect.any(Function), 8000));
        expect(res.headersSent).toBe(false);
      } finally {
        vi.useRealTimers();
      }
    });

    it('stops quietly when the client goes away, and logs it as 499', async () => {
      let arrived: () => void = () => undefined;
      const decided = new Promise<void>((resolve) => {
        arrived = resolve;
      });
      await restart({
        delayMs: (scenario) => {
          arrived();
          return scenario === 'slow' ? 10_000 : 0;
        },
      });
      const controller = new AbortController();
      const pending = post(validRequests.shortcut, { scenario: 'slow', signal: controller.signal });
      await decided;
      controller.abort();
      await expect(pending).rejects.toThrow();
      await vi.waitFor(async () => {
        const { requests } = await readLog();
        expect(requests[0]).toMatchObject({ scenario: 'slow', status: 499, provider: 'shortcut' });
      });
    });
  });

  describe('the request log', () => {
    it('records requests newest first with what the panel shows', async () => {
      const key = randomUUID();
      await post(validRequests.stripe, { idempotencyKey: key });
      await post(validRequests.shortcut, { scenario: 'invalid-credentials' });
      const { requests } = await readLog();
      expect(requests).toHaveLength(2);
      expect(requests[0]).toMatchObject({
        method: 'POST',
        scenario: 'invalid-credentials',
        status: 401,
        provider: 'shortcut',
        credentials: { api_token: '•••• (36 chars)' },
      });
      expect(requests[0]).not.toHaveProperty('environment');
      expect(requests[1]).toMatchObject({
        method: 'POST',
        idempotencyKey: key,
        scenario: 'success',
        status: 200,
        provider: 'stripe',
        environment: 'test',
        credentials: { api_key: 'sk_test_•••• (32 chars)' },
      });
      expect(new Date(requests[1]?.at ?? '').toISOString()).toBe(requests[1]?.at);
      expect(requests[1]?.durationMs).toEqual(expect.any(Number));
    });

    it('shows the LaunchDarkly instance, which is not secret', async () => {
      await post(validRequests.launchdarkly);
      const { requests } = await readLog();
      expect(requests[0]?.credentials).toEqual({ access_token: '•••• (40 chars)', instance: 'commercial' });
    });

    it('keeps at most the latest 50 requests', async () => {
      for (let index = 0; index < 55; index += 1) {
        await post(validRequests.remote, { idempotencyKey: `key-${index}` });
      }
      const { requests } = await readLog();
      expect(requests).toHaveLength(50);
      expect(requests[0]?.idempotencyKey).toBe('key-54');
      expect(requests[49]?.idempotencyKey).toBe('key-5');
    });

    it('logs requests it refused, with no credentials when the body could not be read', async () => {
      await post('not json');
      await post(validRequests.stripe, { contentType: 'text/plain' });
      const { requests } = await readLog();
      expect(requests.map((request) => [request.status, request.credentials])).toEqual([
        [415, {}],
        [400, {}],
      ]);
    });

    it('never returns a planted canary token, whatever the request', async () => {
      const secret = randomFrom(ALNUM, 24);
      const canary = `sk_test_CANARY${secret}`;
      const responses: string[] = [];
      const send = async (body: unknown, options?: PostOptions) => {
        responses.push(await (await post(body, options)).text());
      };
      const stripe = (api_key: string, environment = 'test') => ({ provider: 'stripe', environment, credentials: { api_key } });

      await send(stripe(canary));
      await send(stripe(canary), { scenario: 'invalid-credentials' });
      await send(stripe(canary), { scenario: 'flaky' });
      await send(stripe(canary), { scenario: 'server-error' });
      await send(stripe(canary), { scenario: 'not-json' });
      await send(stripe(canary, 'production'));
      await send(stripe(canary.replace('sk_test_', 'sk_live_')));
      await send(stripe(`${canary} `));
      await send({ provider: 'acme', credentials: { api_key: canary } });
      await send({ provider: 'stripe', environment: 'test', credentials: { api_key: canary, other: canary } });
      await send({ provider: 'stripe', environment: 'test', credentials: { api_key: canary, bad: 1 } });
      await send(`{"provider":"stripe","credentials":{"api_key":"${canary}"`);
      await send(stripe(canary), { contentType: 'text/plain' });
      await send(stripe(canary), { idempotencyKey: null });
      await send({ ...stripe(canary), padding: 'x'.repeat(70 * 1024) });
      await send({ provider: 'launchdarkly', credentials: { access_token: `api-${randomUUID()}`, instance: canary } });

      const { text, requests } = await readLog();
      expect(requests).toHaveLength(16);
      expect(text).not.toContain(secret);
      expect(text).not.toContain('CANARY');
      for (const response of responses) expect(response).not.toContain(secret);
      expect(requests.at(-1)?.credentials).toEqual({ api_key: 'sk_test_•••• (38 chars)' });
    });

    it('is emptied by DELETE', async () => {
      await post(validRequests.stripe);
      expect((await readLog()).requests).toHaveLength(1);
      const response = await fetch(`${base}/api/connect/log`, { method: 'DELETE' });
      expect(response.status).toBe(204);
      expect((await readLog()).requests).toEqual([]);
    });

  });

  describe('given any other request', () => {
    it.each([
      ['GET', '/api/connect'],
      ['PUT', '/api/connect'],
      ['POST', '/api/connect/log'],
      ['GET', '/api/connections'],
      ['GET', '/'],
    ])('passes %s %s on to the next middleware', async (method, path) => {
      const response = await fetch(`${base}${path}`, { method });
      expect(response.status).toBe(404);
      expect(await response.text()).toBe('not handled by the mock');
    });

    it('serves the endpoint with a query string', async () => {
      const response = await fetch(`${base}/api/connect?scenario=invalid-credentials`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'Idempotency-Key': randomUUID() },
        body: JSON.stringify(validRequests.remote),
      });
      await expectError(response, 401, 'invalid_credentials', 'api_token');
    });
  });
});

describe('mockConnectEndpoint()', () => {
  it('mounts the same handler on the dev and the preview server', () => {
    const plugin = mockConnectEndpoint();
    const mounted: unknown[] = [];
    const fakeServer = { middlewares: { use: (handler: unknown) => mounted.push(handler) } };
    const call = (hook: unknown) => {
      const fn = typeof hook === 'function' ? hook : (hook as { handler: (...args: unknown[]) => unknown }).handler;
      fn.call({}, fakeServer);
    };
    call(plugin.configureServer);
    call(plugin.configurePreviewServer);
    expect(mounted).toHaveLength(2);
    expect(typeof mounted[0]).toBe('function');
    expect(mounted[0]).toBe(mounted[1]);
  });
});
