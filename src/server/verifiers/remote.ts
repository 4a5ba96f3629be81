import type { Verifier } from '../types.js';
import {
  baseUrlOption,
  callProvider,
  environmentHost,
  insufficientPermissions,
  invalidCredentials,
  isFailure,
  joinUrl,
  secretValue,
  stringProp,
  unexpectedAnswer,
  type ProviderCallOptions,
} from './provider-call.js';

export type RemoteVerifierOptions = ProviderCallOptions & {
  /** Per environment; defaults `https://gateway.remote.com` and `https://gateway.remote-sandbox.com`. */
  baseUrls?: { production?: string | undefined; sandbox?: string | undefined } | undefined;
};

/**
 * Checks a Remote API token with `GET /v1/employments?page_size=1` on the environment's host
 * (`Authorization: Bearer`). 401 → `invalid_credentials`; 403 → `insufficient_permissions`.
 *
 * @example
 * remoteVerifier({ baseUrls: { sandbox: 'http://127.0.0.1:4010' } });
 */
export function remoteVerifier(options: RemoteVerifierOptions = {}): Verifier {
  const bases: Record<string, string> = {
    production: baseUrlOption('remoteVerifier', options.baseUrls?.production, 'https://gateway.remote.com'),
    sandbox: baseUrlOption('remoteVerifier', options.baseUrls?.sandbox, 'https://gateway.remote-sandbox.com'),
  };
  return async ({ provider, environment, credentials }) => {
    const base = environmentHost(bases, environment, 'Production or Sandbox');
    if (typeof base !== 'string') return base;
    const answer = await callProvider(
      provider,
      joinUrl(base, '/v1/employments?page_size=1'),
      { Authorization: `Bearer ${secretValue(provider, credentials)}` },
      options,
    );
    if (isFailure(answer)) return answer;
    const providerMessage = stringProp(answer.json, 'message');

    if (answer.status === 401) return invalidCredentials(provider, credentials, providerMessage);
    if (answer.status === 403) {
      return insufficientPermissions(
        provider,
        credentials,
        'This API token cannot read employments. Generate a token whose endpoint collections include employments, with Read Only or Full Access.',
        providerMessage,
      );
    }
    if (answer.status < 200 || answer.status >= 300) return unexpectedAnswer(provider, answer);
    return { ok: true, warnings: [], details: {} };
  };
}
