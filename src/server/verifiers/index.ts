import type { Verifier } from '../types.js';
import { gocardlessVerifier, type GoCardlessVerifierOptions } from './gocardless.js';
import { launchdarklyVerifier, type LaunchDarklyVerifierOptions } from './launchdarkly.js';
import type { ProviderCallOptions } from './provider-call.js';
import { remoteVerifier, type RemoteVerifierOptions } from './remote.js';
import { shortcutVerifier } from './shortcut.js';
import { stripeVerifier } from './stripe.js';

export { gocardlessVerifier, launchdarklyVerifier, remoteVerifier, shortcutVerifier, stripeVerifier };
export type { GoCardlessVerifierOptions, LaunchDarklyVerifierOptions, ProviderCallOptions, RemoteVerifierOptions };
export type { ShortcutVerifierOptions } from './shortcut.js';
export type { StripeVerifierOptions } from './stripe.js';

export type BuiltInVerifierOptions = ProviderCallOptions & {
  /** Where each provider's API lives; override for tests (a fake provider server) or a proxy. */
  baseUrls?:
    | {
        stripe?: string | undefined;
        gocardless?: GoCardlessVerifierOptions['baseUrls'];
        shortcut?: string | undefined;
        launchdarkly?: LaunchDarklyVerifierOptions['baseUrls'];
        remote?: RemoteVerifierOptions['baseUrls'];
      }
    | undefined;
  /** Providers the host writes to; only Shortcut tokens say whether they are read-only. */
  requireWrite?: { shortcut?: boolean | undefined } | undefined;
};

/** The built-in verifiers, keyed by the built-in providers' contract ids. */
export type BuiltInVerifiers = Record<'stripe' | 'gocardless' | 'shortcut' | 'launchdarkly' | 'remote', Verifier>;

/**
 * A verifier for each built-in provider, from PROVIDER-FACTS: the right host per environment,
 * the right auth header, one cheap read-only call with a timeout.
 *
 * @example
 * createConnectHandler({
 *   verify: { ...builtInVerifiers({ requireWrite: { shortcut: true } }), acme: acmeVerifier },
 *   onConnect,
 * });
 */
export function builtInVerifiers(options: BuiltInVerifierOptions = {}): BuiltInVerifiers {
  const { baseUrls = {}, requireWrite = {}, ...call } = options;
  return {
    stripe: stripeVerifier({ ...call, ...(baseUrls.stripe ? { baseUrl: baseUrls.stripe } : {}) }),
    gocardless: gocardlessVerifier({ ...call, ...(baseUrls.gocardless ? { baseUrls: baseUrls.gocardless } : {}) }),
    shortcut: shortcutVerifier({
      ...call,
      ...(baseUrls.shortcut ? { baseUrl: baseUrls.shortcut } : {}),
      requireWrite: requireWrite.shortcut === true,
    }),
    launchdarkly: launchdarklyVerifier({ ...call, ...(baseUrls.launchdarkly ? { baseUrls: baseUrls.launchdarkly } : {}) }),
    remote: remoteVerifier({ ...call, ...(baseUrls.remote ? { baseUrls: baseUrls.remote } : {}) }),
  };
}
