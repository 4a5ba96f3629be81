import {
  connectErrorResponseSchema,
  connectSuccessResponseSchema,
  type ConnectedAccount,
  type ConnectRequest,
} from '../contract/contract.js';
import type { Messages } from '../i18n/messages.js';
import { redact } from '../redact.js';
import { ConnectError } from './connect-error.js';

/**
 * Extra request headers: an object, or a function (e.g. to fetch a fresh session token), read at
 * each attempt. The function's `signal` aborts when the attempt ends without it (its timeout, Stop,
 * the widget unmounted), so a request it makes can stop too.
 *
 * @example
 * headers={async ({ signal }) => ({ Authorization: `Bearer ${await getSessionToken({ signal })}` })}
 */
export type ConnectHeaders =
  | Readonly<Record<string, string>>
  | ((context: { signal: AbortSignal }) => Readonly<Record<string, string>> | Promise<Readonly<Record<string, string>>>);

export type ConnectAttempt = {
  endpoint: string;
  headers: ConnectHeaders | undefined;
  body: ConnectRequest;
  idempotencyKey: string;
  /**
   * The values to mask in whatever the backend sends back: the secret fields'. Not a workspace
   * name or an instance, which an account's name may rightly hold. Default: every credential.
   */
  secrets?: readonly string[];
  /** Aborted when the user stops the submission, or the widget unmounts. */
  signal: AbortSignal;
  /** Per-attempt timeout; default {@link DEFAULT_TIMEOUT_MS}. */
  timeoutMs: number | undefined;
  messages: Messages;
  /** Default: the global `fetch`. */
  fetch?: (input: string, init: RequestInit) => Promise<Response>;
};

export const DEFAULT_TIMEOUT_MS = 15_000;
/** A server's Retry-After is honoured up to this long; past it the widget stops waiting. */
export const MAX_RETRY_AFTER_MS = 10_000;
const RETRYABLE_STATUS = new Set([408, 429, 502, 503, 504]);

/** Reads a `Retry-After` value (seconds or an HTTP date) as milliseconds from `now`. */
export function parseRetryAfter(value: string | null, now = Date.now()): number | undefined {
  if (!value) return undefined;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000;
  // Only an IMF-fixdate (RFC 9110 §5.6.7): Date.parse also accepts "1.5" or "-5" as dates.
  if (!/^[A-Za-z]{3}, \d{2} [A-Za-z]{3} \d{4} \d{2}:\d{2}:\d{2} GMT$/.test(trimmed)) return undefined;
  const date = Date.parse(trimmed);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

/**
 * What the backend sent back, with every credential in it replaced, in any string or property name
 * at any depth: an account or an error code that echoes the key must not carry it to `onSuccess`,
 * `onError`, `onEvent` or the page.
 */
function redactDeep<T>(value: T, secrets: readonly string[]): T {
  if (typeof value === 'string') return redact(value, secrets) as T;
  if (Array.isArray(value)) return value.map((item: unknown) => redactDeep(item, secrets)) as T;
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [redact(key, secrets), redactDeep(item, secrets)])) as T;
  }
  return value;
}

/**
 * The host's headers with the widget's own over them. A host `headers()` that fails (a session
 * refresh that could not be done, a header no request can carry) is not the user's connection: it
 * fails the attempt as `headers`, not retried, with the host's error as `cause`. A
 * {@link ConnectError} it throws is passed on as it is.
 */
async function requestHeaders(attempt: ConnectAttempt, signal: AbortSignal): Promise<Headers> {
  let headers: Headers;
  try {
    const given = attempt.headers;
    headers = new Headers(typeof given === 'function' ? await untilAborted(Promise.resolve({ signal }).then(given), signal) : given);
  } catch (cause) {
    if (cause instanceof ConnectError || signal.aborted) throw cause;
    throw new ConnectError({ code: 'headers', message: attempt.messages.headersFailed, cause });
  }
  // The widget's own headers win, whatever case the host spelled them in: the body is always
  // JSON and the key always ours.
  headers.set('Accept', 'application/json');
  headers.set('Content-Type', 'application/json');
  headers.set('Idempotency-Key', attempt.idempotencyKey);
  return headers;
}

/** Settles as `promise` does, or rejects once `signal` aborts: a host's `headers()` that never settles still times out. */
function untilAborted<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  return new Promise((resolve, reject) => {
    signal.addEventListener('abort', reject, { once: true });
    promise.then(resolve, reject);
  });
}

/** The body as JSON, or `undefined` when it is not JSON. Reading it can still fail (timeout, abort, network). */
async function readJson(response: Response): Promise<unknown> {
  const text = await response.text();
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/**
 * Sends one attempt of the connect request (SPEC §4) and returns the backend's account, or throws
 * a {@link ConnectError}. Retrying is the caller's job (see `connect-mutation.ts`).
 */
export async function sendConnectRequest(attempt: ConnectAttempt): Promise<ConnectedAccount> {
  const { messages, signal } = attempt;
  const secrets = attempt.secrets ?? Object.values(attempt.body.credentials);
  if (signal.aborted) throw new ConnectError({ code: 'aborted', message: messages.aborted });

  const controller = new AbortController();
  let timedOut = false;
  const onAbort = () => controller.abort();
  signal.addEventListener('abort', onAbort, { once: true });
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, attempt.timeoutMs ?? DEFAULT_TIMEOUT_MS);

  let response: Response;
  let json: unknown;
  try {
    const headers = await requestHeaders(attempt, controller.signal);
    const send = attempt.fetch ?? globalThis.fetch;
    response = await send(attempt.endpoint, {
      method: 'POST',
      headers,
      body: JSON.stringify(attempt.body),
      signal: controller.signal,
      cache: 'no-store',
      // A redirected POST would carry the key to wherever the redirect points.
      redirect: 'manual',
    });
    // The timeout and the abort cover the body too: a backend may send its headers and stall.
    if (response.type !== 'opaqueredirect') json = await readJson(response);
  } catch (cause) {
    if (signal.aborted) throw new ConnectError({ code: 'aborted', message: messages.aborted });
    if (timedOut) throw new ConnectError({ code: 'timeout', message: messages.timeout, retryable: true });
    if (cause instanceof ConnectError) throw cause;
    throw new ConnectError({ code: 'network', message: messages.network, retryable: true });
  } finally {
    clearTimeout(timer);
    signal.removeEventListener('abort', onAbort);
  }

  if (response.type === 'opaqueredirect') {
    throw new ConnectError({ code: 'invalid_response', message: messages.badResponse, status: response.status });
  }

  if (response.ok) {
    const parsed = connectSuccessResponseSchema.safeParse(json);
    if (!parsed.success) {
      throw new ConnectError({ code: 'invalid_response', message: messages.badResponse, status: response.status });
    }
    return redactDeep(parsed.data.account, secrets);
  }

  const retryable = RETRYABLE_STATUS.has(response.status);
  const retryAfterMs = parseRetryAfter(response.headers.get('Retry-After'));
  const parsed = connectErrorResponseSchema.safeParse(json);
  if (!parsed.success) {
    throw new ConnectError({
      code: 'http_error',
      message: messages.httpStatus(response.status),
      status: response.status,
      retryable,
      retryAfterMs,
    });
  }
  const { code, message, field } = redactDeep(parsed.data.error, secrets);
  throw new ConnectError({
    code,
    message,
    status: response.status,
    field,
    retryable,
    retryAfterMs,
  });
}
