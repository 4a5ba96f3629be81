import { sha256Hex } from '../sha256.js';

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
 * second try from a second account. A success, or a refusal the backend keeps for the key
 * (`isRefusal`), forgets its entry (credential-form.tsx).
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
