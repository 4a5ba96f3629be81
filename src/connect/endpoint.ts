import { ConnectError } from './connect-error.js';

const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]']);

// Stand-ins for the page, one per protocol: an endpoint that resolves to this host on both is a
// path on the page's own site.
const PAGE_HOST = 'page.invalid';

const HOW = 'write it as a path ("/api/connect") or a full https: URL.';

/**
 * Checks the `endpoint` prop. A relative URL is the page's own origin and always allowed; an
 * absolute one must be `https:`, or `http:` on a loopback host (local development).
 * Returns a message saying how to fix it, or `undefined` when the endpoint is fine.
 *
 * The URL parser decides, as it will for `fetch`: it reads `\` as `/` and drops tabs, newlines
 * and leading control characters, so `/\evil.example` is another host, not a path.
 */
export function endpointProblem(endpoint: unknown): string | undefined {
  if (typeof endpoint !== 'string' || endpoint.trim() === '') {
    return 'ConnectHub needs an `endpoint` prop: the URL of your backend connect endpoint, e.g. endpoint="/api/connect".';
  }
  const value = endpoint.trim();
  let url: URL;
  let overPlainHttp: URL;
  try {
    url = new URL(value, `https://${PAGE_HOST}/`);
    overPlainHttp = new URL(value, `http://${PAGE_HOST}/`);
  } catch {
    return `ConnectHub endpoint "${value}" is not a valid URL; ${HOW}`;
  }
  if (url.host === PAGE_HOST && overPlainHttp.host === PAGE_HOST) return undefined;
  if (url.protocol !== overPlainHttp.protocol) {
    return `ConnectHub endpoint "${value}" is protocol-relative; ${HOW}`;
  }
  if (url.protocol === 'https:') return undefined;
  if (url.protocol === 'http:' && LOOPBACK.has(url.hostname)) return undefined;
  if (url.protocol === 'http:') {
    return `ConnectHub endpoint "${value}" uses plain http: on ${url.hostname}; API keys must only travel over https:. Use an https: URL (http: is allowed only on localhost, 127.0.0.1 and [::1]).`;
  }
  return `ConnectHub endpoint "${value}" must be an https: URL or a path on this site.`;
}

export function assertEndpoint(endpoint: unknown): asserts endpoint is string {
  const problem = endpointProblem(endpoint);
  if (problem) throw new ConnectError({ code: 'configuration', message: problem });
}
