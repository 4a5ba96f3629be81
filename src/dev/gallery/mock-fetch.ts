import type { ConnectedAccount, ConnectRequest } from '../../index.js';

/**
 * Transports for stories: each returns a `fetch` to pass as `<ConnectHub fetch>`, answering the
 * connect request the way a backend would, without a network or a dev server. A story's state
 * comes from these answers, never from reaching into the widget.
 */

type Reply = { status: number; body: unknown; delayMs?: number };

function abortError(): DOMException {
  return new DOMException('The connect request was aborted.', 'AbortError');
}

/** Waits `ms`, rejecting as `fetch` does when the widget aborts (on unmount, or on its timeout). */
function wait(ms: number, signal: AbortSignal | null | undefined): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(abortError());
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener('abort', () => {
      clearTimeout(timer);
      reject(abortError());
    });
  });
}

function readRequest(init: RequestInit | undefined): ConnectRequest {
  return JSON.parse(typeof init?.body === 'string' ? init.body : '{}') as ConnectRequest;
}

/**
 * A `fetch` that answers every connect request with the reply `answer` makes from its body.
 *
 * @example
 * const fetch = mockFetch(() => ({ status: 503, body: { error: { code: 'down', message: 'Down.' } } }));
 */
export function mockFetch(answer: (request: ConnectRequest) => Reply): typeof fetch {
  return async (_input, init) => {
    const reply = answer(readRequest(init));
    await wait(reply.delayMs ?? 0, init?.signal);
    return new Response(JSON.stringify(reply.body), {
      status: reply.status,
      headers: { 'Content-Type': 'application/json' },
    });
  };
}

/** 200 with an account for whatever provider and environment were sent. */
export function acceptConnect(account: Partial<ConnectedAccount> = {}, delayMs = 0): typeof fetch {
  return mockFetch((request) => ({
    status: 200,
    delayMs,
    body: {
      account: {
        id: `acct_${request.provider}_1Nv0FGQ9RKHgCVdK`,
        provider: request.provider,
        ...(request.environment ? { environment: request.environment } : {}),
        name: 'Acme Inc.',
        ...account,
      },
    },
  }));
}

/** 401 `invalid_credentials` with a `field`, so the message shows on that field. */
export function rejectField(field: string, message: string): typeof fetch {
  return mockFetch(() => ({ status: 401, body: { error: { code: 'invalid_credentials', message, field } } }));
}

/**
 * 500 with a JSON error and no `field`, so the message shows above Connect with Try again. A 500,
 * not a 503: the widget retries 502–504 with backoff, which would only make the story slower.
 */
export function failWithServerError(
  message = 'Something went wrong on our side while checking your key. Nothing was saved; please try again.',
): typeof fetch {
  return mockFetch(() => ({ status: 500, body: { error: { code: 'internal_error', message } } }));
}

/** Never answers (until the widget aborts it): the widget stays in its submitting state. */
export function neverAnswer(): typeof fetch {
  return (_input, init) =>
    new Promise<Response>((_resolve, reject) => {
      const signal = init?.signal;
      if (signal?.aborted) return reject(abortError());
      signal?.addEventListener('abort', () => reject(abortError()));
    });
}

/** A `timeoutMs` for stories that must stay submitting: a day, well below setTimeout's 2³¹ ms cap. */
export const NO_TIMEOUT_MS = 24 * 60 * 60 * 1000;
