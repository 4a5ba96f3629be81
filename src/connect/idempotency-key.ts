import { sha256Hex } from '../sha256.js';
import type { ConnectError } from './connect-error.js';

/** A v4 UUID. `crypto.randomUUID` exists only in secure contexts, so fall back to getRandomValues. */
export function newIdempotencyKey(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x40;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  const hex = [...bytes].map((byte) => byte.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/**
 * The Idempotency-Key of each provider's last submission, known again by a SHA-256 digest of its
 * inputs and endpoint (never the inputs: they hold the secret). One per widget, so the same inputs
 * sent again keep their key while it is open whether the backend acted on them, also after Back
 * and a new visit: the request Back cancelled may have reached the backend, which can then tell a
 * second try from a second account. A success, or a refusal the backend keeps for the key,
 * forgets its entry (credential-form.tsx).
 */
export type SubmissionKeys = Map<string, { digest: string; key: string }>;

/**
 * The key for `provider`'s submission of `inputs`: the last one's if the inputs are the same, else
 * a new one. Where the page has no WebCrypto (not a secure context), always a new one.
 */
export async function submissionKey(keys: SubmissionKeys, provider: string, inputs: string): Promise<string> {
  const digest = await digestOf(inputs);
  const last = keys.get(provider);
  if (digest !== undefined && last?.digest === digest) return last.key;
  const key = newIdempotencyKey();
  if (digest === undefined) keys.delete(provider);
  else keys.set(provider, { digest, key });
  return key;
}

async function digestOf(inputs: string): Promise<string | undefined> {
  try {
    return await sha256Hex(inputs);
  } catch {
    // No WebCrypto here: `crypto.subtle` is undefined outside secure contexts.
    return undefined;
  }
}

/**
 * Whether an answer ends the submission: a 4xx the backend gives for it, and keeps for its key.
 * Not a timeout (408) or a throttle (429), which the backend runs again; not the same key still
 * being processed (409 `request_in_progress`); not a 401 without a field, about the user's session
 * rather than the key, given before the backend looks at the submission (an earlier attempt of
 * it may have linked the account).
 */
export function endsSubmission(error: ConnectError): boolean {
  const status = error.status ?? 0;
  if (status < 400 || status >= 500 || status === 408 || status === 429) return false;
  if (error.code === 'request_in_progress') return false;
  return !(status === 401 && error.field === undefined);
}
