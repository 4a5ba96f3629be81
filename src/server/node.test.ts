// @vitest-environment node
import { createServer, type Server } from 'node:http';
import { connect as connectSocket, type AddressInfo } from 'node:net';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createConnectHandler } from './create-connect-handler.js';
import { MemoryIdempotencyStore, type IdempotencyStore } from './idempotency-store.js';
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

  it('answers 501 to a method a Fetch Request cannot carry (TRACE), instead of failing', async () => {
    const origin = await listen(async () => new Response('{}'));
    const { statuses } = await onOneSocket(origin, ['TRACE /api/connect HTTP/1.1\r\nHost: x\r\n\r\n'], 500);
    expect(statuses).toEqual(['501']);
  });

  it('aborts the Request’s signal when the client goes away before the answer', async () => {
    let reached: () => void = () => {};
    const handlerReached = new Promise<void>((resolve) => (reached = resolve));
    let aborted: Promise<void> | undefined;
    const origin = await listen(async (request) => {
      aborted = new Promise<void>((resolve) => request.signal.addEventListener('abort', () => resolve(), { once: true }));
      reached();
      await aborted;
      return new Response('{}');
    });
    const client = new AbortController();
    const sent = fetch(`${origin}/api/connect`, { method: 'POST', body: '{}', signal: client.signal }).catch(() => 'gone');
    await handlerReached;
    client.abort();
    expect(await sent).toBe('gone');
    const seen = await Promise.race([aborted!.then(() => 'aborted'), new Promise((resolve) => setTimeout(() => resolve('not aborted'), 2000))]);
    expect(seen).toBe('aborted');
  });

  it('leaves the signal alone for a client that waits for its answer, after its whole body has arrived', async () => {
    let signal: AbortSignal | undefined;
    const origin = await listen(async (request) => {
      signal = request.signal;
      await request.text();
      // Node closes the request (not the response) once its body is read: that is no reason to abort.
      await new Promise((resolve) => setTimeout(resolve, 200));
      return new Response(JSON.stringify({ aborted: request.signal.aborted }));
    });
    const response = await fetch(`${origin}/api/connect`, { method: 'POST', body: '{"provider":"stripe"}' });
    expect(await response.json()).toEqual({ aborted: false });
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(signal?.aborted).toBe(false);
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

  it('stops asking the store for a key an earlier attempt holds once the waiting client goes away', async () => {
    const inner = new MemoryIdempotencyStore();
    let claims = 0;
    const store: IdempotencyStore = {
      claim: (key, fingerprint, token) => ((claims += 1), inner.claim(key, fingerprint, token)),
      complete: (key, entry, token) => inner.complete(key, entry, token),
      release: (key, token) => inner.release(key, token),
    };
    let answerFirst: (() => void) | undefined;
    const held = new Promise<void>((resolve) => (answerFirst = resolve));
    let checks = 0;
    const origin = await listen(
      createConnectHandler({
        verify: {
          stripe: async () => ((checks += 1), await held, { ok: true, warnings: [] }),
          gocardless: accept,
          shortcut: accept,
          launchdarkly: accept,
          remote: accept,
        },
        idempotency: { store },
        onConnect: () => ({ id: 'acct_1' }),
      }),
    );
    const send = (signal?: AbortSignal) =>
      fetch(`${origin}/api/connect`, { method: 'POST', headers: { 'Content-Type': 'application/json', 'Idempotency-Key': 'held' }, body, signal });
    const first = send();
    try {
      await vi.waitFor(() => expect(checks).toBe(1));
      const gone = new AbortController();
      const again = send(gone.signal).catch(() => 'gone');
      // Its claim, then a poll: it waits.
      await vi.waitFor(() => expect(claims).toBeGreaterThanOrEqual(3), { timeout: 5000 });
      gone.abort();
      expect(await again).toBe('gone');
      // A poll already under way may still land; after that, none (the wait lasts 10 s, polls 1 s apart at most).
      await new Promise((resolve) => setTimeout(resolve, 300));
      const asked = claims;
      await new Promise((resolve) => setTimeout(resolve, 1500));
      expect(claims).toBe(asked);
    } finally {
      answerFirst!();
    }
    expect((await first).status).toBe(200);
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

/** Sends raw HTTP/1.1 requests one after another on one keep-alive socket; what came back, and when the server closed it. */
async function onOneSocket(origin: string, requests: string[], waitMs = 3_000): Promise<{ statuses: string[]; closedAfterMs: number | undefined }> {
  const { port } = new URL(origin);
  const socket = connectSocket(Number(port), '127.0.0.1');
  const started = Date.now();
  let received = '';
  let closedAfterMs: number | undefined;
  socket.on('data', (data) => (received += data.toString('latin1')));
  socket.on('error', () => {});
  const closed = new Promise<void>((resolve) => socket.on('close', () => ((closedAfterMs = Date.now() - started), resolve())));
  await new Promise<void>((resolve) => socket.on('connect', () => resolve()));
  for (const request of requests) {
    socket.write(request);
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
  await Promise.race([closed, new Promise((resolve) => setTimeout(resolve, waitMs))]);
  socket.destroy();
  return { statuses: [...received.matchAll(/HTTP\/1\.1 (\d{3})/g)].map((match) => match[1]!), closedAfterMs };
}

describe('toNodeHandler on a keep-alive connection', () => {
  const accept = async () => ({ ok: true as const, warnings: [] });
  const connect = () =>
    createConnectHandler({
      verify: { stripe: accept, gocardless: accept, shortcut: accept, launchdarkly: accept, remote: accept },
      onConnect: () => ({ id: 'acct_1' }),
    });
  const good = (() => {
    const body = JSON.stringify({ provider: 'shortcut', credentials: { api_token: `sct_rw_${'a'.repeat(20)}` } });
    return `POST /api/connect HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: ${body.length}\r\n\r\n${body}`;
  })();
  const large = 'x'.repeat(200_000);

  it('answers the next request after refusing a large body it never read', async () => {
    const origin = await listen(connect());
    const refused = `POST /api/connect HTTP/1.1\r\nHost: x\r\nContent-Type: text/plain\r\nContent-Length: ${large.length}\r\n\r\n${large}`;
    expect((await onOneSocket(origin, [refused, good])).statuses).toEqual(['415', '200']);
  });

  it('closes the connection at once after stopping mid-body, instead of leaving it stalled', async () => {
    const origin = await listen(connect());
    const chunked = `POST /api/connect HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n${(40_000).toString(16)}\r\n${large.slice(0, 40_000)}\r\n`;
    const { statuses, closedAfterMs } = await onOneSocket(origin, [chunked]);
    expect(statuses).toEqual(['413']);
    expect(closedAfterMs).toBeLessThan(2_000);
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
