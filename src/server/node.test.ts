// @vitest-environment node
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { createConnectHandler } from './create-connect-handler.js';
import { toNodeHandler, toRequest, type NodeRequestLike } from './node.js';

let server: Server | undefined;
afterEach(async () => {
  const current = server;
  server = undefined;
  if (current) {
    current.closeAllConnections();
    await new Promise<void>((resolve) => current.close(() => resolve()));
  }
});

async function listen(handler: (request: Request) => Promise<Response>): Promise<string> {
  server = createServer(toNodeHandler(handler));
  await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', () => resolve()));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

describe('toNodeHandler', () => {
  it('hands Node’s request to the handler as a Fetch Request, and writes its Response back', async () => {
    let seen: { method: string; url: string; type: string | null; body: string } | undefined;
    const origin = await listen(async (request) => {
      seen = { method: request.method, url: request.url, type: request.headers.get('content-type'), body: await request.text() };
      const headers = new Headers({ 'Content-Type': 'application/json', 'X-Test': 'yes' });
      headers.append('Set-Cookie', 'a=1');
      headers.append('Set-Cookie', 'b=2');
      return new Response('{"ok":true}', { status: 201, headers });
    });
    const response = await fetch(`${origin}/api/connect?x=1`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: '{"hello":"wörld"}',
    });
    expect(response.status).toBe(201);
    expect(response.headers.get('x-test')).toBe('yes');
    expect(response.headers.getSetCookie()).toEqual(['a=1', 'b=2']);
    expect(await response.text()).toBe('{"ok":true}');
    expect(seen).toEqual({ method: 'POST', url: `${origin}/api/connect?x=1`, type: 'application/json', body: '{"hello":"wörld"}' });
  });

  it('lets the handler stop reading a large body and still answers', async () => {
    const origin = await listen(async (request) => {
      const reader = request.body!.getReader();
      await reader.read();
      await reader.cancel();
      return new Response('{"error":{"code":"payload_too_large","message":"Too large."}}', { status: 413 });
    });
    const response = await fetch(`${origin}/`, { method: 'POST', body: 'x'.repeat(2 * 1024 * 1024) });
    expect(response.status).toBe(413);
  });

  it('answers 500 in the contract shape when the handler throws and there is no next', async () => {
    const origin = await listen(async () => {
      throw new Error('boom');
    });
    const response = await fetch(`${origin}/`, { method: 'POST', body: '{}' });
    expect(response.status).toBe(500);
    expect(await response.json()).toEqual({ error: { code: 'internal_error', message: 'Something went wrong on our side.' } });
  });
});

describe('createConnectHandler behind toNodeHandler', () => {
  const accept = async () => ({ ok: true as const, warnings: [] });
  const connect = () =>
    createConnectHandler({
      verify: { stripe: accept, gocardless: accept, shortcut: accept, launchdarkly: accept, remote: accept },
      onConnect: () => ({ id: 'acct_1' }),
    });
  const body = JSON.stringify({ provider: 'stripe', environment: 'test', credentials: { api_key: 'sk_test_aaaaaaaaaaaaBBBBBBBBBBBB' } });

  it('connects over Node’s http server', async () => {
    const origin = await listen(connect());
    const response = await fetch(`${origin}/api/connect`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body });
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(await response.json()).toEqual({ account: { id: 'acct_1', provider: 'stripe', environment: 'test' } });
  });

  it('answers 413 to a 2 MB body sent in chunks without a Content-Length', async () => {
    const origin = await listen(connect());
    const chunk = new TextEncoder().encode(' '.repeat(64 * 1024));
    let sent = 0;
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent++ >= 32) controller.close();
        else controller.enqueue(chunk);
      },
    });
    const response = await fetch(`${origin}/api/connect`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: stream,
      duplex: 'half',
    } as RequestInit & { duplex: 'half' });
    expect(response.status).toBe(413);
    expect(((await response.json()) as { error: { code: string } }).error.code).toBe('payload_too_large');
  });
});

describe('toRequest', () => {
  const base = { method: 'POST', url: '/api/connect', headers: { host: 'app.example', 'content-type': 'application/json' } };

  it('re-serialises a body that a parser (express.json) already read', async () => {
    const req = Object.assign((async function* () {})(), { ...base, readableEnded: true, body: { provider: 'stripe' } });
    expect(await toRequest(req as NodeRequestLike).text()).toBe('{"provider":"stripe"}');
  });

  it('uses https on a TLS socket and falls back on a bad Host', () => {
    const tls = Object.assign((async function* () {})(), { ...base, socket: { encrypted: true } });
    expect(toRequest(tls as NodeRequestLike).url).toBe('https://app.example/api/connect');
    const bad = Object.assign((async function* () {})(), { ...base, headers: { host: 'bad host/' } });
    expect(toRequest(bad as NodeRequestLike).url).toBe('http://localhost/api/connect');
  });
});
