import type { Verifier } from '../types.js';
import {
  baseUrlOption,
  callProvider,
  environmentHost,
  insufficientPermissions,
  invalidCredentials,
  isFailure,
  joinUrl,
  prop,
  stringProp,
  unexpectedAnswer,
  secretValue,
  type ProviderCallOptions,
} from './provider-call.js';

export type GoCardlessVerifierOptions = ProviderCallOptions & {
  /** Per environment; defaults `https://api.gocardless.com` and `https://api-sandbox.gocardless.com`. */
  baseUrls?: { production?: string | undefined; sandbox?: string | undefined } | undefined;
};

const GOCARDLESS_VERSION = '2015-07-06';

/** The `reason` of each entry of a GoCardless error's `errors` list. */
function reasons(json: unknown): string[] {
  const errors = prop(prop(json, 'error'), 'errors');
  return Array.isArray(errors) ? errors.map((entry) => stringProp(entry, 'reason')).filter((r): r is string => !!r) : [];
}

/**
 * Checks a GoCardless access token with `GET /creditors?limit=1` on the environment's own host
 * (`Authorization: Bearer` and the required `GoCardless-Version` header).
 * 401 → `invalid_credentials`; 403 → `insufficient_permissions`.
 *
 * @example
 * gocardlessVerifier({ baseUrls: { sandbox: 'http://127.0.0.1:4010' } });
 */
export function gocardlessVerifier(options: GoCardlessVerifierOptions = {}): Verifier {
  const bases: Record<string, string> = {
    production: baseUrlOption('gocardlessVerifier', options.baseUrls?.production, 'https://api.gocardless.com'),
    sandbox: baseUrlOption('gocardlessVerifier', options.baseUrls?.sandbox, 'https://api-sandbox.gocardless.com'),
  };
  return async ({ provider, environment, credentials }) => {
    const base = environmentHost(bases, environment, 'Production or Sandbox');
    if (typeof base !== 'string') return base;
    const answer = await callProvider(
      provider,
      joinUrl(base, '/creditors?limit=1'),
      { Authorization: `Bearer ${secretValue(provider, credentials)}`, 'GoCardless-Version': GOCARDLESS_VERSION },
      options,
    );
    if (isFailure(answer)) return answer;
    const providerMessage = stringProp(prop(answer.json, 'error'), 'message');

    if (answer.status === 401) {
      return invalidCredentials(
        provider,
        credentials,
        providerMessage,
        `Check that you copied all of it, that it has not been revoked, and that it is a ${environment === 'sandbox' ? 'sandbox' : 'live'} token.`,
      );
    }
    if (answer.status === 403) {
      const permissions = reasons(answer.json).includes('insufficient_permissions');
      return insufficientPermissions(
        provider,
        credentials,
        permissions
          ? 'This access token may not read your account. Create a new one under Developers → API settings: Read only access is enough to connect, Read-write access lets this app make changes too.'
          : 'GoCardless refused this access token access to your account.',
        providerMessage,
      );
    }
    if (answer.status < 200 || answer.status >= 300) return unexpectedAnswer(provider, answer);

    const creditors = prop(answer.json, 'creditors');
    const creditor = Array.isArray(creditors) ? creditors[0] : undefined;
    const creditorName = stringProp(creditor, 'name');
    return { ok: true, warnings: [], details: creditorName ? { creditorName } : {} };
  };
}
