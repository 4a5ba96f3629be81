const encoder = new TextEncoder();

function hex(bytes: ArrayBuffer): string {
  return Array.from(new Uint8Array(bytes), (byte) => byte.toString(16).padStart(2, '0')).join('');
}

/**
 * SHA-256 of a string, as lowercase hex (Web Crypto: browsers in secure contexts, Node 20+,
 * workers, Deno, Bun). Shared by the widget (idempotency-key.ts) and the server.
 */
export async function sha256Hex(text: string): Promise<string> {
  return hex(await crypto.subtle.digest('SHA-256', encoder.encode(text)));
}

/** HMAC-SHA-256 of a string under `key`, as lowercase hex: a digest only the key's holder can recompute. */
export async function hmacSha256Hex(key: string, text: string): Promise<string> {
  const secret = await crypto.subtle.importKey('raw', encoder.encode(key), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
  return hex(await crypto.subtle.sign('HMAC', secret, encoder.encode(text)));
}
