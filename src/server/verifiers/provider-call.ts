import type { ProviderDefinition } from '../../definition/provider-schema.js';
import { REDACTED, redact } from '../../redact.js';
import { readLimitedText } from '../responses.js';
import type { ServerErrorCode } from '../error-codes.js';
import type { VerificationFailure } from '../types.js';

/** Options every built-in verifier takes. */
export type ProviderCallOptions = {
  /** How long to wait for the provider; default 8 s (the widget gives up on an attempt after 15 s). */
  timeoutMs?: number | undefined;
  /** Default: the global `fetch`. Called as `fetch(url, init)`, so a function typed for a URL string will do. */
  fetch?: ((input: string, init: RequestInit) => Promise<Response>) | undefined;
  /** Sent as `User-Agent` where the runtime allows it; default `connect-hub-server`. */
  userAgent?: string | undefined;
};

/** A failure a built-in verifier answers with: its code is one of the server's own. */
export type BuiltInFailure = VerificationFailure & { code: ServerErrorCode };

export const DEFAULT_VERIFY_TIMEOUT_MS = 8000;
const MAX_PROVIDER_BODY_BYTES = 64 * 1024;
const MAX_RETRY_AFTER_SECONDS = 10;

/** A provider's answer, its body parsed as JSON when it is JSON. */
export type ProviderAnswer = { status: number; headers: Headers; json: unknown };

/**
 * One cheap read-only call to a provider. Network failures and timeouts come back as the
 * contract's `provider_unreachable` (502 / 504, retryable); everything else as the answer.
 * Redirects are refused: a redirect would carry the token to wherever it points.
 */
export async function callProvider(
  definition: ProviderDefinition,
  url: string,
  headers: Record<string, string>,
  options: ProviderCallOptions,
): Promise<ProviderAnswer | BuiltInFailure> {
  const send = options.fetch ?? globalThis.fetch;
  const signal = AbortSignal.timeout(options.timeoutMs ?? DEFAULT_VERIFY_TIMEOUT_MS);
  let response: Response;
  try {
    response = await send(url, {
      method: 'GET',
      headers: { Accept: 'application/json', 'User-Agent': options.userAgent ?? 'connect-hub-server', ...headers },
      redirect: 'error',
      signal,
    });
  } catch {
    return unreachable(definition, signal.aborted);
  }
  let json: unknown;
  try {
    const body = await readLimitedText(response.body, MAX_PROVIDER_BODY_BYTES);
    json = typeof body === 'object' ? JSON.parse(body.text) : undefined;
  } catch {
    // Not JSON, or the connection broke mid-body: the status still says enough, unless it timed out.
    if (signal.aborted) return unreachable(definition, true);
    json = undefined;
  }
  // Every provider's API answers a check it accepts with a JSON object. Anything else (a captive
  // portal's page, a proxy's, a wrong base URL's, a body cut off) is not a verified key.
  if (response.ok && (json === null || typeof json !== 'object' || Array.isArray(json))) return notTheApi(definition, response.status);
  return { status: response.status, headers: response.headers, json };
}

function notTheApi(definition: ProviderDefinition, status: number): BuiltInFailure {
  return {
    ok: false,
    status: 502,
    code: 'provider_error',
    message: `${definition.name} answered the credential check with something other than its API's answer (${status}), so the credentials could not be checked. Please try again later.`,
  };
}

function unreachable(definition: ProviderDefinition, timedOut: boolean): BuiltInFailure {
  return {
    ok: false,
    status: timedOut ? 504 : 502,
    code: 'provider_unreachable',
    message: timedOut
      ? `${definition.name} took too long to answer, so the credentials could not be checked. Please try again.`
      : `${definition.name} could not be reached to check the credentials. Please try again in a moment.`,
    retryAfterSeconds: 1,
  };
}

export function isFailure(value: ProviderAnswer | VerificationFailure): value is VerificationFailure {
  return 'ok' in value;
}

/** The field a credential message belongs to: the first secret field (the token). */
export function secretField(definition: ProviderDefinition): { key: string; label: string } {
  const field = definition.fields.find((candidate) => candidate.kind === 'secret') ?? definition.fields[0];
  return { key: field?.key ?? 'api_key', label: field?.label ?? 'credential' };
}

/** The value of the secret field. */
export function secretValue(definition: ProviderDefinition, credentials: Readonly<Record<string, string>>): string {
  return credentials[secretField(definition).key] ?? '';
}

/** A property of a JSON object, when the value is one. */
export function prop(value: unknown, key: string): unknown {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>)[key] : undefined;
}

export function stringProp(value: unknown, key: string): string | undefined {
  const found = prop(value, key);
  return typeof found === 'string' ? found : undefined;
}

/**
 * A provider's own message, made safe to show: controls stripped, length capped, and anything
 * that looks like (part of) the credential replaced, since providers echo masked keys
 * (Stripe: "Invalid API Key provided: sk_test_****abcd").
 */
