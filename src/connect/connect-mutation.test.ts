import { MutationObserver, onlineManager, QueryClient } from '@tanstack/react-query';
import { afterEach, beforeEach, describe, expect, it, vi, type Mock } from 'vitest';
import type { ConnectedAccount } from '../contract/contract.js';
import { en } from '../i18n/messages.js';
import { ConnectError } from './connect-error.js';
import {
  MAX_ATTEMPTS,
  connectMutationOptions,
  createConnectQueryClient,
  retryDelay,
  sealSubmission,
  shouldRetry,
  type ConnectConfig,
  type ConnectSubmission,
  type ConnectVariables,
} from './connect-mutation.js';
import { MAX_RETRY_AFTER_MS, sendConnectRequest } from './connect-request.js';

const account = { id: 'acct_1', provider: 'stripe', environment: 'test' };
const variables: ConnectVariables = {
  endpoint: '/api/connect',
  body: { provider: 'stripe', environment: 'test', credentials: { api_key: 'sk_test_4eC39HqLyjWDarjtT1zdp7dc' } },
  idempotencyKey: '0b6c3a8e-5d1f-4c2a-9e7b-2f4d6a8c0e1f',
  signal: new AbortController().signal,
};

function json(status: number, payload: unknown, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(payload), { status, headers: { 'Content-Type': 'application/json', ...headers } });
}
const busy = (status: number, headers: Record<string, string> = {}) =>
  json(status, { error: { code: 'busy', message: 'Busy, try later.' } }, headers);
const ok = () => json(200, { account });

let fetchMock: Mock<typeof fetch>;
/** Answers the n-th request with the n-th response; the last one repeats. */
function answerInTurn(...responses: Array<() => Response | Promise<Response>>) {
  fetchMock = vi.fn<typeof fetch>(async () => {
    const make = responses[Math.min(fetchMock.mock.calls.length - 1, responses.length - 1)];
    if (!make) throw new Error('no response configured');
    return make();
  });
  vi.stubGlobal('fetch', fetchMock);
}

/** The ConnectError one attempt produces for a given response. */
async function errorFor(response: () => Response | Promise<Response>): Promise<ConnectError> {
  answerInTurn(response);
  const config: ConnectConfig = { headers: undefined, timeoutMs: 5_000, messages: en };
  const error: unknown = await sendConnectRequest({ ...config, ...variables }).catch((reason: unknown) => reason);
  if (!(error instanceof ConnectError)) throw new Error(`expected a ConnectError, got ${String(error)}`);
  return error;
}

/** Runs the mutation as the widget does; settles to the account or the final ConnectError. */
function runMutation(signal: AbortSignal = new AbortController().signal) {
  const client = createConnectQueryClient();
  const observer = new MutationObserver<ConnectedAccount, ConnectError, ConnectSubmission>(
    client,
    connectMutationOptions(() => ({ headers: undefined, timeoutMs: 5_000, messages: en })),
  );
  return observer.mutate(sealSubmission({ ...variables, signal })).then(
    (value) => ({ value, error: undefined }),
    (error: ConnectError) => ({ value: undefined, error }),
  );
}

function idempotencyKeys(): Array<string | null> {
  return fetchMock.mock.calls.map(([, init]) => new Headers(init?.headers).get('Idempotency-Key'));
}

afterEach(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
  onlineManager.setOnline(true);
});

describe('shouldRetry', () => {
  it.each([408, 429, 502, 503, 504])('retries a %i, at most 3 attempts in all', async (status) => {
    const error = await errorFor(() => busy(status));
    expect(MAX_ATTEMPTS).toBe(3);
    expect(shouldRetry(0, error)).toBe(true);
    expect(shouldRetry(1, error)).toBe(true);
    expect(shouldRetry(2, error)).toBe(false);
  });

  it('retries a network error, at most 3 attempts in all', async () => {
    const error = await errorFor(() => Promise.reject(new TypeError('Failed to fetch')));
    expect([0, 1, 2, 3].map((failures) => shouldRetry(failures, error))).toEqual([true, true, false, false]);
  });

  it.each([400, 401, 403, 404, 422, 500])('never retries a %i', async (status) => {
    const error = await errorFor(() => busy(status));
    expect(shouldRetry(0, error)).toBe(false);
  });

  it('never retries an unexpected 2xx body, an abort, or a foreign error', async () => {
    expect(shouldRetry(0, await errorFor(() => json(200, { nope: true })))).toBe(false);
    expect(shouldRetry(0, new ConnectError({ code: 'aborted', message: 'Cancelled.' }))).toBe(false);
    expect(shouldRetry(0, new TypeError('boom'))).toBe(false);
  });
});

