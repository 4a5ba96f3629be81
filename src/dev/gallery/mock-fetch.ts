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

/**
 * 500 with an HTML page, as a proxy or a crashed framework sends it: the widget cannot read an
 * error from it and says which status came back, with Try again.
 */
export function answerHtmlPage(status = 500): typeof fetch {
  return async (_input, init) => {
    await wait(0, init?.signal);
    const page = `<!doctype html><html><head><title>${status} Internal Server Error</title></head><body><h1>Internal Server Error</h1></body></html>`;
    return new Response(page, { status, headers: { 'Content-Type': 'text/html; charset=utf-8' } });
  };
}

/**
 * 503 to the first attempt of each submission, then no answer to its retries: the widget waits
 * (react-query's backoff, well under a second for the first retry), sends attempt 2, and says so
 * under Connect while it hangs. Submissions are told apart by their Idempotency-Key, which every
 * attempt of one submission shares, so Replay (a new widget, a new key) starts with a 503 again.
 */
export function unavailableThenNoAnswer(): typeof fetch {
  const answered = new Set<string>();
  const hang = neverAnswer();
  return async (input, init) => {
    const key = new Headers(init?.headers).get('Idempotency-Key') ?? '';
    if (answered.has(key)) return hang(input, init);
    answered.add(key);
    await wait(0, init?.signal);
    const body = { error: { code: 'unavailable', message: 'The service is briefly unavailable. Please try again.' } };
    return new Response(JSON.stringify(body), { status: 503, headers: { 'Content-Type': 'application/json' } });
  };
}

/**
 * A host `headers` function that fails, as a session refresh that could not be done would: the
 * widget sends nothing, and says to reload the page.
 */
export function failingHeaders(): () => Promise<Record<string, string>> {
  return () => Promise.reject(new Error('The session could not be refreshed.'));
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
