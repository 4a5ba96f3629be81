import type { Verifier } from '../types.js';
import {
  baseUrlOption,
  callProvider,
  insufficientPermissions,
  invalidCredentials,
  isFailure,
  joinUrl,
  secretValue,
  stringProp,
  unexpectedAnswer,
  type BuiltInFailure,
  type ProviderCallOptions,
} from './provider-call.js';

export type LaunchDarklyVerifierOptions = ProviderCallOptions & {
  /** Per instance; defaults `https://app.launchdarkly.com`, `https://app.eu.launchdarkly.com`, `https://app.launchdarkly.us`. */
  baseUrls?: { commercial?: string | undefined; eu?: string | undefined; federal?: string | undefined } | undefined;
};

const INSTANCE_NAMES: Record<string, string> = { commercial: 'Commercial', eu: 'EU', federal: 'Federal' };

/**
 * Checks a LaunchDarkly access token with `GET /api/v2/caller-identity` on the chosen instance,
 * with the token as the raw `Authorization` value (no "Bearer"). 401 → `invalid_credentials`
 * (which may also mean the wrong instance: the message says so); 403 → `insufficient_permissions`.
 *
 * @example
 * launchdarklyVerifier({ baseUrls: { eu: 'http://127.0.0.1:4010' } });
 */
export function launchdarklyVerifier(options: LaunchDarklyVerifierOptions = {}): Verifier {
  const bases: Record<string, string> = {
    commercial: baseUrlOption('launchdarklyVerifier', options.baseUrls?.commercial, 'https://app.launchdarkly.com'),
    eu: baseUrlOption('launchdarklyVerifier', options.baseUrls?.eu, 'https://app.eu.launchdarkly.com'),
    federal: baseUrlOption('launchdarklyVerifier', options.baseUrls?.federal, 'https://app.launchdarkly.us'),
  };
  return async ({ provider, credentials }) => {
    const instance = credentials.instance || 'commercial';
    const base = bases[instance];
    if (!base) {
      return { ok: false, status: 400, code: 'invalid_request', message: 'Choose the LaunchDarkly instance you sign in at.', field: 'instance' } satisfies BuiltInFailure;
    }
    const answer = await callProvider(
      provider,
      joinUrl(base, '/api/v2/caller-identity'),
      { Authorization: secretValue(provider, credentials) },
      options,
    );
    if (isFailure(answer)) return answer;
    const providerMessage = stringProp(answer.json, 'message');

    if (answer.status === 401) {
      return invalidCredentials(
        provider,
        credentials,
        providerMessage,
        `Check that you copied all of it, that it has not been revoked, and that your account is on the ${INSTANCE_NAMES[instance] ?? instance} instance.`,
      );
    }
    if (answer.status === 403) {
      return insufficientPermissions(
        provider,
        credentials,
        'This access token may not read your account. Give it the Reader role at least (Writer or Admin for changes), or a custom role that can read it.',
        providerMessage,
      );
    }
    if (answer.status < 200 || answer.status >= 300) return unexpectedAnswer(provider, answer);

    const details: Record<string, unknown> = { instance };
    for (const key of ['accountId', 'tokenName', 'tokenKind', 'authKind'] as const) {
      const value = stringProp(answer.json, key);
      if (value) details[key] = value;
    }
    return { ok: true, warnings: [], details };
  };
}
