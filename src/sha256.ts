const encoder = new TextEncoder();

/**
 * SHA-256 of a string, as lowercase hex (Web Crypto: browsers in secure contexts, Node 20+,
 * workers, Deno, Bun). Shared by the widget (idempotency-key.ts) and the server.
 */
export async function sha256Hex(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', encoder.encode(text));
  return Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, '0')).join('');
}
