// @vitest-environment node
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { builtInProviders } from '../providers/index.js';
import { fakeProviderExamples } from '../server/testing/fake-provider-tokens.js';
import { startFakeProviderServer, type FakeProviderServer } from '../test/fake-provider-server.js';
import type { LoggedRequest } from './mock-connect-endpoint.js';
import { createReferenceEndpoint, REFERENCE_CONNECT_LOG_PATH, REFERENCE_CONNECT_PATH } from './reference-endpoint.js';

let fake: FakeProviderServer;
let server: Server;
let origin: string;

beforeAll(async () => {
  // The `slow` example's answer at once: these tests check what it answers, not when (the e2e
  // Stop test needs the dev server's 7 s).
  fake = await startFakeProviderServer({ slowMs: 0 });
  const middleware = createReferenceEndpoint(async () => fake);
  server = createServer((req, res) => middleware(req, res, () => res.writeHead(404).end()));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  await fake.close();
});

const connect = (body: unknown, key = crypto.randomUUID()) =>
  fetch(`${origin}${REFERENCE_CONNECT_PATH}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'Idempotency-Key': key },
    body: JSON.stringify(body),
  });

describe('the dev page’s reference endpoint', () => {
  it('connects a token the fake provider accepts, named after what the provider said', async () => {
    const response = await connect({ provider: 'gocardless', environment: 'sandbox', credentials: { access_token: `sandbox_${'a'.repeat(40)}` } });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({
      account: { id: expect.stringMatching(/^acct_[0-9a-f]{16}$/), provider: 'gocardless', environment: 'sandbox', name: 'Fake Creditor Ltd' },
    });
  });

  it('answers with the provider’s rejection on the field', async () => {
    const response = await connect({ provider: 'stripe', environment: 'test', credentials: { api_key: 'sk_test_invalidKEY0000000000000' } });
    expect(response.status).toBe(422);
    expect(await response.json()).toMatchObject({ error: { code: 'invalid_credentials', field: 'api_key' } });
  });

  it('requires Shortcut write access', async () => {
    const response = await connect({ provider: 'shortcut', credentials: { api_token: 'sct_ro_workspace_0000000000000000' } });
    expect(await response.json()).toMatchObject({ error: { code: 'insufficient_permissions', field: 'api_token' } });
  });

  it('logs each request with its credentials masked', async () => {
    const key = crypto.randomUUID();
    const token = 'sk_test_aaaaaaaaaaaaBBBBBBBBBBBB';
    await connect({ provider: 'stripe', environment: 'test', credentials: { api_key: token } }, key);
    const { requests } = (await (await fetch(`${origin}${REFERENCE_CONNECT_LOG_PATH}`)).json()) as { requests: LoggedRequest[] };
    const entry = requests.find((candidate) => candidate.idempotencyKey === key);
    expect(entry).toMatchObject({ status: 200, provider: 'stripe', environment: 'test', credentials: { api_key: `sk_test_•••• (${token.length} chars)` } });
    expect(JSON.stringify(requests)).not.toContain(token);
  });

  it.each(fakeProviderExamples.map((example) => [example.token, example] as const))(
    'the playground’s example %s answers as the playground says',
    async (_token, example) => {
      const definition = builtInProviders.find((provider) => provider.id === example.id)!;
      const key = definition.fields.find((field) => field.kind === 'secret')!.key;
      const body = {
        provider: example.id,
        ...('environment' in example ? { environment: example.environment } : {}),
        credentials: { [key]: example.token },
      };
      expect((await connect(body)).status).toBe(example.status);
    },
  );
});