describe('retryDelay', () => {
  it('waits as long as the server’s Retry-After asks', async () => {
    const error = await errorFor(() => busy(429, { 'Retry-After': '3' }));
    expect(retryDelay(0, error)).toBe(3_000);
    expect(retryDelay(1, error)).toBe(3_000);
  });

  it('caps Retry-After at 10 seconds', async () => {
    const error = await errorFor(() => busy(503, { 'Retry-After': '120' }));
    expect(MAX_RETRY_AFTER_MS).toBe(10_000);
    expect(retryDelay(0, error)).toBe(10_000);
  });

  it('backs off exponentially with jitter between half and all of the step', () => {
    const error = new ConnectError({ code: 'network', message: 'Offline.', retryable: true });
    expect(retryDelay(0, error, () => 0)).toBe(300);
    expect(retryDelay(0, error, () => 1)).toBe(600);
    expect(retryDelay(1, error, () => 0)).toBe(600);
    expect(retryDelay(1, error, () => 1)).toBe(1_200);
    expect(retryDelay(2, error, () => 0.5)).toBe(1_800);
  });

  it('never waits longer than 8 seconds without Retry-After', () => {
    const error = new ConnectError({ code: 'network', message: 'Offline.', retryable: true });
    expect(retryDelay(20, error, () => 1)).toBe(8_000);
    expect(retryDelay(20, error, () => 0)).toBe(4_000);
  });

  it('stays within the bounds with real randomness', () => {
    const error = new ConnectError({ code: 'timeout', message: 'Slow.', retryable: true });
    for (let i = 0; i < 200; i++) {
      const first = retryDelay(0, error);
      expect(first).toBeGreaterThanOrEqual(300);
      expect(first).toBeLessThanOrEqual(600);
      const second = retryDelay(1, error);
      expect(second).toBeGreaterThanOrEqual(600);
      expect(second).toBeLessThanOrEqual(1_200);
    }
  });
});

describe('the connect mutation', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });

  it('makes 3 attempts on network errors, all with the same Idempotency-Key, then fails', async () => {
    answerInTurn(() => Promise.reject(new TypeError('Failed to fetch')));
    const settled = runMutation();
    await vi.runAllTimersAsync();
    const { error } = await settled;
    expect(error).toMatchObject({ code: 'network' });
    expect(fetchMock).toHaveBeenCalledTimes(3);
    expect(new Set(idempotencyKeys())).toEqual(new Set([variables.idempotencyKey]));
  });

  it('succeeds on a retry after a 503, reusing the Idempotency-Key', async () => {
    answerInTurn(() => busy(503), ok);
    const settled = runMutation();
    await vi.runAllTimersAsync();
    expect(await settled).toEqual({ value: account, error: undefined });
    expect(idempotencyKeys()).toEqual([variables.idempotencyKey, variables.idempotencyKey]);
  });

  it('waits for Retry-After before the next attempt', async () => {
    answerInTurn(() => busy(429, { 'Retry-After': '2' }), ok);
    const settled = runMutation();
    await vi.advanceTimersByTimeAsync(1_999);
    expect(fetchMock).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(fetchMock).toHaveBeenCalledTimes(2);
    expect((await settled).value).toEqual(account);
  });

  it('waits no more than 10 seconds for a long Retry-After', async () => {
    answerInTurn(() => busy(503, { 'Retry-After': '3600' }), ok);
    const settled = runMutation();
    await vi.advanceTimersByTimeAsync(9_999);
    expect(fetchMock).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(fetchMock).toHaveBeenCalledTimes(2);
    expect((await settled).value).toEqual(account);
  });

  it.each([400, 401, 403, 422])('sends a %i once and fails', async (status) => {
    answerInTurn(() => busy(status), ok);
    const settled = runMutation();
    await vi.runAllTimersAsync();
    expect((await settled).error).toMatchObject({ status, code: 'busy' });
    expect(fetchMock).toHaveBeenCalledTimes(1);
  });

  it('sends even when the browser says it is offline, instead of pausing silently', async () => {
    onlineManager.setOnline(false);
    answerInTurn(ok);
    const settled = runMutation();
    await vi.runAllTimersAsync();
    expect((await settled).value).toEqual(account);
    expect(fetchMock).toHaveBeenCalledTimes(1);
  });

  it('sends no retry once the submission is stopped, or the widget gone', async () => {
    answerInTurn(() => busy(503), ok);
    const controller = new AbortController();
    const settled = runMutation(controller.signal);
    await vi.advanceTimersByTimeAsync(0);
    expect(fetchMock).toHaveBeenCalledTimes(1);
    controller.abort();
    await vi.runAllTimersAsync();
    expect((await settled).error).toMatchObject({ code: 'aborted' });
    expect(fetchMock).toHaveBeenCalledTimes(1);
  });
});

describe('sealSubmission', () => {
  it('is the only way to a submission: the mutation refuses a bare key, at compile time and at run time', async () => {
    const observer = new MutationObserver<ConnectedAccount, ConnectError, ConnectSubmission>(
      createConnectQueryClient(),
      connectMutationOptions(() => ({ headers: undefined, timeoutMs: 5_000, messages: en })),
    );
    // @ts-expect-error: not sealed, so not a ConnectSubmission.
    const refused: unknown = await observer.mutate({ idempotencyKey: variables.idempotencyKey }).catch((reason: unknown) => reason);
    expect(refused).toBeInstanceOf(TypeError);
  });
});

describe('createConnectQueryClient', () => {
  it('gives each widget a client of its own', () => {
    expect(createConnectQueryClient()).not.toBe(createConnectQueryClient());
  });

  it('forgets a settled submission as soon as the form stops watching it, in a host’s client too, and holds only its idempotency key', async () => {
    answerInTurn(ok);
    // A host's client, with react-query's default of five minutes.
    const client = new QueryClient();
    const observer = new MutationObserver<ConnectedAccount, ConnectError, ConnectSubmission>(
      client,
      connectMutationOptions(() => ({ headers: undefined, timeoutMs: 5_000, messages: en })),
    );
    const stopWatching = observer.subscribe(() => {});
    await observer.mutate(sealSubmission(variables));
    const cache = client.getMutationCache();
    expect(cache.getAll().map((mutation) => mutation.state.variables)).toEqual([{ idempotencyKey: variables.idempotencyKey }]);

    stopWatching();
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(cache.getAll()).toEqual([]);
  });
});
