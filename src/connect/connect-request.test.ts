import { afterEach, beforeEach, describe, expect, it, vi, type Mock } from 'vitest';
import type { ConnectRequest } from '../contract/contract.js';
import { en } from '../i18n/messages.js';
import { ConnectError } from './connect-error.js';
import { parseRetryAfter, sendConnectRequest, type ConnectAttempt } from './connect-request.js';

const TOKEN = 'sk_test_4eC39HqLyjWDarjtT1zdp7dc';
const body: ConnectRequest = { provider: 'stripe', environment: 'test', credentials: { api_key: TOKEN } };
const account = { id: 'acct_1', provider: 'stripe', environment: 'test', name: 'Acme Ltd' };

function json(status: number, payload: unknown, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(payload), { status, headers: { 'Content-Type': 'application/json', ...headers } });
}

let fetchMock: Mock<typeof fetch>;
function answer(make: (input: RequestInfo | URL, init?: RequestInit) => Response | Promise<Response>) {
  fetchMock = vi.fn<typeof fetch>(async (input, init) => make(input, init));
  vi.stubGlobal('fetch', fetchMock);
}

function attempt(overrides: Partial<ConnectAttempt> = {}): ConnectAttempt {
  return {
    endpoint: '/api/connect',
    headers: undefined,
    body,
    idempotencyKey: '0b6c3a8e-5d1f-4c2a-9e7b-2f4d6a8c0e1f',
    signal: new AbortController().signal,
    timeoutMs: 5_000,
    messages: en,
    ...overrides,
  };
}

/** Runs one attempt that must fail, and returns its ConnectError. */
async function failure(overrides: Partial<ConnectAttempt> = {}): Promise<ConnectError> {
  const error: unknown = await sendConnectRequest(attempt(overrides)).then(
    () => undefined,
    (reason: unknown) => reason,
  );
  if (!(error instanceof ConnectError)) throw new Error(`expected a ConnectError, got ${String(error)}`);
  return error;
}

function sentInit(): RequestInit {
  const init = fetchMock.mock.calls[0]?.[1];
  if (!init) throw new Error('no request was sent');
  return init;
}

/** A fetch that never answers and rejects the way browsers do when its signal aborts. */
function hangUntilAborted(_input: RequestInfo | URL, init?: RequestInit): Promise<Response> {
  return new Promise((_, reject) => {
    init?.signal?.addEventListener('abort', () => reject(new DOMException('The operation was aborted.', 'AbortError')));
  });
}

/** A backend that sends its status and headers, then stalls mid-body; the body errors the way browsers' do when the signal aborts. */
function headersThenStall(_input: RequestInfo | URL, init?: RequestInit): Response {
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(new TextEncoder().encode('{"account":'));
      init?.signal?.addEventListener('abort', () => controller.error(new DOMException('The operation was aborted.', 'AbortError')));
    },
  });
  return new Response(body, { status: 200, headers: { 'Content-Type': 'application/json' } });
}

beforeEach(() => {
  answer(() => json(200, { account }));
});

