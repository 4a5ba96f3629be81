import { ConnectError } from './connect-error.js';

const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * Checks the `endpoint` prop. A relative URL is the page's own origin and always allowed; an
 * absolute one must be `https:`, or `http:` on a loopback host (local development).
 * Returns a message saying how to fix it, or `undefined` when the endpoint is fine.
 */
export function endpointProblem(endpoint: unknown): string | undefined {
  if (typeof endpoint !== 'string' || endpoint.trim() === '') {
    return 'ConnectHub needs an `endpoint` prop: the URL of your backend connect endpoint, e.g. endpoint="/api/connect".';
  }
  const value = endpoint.trim();
  if (value.startsWith('//')) {
    return `ConnectHub endpoint "${value}" is protocol-relative; write it as a path ("/api/connect") or a full https: URL.`;
  }
  if (!/^[a-z][a-z0-9+.-]*:/i.test(value)) return undefined;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return `ConnectHub endpoint "${value}" is not a valid URL.`;
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
