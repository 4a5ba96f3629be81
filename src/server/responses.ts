import type { ConnectErrorResponse } from '../contract/contract.js';
import type { ServerErrorCode } from './error-codes.js';

/** Headers on every answer: never cached (it may name an account), never sniffed. */
const BASE_HEADERS: Readonly<Record<string, string>> = {
  'Content-Type': 'application/json; charset=utf-8',
  'Cache-Control': 'no-store',
  'X-Content-Type-Options': 'nosniff',
};

export function jsonResponse(status: number, body: string, headers: Record<string, string> = {}): Response {
  return new Response(body, { status, headers: { ...BASE_HEADERS, ...headers } });
}

/** An answer of the handler's own in the contract's error shape: `{ error: { code, message, field? } }`. */
export function errorResponse(
  status: number,
  code: ServerErrorCode,
  message: string,
  options: { field?: string | undefined; headers?: Record<string, string> } = {},
): Response {
  return jsonResponse(status, errorBody(code, message, options.field), options.headers);
}

export function errorBody(code: string, message: string, field?: string): string {
  const error: ConnectErrorResponse['error'] = field === undefined ? { code, message } : { code, message, field };
  return JSON.stringify({ error });
}

/** A host's own Response (from `authorize`), with `Cache-Control: no-store` added when it has none. */
export function withNoStore(response: Response): Response {
  if (response.headers.has('Cache-Control')) return response;
  try {
    response.headers.set('Cache-Control', 'no-store');
    return response;
  } catch {
    // Immutable headers (e.g. a Response from fetch): copy.
    const headers = new Headers(response.headers);
    headers.set('Cache-Control', 'no-store');
    return new Response(response.body, { status: response.status, statusText: response.statusText, headers });
  }
}

/**
 * Reads a body of at most `limit` bytes; past it, stops reading and says so. The copy it joins
 * the chunks into is zeroed once decoded, so a credential lingers in one buffer less. (The
 * chunks themselves are left alone: a tee, e.g. `request.clone()`, shares them with its twin.)
 */
export async function readLimitedText(
  body: ReadableStream<Uint8Array> | null,
  limit: number,
): Promise<{ text: string } | 'too-large' | 'not-utf8'> {
  if (!body) return { text: '' };
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > limit) {
        await reader.cancel().catch(() => undefined);
        return 'too-large';
      }
      chunks.push(value);
    }
  } finally {
    reader.releaseLock();
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    return 'not-utf8';
  } finally {
    bytes.fill(0);
  }
}