afterEach(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

describe('sendConnectRequest', () => {
  describe('the request', () => {
    it('POSTs the body as JSON to the endpoint with exactly the contract headers', async () => {
      await sendConnectRequest(attempt());
      expect(fetchMock).toHaveBeenCalledTimes(1);
      expect(fetchMock.mock.calls[0]?.[0]).toBe('/api/connect');
      const init = sentInit();
      expect(init.method).toBe('POST');
      expect(JSON.parse(String(init.body))).toStrictEqual(body);
      // Compared as the server receives them (names are case-insensitive), whatever object carries them.
      expect(Object.fromEntries(new Headers(init.headers))).toStrictEqual({
        accept: 'application/json',
        'content-type': 'application/json',
        'idempotency-key': '0b6c3a8e-5d1f-4c2a-9e7b-2f4d6a8c0e1f',
      });
      expect(init.signal).toBeInstanceOf(AbortSignal);
    });

    it('does not follow redirects, which would carry the key elsewhere', async () => {
      await sendConnectRequest(attempt());
      expect(sentInit().redirect).toBe('manual');
    });

    it('fails without retrying when the endpoint redirects, as a browser reports it to a manual fetch', async () => {
      // What fetch gives for a 3xx under `redirect: 'manual'`: status 0, no headers, no body.
      answer(() =>
        Object.defineProperties(new Response(null), { type: { value: 'opaqueredirect' }, status: { value: 0 }, ok: { value: false } }),
      );
      expect(await failure()).toMatchObject({ code: 'invalid_response', message: en.badResponse, retryable: false });
    });

    it('times out, and retries, while the host’s headers() never settles, and tells headers() through its signal', async () => {
      const signals: AbortSignal[] = [];
      const headers = ({ signal }: { signal: AbortSignal }) => {
        signals.push(signal);
        return new Promise<Record<string, string>>(() => {});
      };
      expect(await failure({ headers, timeoutMs: 30 })).toMatchObject({ code: 'timeout', retryable: true });
      expect(fetchMock).not.toHaveBeenCalled();
      // So a host can stop the session refresh it started for the attempt.
      expect(signals).toHaveLength(1);
      expect(signals[0]!.aborted).toBe(true);
    });

    it.each([
      ['throws', () => {
        throw new Error('session expired');
      }],
      ['rejects', () => Promise.reject(new Error('session expired'))],
      ['returns a header no request can carry', () => ({ 'Bad Name': 'x' })],
    ])('sends nothing, and does not blame the connection or retry, when the host’s headers() %s', async (_, headers) => {
      const error = await failure({ headers });
      expect(error).toMatchObject({ code: 'headers', message: en.headersFailed, retryable: false });
      expect(error.message).not.toMatch(/connection/i);
      // The host's own error, for its logs (it holds no credential: headers() is given none).
      expect(error.cause).toBeInstanceOf(Error);
      expect(fetchMock).not.toHaveBeenCalled();
    });

    it('passes on a ConnectError that the host’s headers() throws, as it is', async () => {
      const own = new ConnectError({ code: 'session_expired', message: 'Sign in again to connect an account.' });
      expect(
        await failure({
          headers: () => {
            throw own;
          },
        }),
      ).toBe(own);
    });

    it('stops waiting for the host’s headers() when the widget goes away, and aborts the signal it gave headers()', async () => {
      const controller = new AbortController();
      let given: AbortSignal | undefined;
      const headers = ({ signal }: { signal: AbortSignal }) => {
        given = signal;
        return new Promise<Record<string, string>>(() => {});
      };
      const settled = failure({ headers, signal: controller.signal });
      await vi.waitFor(() => expect(given).toBeDefined());
      expect(given!.aborted).toBe(false);
      controller.abort();
      expect(await settled).toMatchObject({ code: 'aborted', retryable: false });
      expect(fetchMock).not.toHaveBeenCalled();
      expect(given!.aborted).toBe(true);
    });

    it('adds the host headers given as an object', async () => {
      await sendConnectRequest(attempt({ headers: { Authorization: 'Bearer session-1', 'X-Tenant': 'acme' } }));
      const headers = new Headers(sentInit().headers);
      expect(headers.get('Authorization')).toBe('Bearer session-1');
      expect(headers.get('X-Tenant')).toBe('acme');
      expect(headers.get('Content-Type')).toBe('application/json');
    });

    it('adds the host headers returned by an async function, asked on each attempt', async () => {
      let count = 0;
      const headers = vi.fn(async () => ({ Authorization: `Bearer session-${++count}` }));
      await sendConnectRequest(attempt({ headers }));
      await sendConnectRequest(attempt({ headers }));
      expect(headers).toHaveBeenCalledTimes(2);
      expect(new Headers(fetchMock.mock.calls[0]?.[1]?.headers).get('Authorization')).toBe('Bearer session-1');
      expect(new Headers(fetchMock.mock.calls[1]?.[1]?.headers).get('Authorization')).toBe('Bearer session-2');
    });

    it('keeps its own Content-Type and Idempotency-Key over the host’s', async () => {
      await sendConnectRequest(
        attempt({ headers: () => ({ 'Content-Type': 'text/plain', 'Idempotency-Key': 'host-key', Authorization: 'Bearer t' }) }),
      );
      const headers = new Headers(sentInit().headers);
      expect(headers.get('Content-Type')).toBe('application/json');
      expect(headers.get('Idempotency-Key')).toBe('0b6c3a8e-5d1f-4c2a-9e7b-2f4d6a8c0e1f');
      expect(headers.get('Authorization')).toBe('Bearer t');
    });

    it('keeps its own headers over the host’s whatever their case', async () => {
      await sendConnectRequest(attempt({ headers: { 'content-type': 'text/plain', 'idempotency-key': 'evil' } }));
      const headers = new Headers(sentInit().headers);
      expect(headers.get('Content-Type')).toBe('application/json');
      expect(headers.get('Idempotency-Key')).toBe('0b6c3a8e-5d1f-4c2a-9e7b-2f4d6a8c0e1f');
    });

    it('sends nothing when the widget is already gone', async () => {
      const controller = new AbortController();
      controller.abort();
      const error = await failure({ signal: controller.signal });
      expect(error).toMatchObject({ code: 'aborted', message: en.aborted, retryable: false });
      expect(fetchMock).not.toHaveBeenCalled();
    });
  });

  describe('given a 2xx answer', () => {
    it('returns the backend’s account, including fields it added', async () => {
      answer(() => json(201, { account: { ...account, plan: 'pro' } }));
      await expect(sendConnectRequest(attempt())).resolves.toStrictEqual({ ...account, plan: 'pro' });
    });

    it('hides a credential the backend echoed anywhere in the account, names and nested values included', async () => {
      answer(() => json(200, { account: { ...account, name: `Acme ${TOKEN}`, api_key: TOKEN, [TOKEN]: { seen: [TOKEN] } } }));
      const returned = await sendConnectRequest(attempt());
      expect(returned).toStrictEqual({ ...account, name: 'Acme ••••', api_key: '••••', '••••': { seen: ['••••'] } });
    });

    it.each([
      ['not JSON', () => new Response('OK', { status: 200 })],
      ['JSON without an account', () => json(200, { ok: true })],
      ['an account without an id', () => json(200, { account: { provider: 'stripe' } })],
    ])('fails with invalid_response when the body is %s', async (_, make) => {
      answer(make);
      const error = await failure();
      expect(error).toMatchObject({ code: 'invalid_response', message: en.badResponse, status: 200, retryable: false });
    });
  });

  describe('given an error answer in the contract shape', () => {
    it('carries the backend code, message, status and field', async () => {
      answer(() => json(401, { error: { code: 'invalid_credentials', message: 'Stripe did not accept this key.', field: 'api_key' } }));
      const error = await failure();
      expect(error).toBeInstanceOf(ConnectError);
      expect(error).toMatchObject({
        code: 'invalid_credentials',
        message: 'Stripe did not accept this key.',
        status: 401,
        field: 'api_key',
        retryable: false,
        retryAfterMs: undefined,
      });
    });

    it('hides a credential the backend echoed in its message', async () => {
      answer(() => json(400, { error: { code: 'invalid_credentials', message: `Key "${TOKEN}" was revoked (${TOKEN}).` } }));
      const error = await failure();
      expect(error.message).toBe('Key "••••" was revoked (••••).');
      expect(JSON.stringify({ ...error, message: error.message })).not.toContain(TOKEN);
    });

    it('hides a credential the backend echoed in a URL or in JSON within its message', async () => {
      const key = 'abc+def/ghi+jk"l=';
      const quoting = { ...body, credentials: { api_key: key } };
      answer(() => json(400, { error: { code: 'invalid_credentials', message: `GET /check?key=${encodeURIComponent(key)} said {"key":${JSON.stringify(key)}}` } }));
      const error = await failure({ body: quoting, secrets: [key] });
      expect(error.message).toBe('GET /check?key=•••• said {"key":"••••"}');
    });

    it('hides a credential of under 4 characters where it stands as a word of its own', async () => {
      const pin = { ...body, credentials: { api_key: 'Q7x' } };
      answer(() => json(422, { error: { code: 'invalid_credentials', message: 'PIN Q7x is wrong.', field: 'api_key' } }));
      const error = await failure({ body: pin, secrets: ['Q7x'] });
      expect(error).toMatchObject({ message: 'PIN •••• is wrong.', field: 'api_key' });
    });

    it('hides a credential the backend echoed in its code or field', async () => {
      answer(() => json(422, { error: { code: `rejected_${TOKEN}`, message: 'Rejected.', field: TOKEN } }));
      const error = await failure();
      expect(error).toMatchObject({ code: 'rejected_••••', message: 'Rejected.', field: '••••' });
      expect(JSON.stringify({ ...error, code: error.code, field: error.field })).not.toContain(TOKEN);
    });
  });

  describe('given an error answer that is not the contract JSON', () => {
    it('says what happened with the HTTP status', async () => {
      answer(() => new Response('<h1>Bad Gateway</h1>', { status: 500, headers: { 'Content-Type': 'text/html' } }));
      const error = await failure();
      expect(error).toMatchObject({ code: 'http_error', status: 500, retryable: false });
      expect(error.message).toBe(en.httpStatus(500));
      expect(error.message).toContain('HTTP 500');
    });

    it('also for JSON in another shape', async () => {
      answer(() => json(404, { message: 'Not found' }));
      expect(await failure()).toMatchObject({ code: 'http_error', status: 404, message: en.httpStatus(404) });
    });
  });

  describe('given a status worth retrying', () => {
    it.each([408, 429, 502, 503, 504])('marks %i as retryable', async (status) => {
      answer(() => json(status, { error: { code: 'busy', message: 'Busy.' } }));
      expect(await failure()).toMatchObject({ status, retryable: true });
    });

    it.each([400, 401, 403, 404, 409, 422, 500, 501])('does not mark %i as retryable', async (status) => {
      answer(() => json(status, { error: { code: 'nope', message: 'No.' } }));
      expect(await failure()).toMatchObject({ status, retryable: false });
    });

    it('reads Retry-After in seconds', async () => {
      answer(() => json(429, { error: { code: 'rate_limited', message: 'Slow down.' } }, { 'Retry-After': '3' }));
      expect(await failure()).toMatchObject({ code: 'rate_limited', retryable: true, retryAfterMs: 3_000 });
    });

    it('reads Retry-After as an HTTP date', async () => {
      vi.useFakeTimers({ now: new Date('2025-01-01T12:00:00Z'), toFake: ['Date'] });
      answer(() => new Response('busy', { status: 503, headers: { 'Retry-After': 'Wed, 01 Jan 2025 12:00:05 GMT' } }));
      expect(await failure()).toMatchObject({ code: 'http_error', retryable: true, retryAfterMs: 5_000 });
    });

    it('ignores a Retry-After that is neither seconds nor a whole HTTP date', async () => {
      vi.useFakeTimers({ now: new Date('2025-01-01T12:00:00Z'), toFake: ['Date'] });
      for (const value of ['soon, Wed, 01 Jan 2025 12:00:05 GMT', 'Wed, 01 Jan 2025 12:00:05 GMT+1', '3 seconds']) {
        answer(() => new Response('busy', { status: 503, headers: { 'Retry-After': value } }));
        expect(await failure(), value).toMatchObject({ code: 'http_error', retryable: true, retryAfterMs: undefined });
      }
    });
  });

  describe('given no answer', () => {
    it('fails with a retryable network error when fetch rejects', async () => {
      answer(() => Promise.reject(new TypeError('Failed to fetch')));
      expect(await failure()).toMatchObject({ code: 'network', message: en.network, retryable: true, status: undefined });
    });

    it('gives up after the timeout with a retryable timeout error', async () => {
      answer(hangUntilAborted);
      const started = Date.now();
      const error = await failure({ timeoutMs: 20 });
      // The host's timeout, not the 15 s default.
      expect(Date.now() - started).toBeLessThan(5_000);
      expect(error).toMatchObject({ code: 'timeout', message: en.timeout, retryable: true });
      expect(sentInit().signal?.aborted).toBe(true);
    });

    it('fails with aborted, not retryable, when the widget goes away mid-request', async () => {
      answer(hangUntilAborted);
      const controller = new AbortController();
      const pending = failure({ signal: controller.signal });
      await vi.waitFor(() => expect(fetchMock).toHaveBeenCalledTimes(1));
      controller.abort();
      expect(await pending).toMatchObject({ code: 'aborted', retryable: false });
    });
  });

  describe('given a backend that sends its headers and then stalls', () => {
    it('still gives up after the timeout', async () => {
      answer(headersThenStall);
      expect(await failure({ timeoutMs: 20 })).toMatchObject({ code: 'timeout', message: en.timeout, retryable: true });
    });

    it('fails with aborted when the widget goes away while the body is on its way', async () => {
      answer(headersThenStall);
      const controller = new AbortController();
      const pending = failure({ signal: controller.signal });
      await vi.waitFor(() => expect(fetchMock).toHaveBeenCalledTimes(1));
      await new Promise((resolve) => setTimeout(resolve, 10));
      controller.abort();
      expect(await pending).toMatchObject({ code: 'aborted', retryable: false });
    });
  });
});

describe('parseRetryAfter', () => {
  const now = Date.parse('2025-01-01T12:00:00Z');

  it.each([
    ['0', 0],
    ['3', 3_000],
    [' 120 ', 120_000],
    ['Wed, 01 Jan 2025 12:00:05 GMT', 5_000],
    ['Wed, 01 Jan 2025 11:59:00 GMT', 0],
  ])('reads %j as %i ms', (value, expected) => {
    expect(parseRetryAfter(value, now)).toBe(expected);
  });

  it.each([null, '', 'soon', '-5', '1.5', '2025-01-01'])('ignores %j', (value) => {
    expect(parseRetryAfter(value, now)).toBeUndefined();
  });
});