export function sanitizeProviderMessage(message: string | undefined, secrets: readonly string[]): string | undefined {
  if (!message) return undefined;
  let text = redact(message.replace(/[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2060-\u2064\ufeff]/gu, ' '), secrets);
  const fragments = secrets.flatMap((secret) =>
    secret.length >= 12 ? [secret.slice(0, 8), secret.slice(-4)] : secret.length >= 4 ? [secret] : [],
  );
  text = text
    .split(/(\s+)/)
    .map((word) => (/\*{3,}/.test(word) || fragments.some((fragment) => word.includes(fragment)) ? redactWord(word) : word))
    .join('')
    .replace(/\s+/g, ' ')
    .trim();
  if (text.length > 300) text = `${text.slice(0, 299)}…`;
  return text || undefined;
}

/** Keeps a word's surrounding quotes and punctuation, replaces its middle. */
function redactWord(word: string): string {
  const match = /^([("'“‘]*)(.*?)([)"'”’.,;:!?]*)$/u.exec(word);
  return match ? `${match[1] ?? ''}${REDACTED}${match[3] ?? ''}` : REDACTED;
}

/** "Stripe says: …." or nothing, for the end of a message. */
export function providerSays(definition: ProviderDefinition, message: string | undefined): string {
  if (!message) return '';
  const sentence = /[.!?…]$/.test(message) ? message : `${message}.`;
  return ` ${definition.name} says: “${sentence}”`;
}

export function invalidCredentials(
  definition: ProviderDefinition,
  credentials: Readonly<Record<string, string>>,
  providerMessage: string | undefined,
  advice = 'Check that you copied all of it and that it has not been revoked.',
): BuiltInFailure {
  const field = secretField(definition);
  const said = sanitizeProviderMessage(providerMessage, Object.values(credentials));
  return {
    ok: false,
    status: 422,
    code: 'invalid_credentials',
    message: `${definition.name} did not accept this ${field.label}.${providerSays(definition, said)} ${advice}`,
    field: field.key,
  };
}

export function insufficientPermissions(
  definition: ProviderDefinition,
  credentials: Readonly<Record<string, string>>,
  message: string,
  providerMessage?: string,
): BuiltInFailure {
  const said = sanitizeProviderMessage(providerMessage, Object.values(credentials));
  return {
    ok: false,
    status: 422,
    code: 'insufficient_permissions',
    message: `${message}${providerSays(definition, said)}`,
    field: secretField(definition).key,
  };
}

/** Seconds from a `Retry-After` header (seconds form only), capped to what the widget honours. */
function retryAfterSeconds(headers: Headers, fallback: number): number {
  const value = headers.get('Retry-After')?.trim() ?? '';
  const seconds = /^\d+$/.test(value) ? Number(value) : fallback;
  return Math.min(Math.max(seconds, 1), MAX_RETRY_AFTER_SECONDS);
}

/**
 * Any answer a verifier has no specific meaning for: rate limits, timeouts and provider outages
 * are retryable (503 with `Retry-After`); anything else is a `provider_error`.
 */
export function unexpectedAnswer(definition: ProviderDefinition, answer: ProviderAnswer): BuiltInFailure {
  if (answer.status === 429) {
    return {
      ok: false,
      status: 503,
      code: 'provider_unavailable',
      message: `${definition.name} is limiting requests right now, so the credentials could not be checked. Please try again in a moment.`,
      retryAfterSeconds: retryAfterSeconds(answer.headers, 2),
    };
  }
  if (answer.status >= 500 || answer.status === 408) {
    return {
      ok: false,
      status: 503,
      code: 'provider_unavailable',
      message: `${definition.name} is having trouble right now (it answered ${answer.status}), so the credentials could not be checked. Please try again in a few minutes.`,
      retryAfterSeconds: retryAfterSeconds(answer.headers, 2),
    };
  }
  return {
    ok: false,
    // A 4xx here (a wrong base URL's 404, an API that changed) answers every retry the same: a 500,
    // which the widget does not send again by itself (a 502 it would, three provider calls for one
    // answer) and the handler does not keep, so the submission runs again once the host fixes it.
    status: answer.status >= 400 ? 500 : 502,
    code: 'provider_error',
    message: `${definition.name} answered the credential check unexpectedly (${answer.status}). Please try again later.`,
  };
}

/**
 * A verifier's base URL option, checked where the verifier is created: a base URL without its
 * scheme would otherwise fail every check as "could not be reached", which looks like an outage.
 */
export function baseUrlOption(verifier: string, value: string | undefined, fallback: string): string {
  if (value === undefined) return fallback;
  let protocol = '';
  try {
    protocol = new URL(value).protocol;
  } catch {
    // Not a URL at all: reported below.
  }
  if (protocol !== 'https:' && protocol !== 'http:') {
    throw new Error(`${verifier}: the base URL "${value}" is not an absolute http(s) URL; write it like "${fallback}".`);
  }
  return value;
}

/** Joins a base URL (which may carry a path, e.g. a test server's `/stripe`) and a path. */
export function joinUrl(base: string, path: string): string {
  return `${base.replace(/\/+$/, '')}${path}`;
}

/**
 * The API host of the chosen environment, or the failure to answer when the request names none
 * of the provider's environments.
 */
export function environmentHost(hosts: Readonly<Record<string, string>>, environment: string | undefined, choice: string): string | BuiltInFailure {
  const host = environment !== undefined && Object.hasOwn(hosts, environment) ? hosts[environment] : undefined;
  return host ?? { ok: false, status: 400, code: 'invalid_request', message: `Choose ${choice}.`, field: 'environment' };
}
