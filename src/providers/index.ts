import type { ProviderDefinition } from '../definition/provider-schema.js';
import { gocardless } from './gocardless.js';
import { launchdarkly } from './launchdarkly.js';
import { remote } from './remote.js';
import { shortcut } from './shortcut.js';
import { stripe } from './stripe.js';

export { gocardless, launchdarkly, remote, shortcut, stripe };

/**
 * Every built-in provider definition, in alphabetical order of display name.
 *
 * @example
 * <ConnectHub endpoint="/api/connect" providers={[...builtInProviders, acme]} />
 */
export const builtInProviders: readonly ProviderDefinition[] = Object.freeze([
  gocardless,
  launchdarkly,
  remote,
  shortcut,
  stripe,
]);
