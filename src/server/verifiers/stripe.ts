import type { Verifier } from '../types.js';
import {
  baseUrlOption,
  callProvider,
  invalidCredentials,
  insufficientPermissions,
  isFailure,
  joinUrl,
  prop,
  providerSays,
  sanitizeProviderMessage,
  secretValue,
  stringProp,
  unexpectedAnswer,
  type BuiltInFailure,
  type ProviderCallOptions,
} from './provider-call.js';

export type StripeVerifierOptions = ProviderCallOptions & {
  /** Default `https://api.stripe.com` (one host for test and live keys). */
  baseUrl?: string | undefined;
};

/**
 * Checks a Stripe secret or restricted key with `GET /v1/customers?limit=1` (`Authorization:
 * Bearer`): reading customers is the minimum the Stripe guide asks of a restricted key. Of the
 * customer it may get back, it reads only `livemode` (to compare with the chosen environment,
 * so `details.livemode` is missing for an account without customers), and keeps nothing.
 * 401 → `invalid_credentials`; 403 on a restricted key (`rk_…`) → accepted with a warning, since
 * the key is valid but cannot read customers; a 403 on a secret key → `insufficient_permissions`.
 *
 * @example
 * createConnectHandler({ verify: { stripe: stripeVerifier({ timeoutMs: 5000 }) }, onConnect });
 */
export function stripeVerifier(options: StripeVerifierOptions = {}): Verifier {
  const base = baseUrlOption('stripeVerifier', options.baseUrl, 'https://api.stripe.com');
  return async ({ provider, environment, credentials }) => {
    const key = secretValue(provider, credentials);
    const answer = await callProvider(provider, joinUrl(base, '/v1/customers?limit=1'), { Authorization: `Bearer ${key}` }, options);
    if (isFailure(answer)) return answer;
    const providerMessage = stringProp(prop(answer.json, 'error'), 'message');

    if (answer.status === 401) return invalidCredentials(provider, credentials, providerMessage);
    if (answer.status === 403) {
      if (key.startsWith('rk_')) {
        const said = sanitizeProviderMessage(providerMessage, Object.values(credentials));
        return {
          ok: true,
          warnings: [
            `This restricted key is valid but may not have every permission this app needs: it cannot read customers.${providerSays(provider, said)} Give it Read on Customers, at least, in the Stripe Dashboard (Developers → API keys).`,
          ],
          details: { restricted: true },
        };
      }
      return insufficientPermissions(
        provider,
        credentials,
        'Stripe accepted this key but refused to let it read the account.',
        providerMessage,
      );
    }
    if (answer.status < 200 || answer.status >= 300) return unexpectedAnswer(provider, answer);

    // A list has no mode of its own: its first customer, when there is one, tells it.
    const customers = prop(answer.json, 'data');
    const livemode = Array.isArray(customers) ? prop(customers[0], 'livemode') : undefined;
    // The prefix already matched the environment; a mismatch here means the key lies about itself.
    if (typeof livemode === 'boolean' && environment !== undefined && livemode !== (environment === 'production')) {
      return {
        ok: false,
        status: 422,
        code: 'invalid_credentials',
        message: `Stripe says this key belongs to ${livemode ? 'live mode' : 'test mode'}, which is not the environment you chose.`,
        field: 'environment',
      } satisfies BuiltInFailure;
    }
    return {
      ok: true,
      warnings: [],
      details: { restricted: key.startsWith('rk_'), ...(typeof livemode === 'boolean' ? { livemode } : {}) },
    };
  };
}
