import type { Verifier } from '../types.js';
import {
  baseUrlOption,
  callProvider,
  insufficientPermissions,
  invalidCredentials,
  isFailure,
  joinUrl,
  prop,
  secretValue,
  stringProp,
  unexpectedAnswer,
  type ProviderCallOptions,
} from './provider-call.js';

export type ShortcutVerifierOptions = ProviderCallOptions & {
  /** Default `https://api.app.shortcut.com`. */
  baseUrl?: string | undefined;
  /**
   * The host writes to Shortcut: refuse read-only tokens. Only `sct_ro_…` tokens can be told
   * apart; an older UUID token does not say whether it is read-only (finding out would take a
   * write), so it is accepted with a warning.
   */
  requireWrite?: boolean | undefined;
};

const READ_ONLY_PREFIX = 'sct_ro_';

/**
 * Checks a Shortcut API token with `GET /api/v3/member` and the `Shortcut-Token` header (not
 * Bearer). 401 → `invalid_credentials`; 403 → `insufficient_permissions`; with `requireWrite`, a
 * read-only `sct_ro_…` token → `insufficient_permissions`.
 *
 * @example
 * shortcutVerifier({ requireWrite: true });
 */
export function shortcutVerifier(options: ShortcutVerifierOptions = {}): Verifier {
  const base = baseUrlOption('shortcutVerifier', options.baseUrl, 'https://api.app.shortcut.com');
  return async ({ provider, credentials }) => {
    const token = secretValue(provider, credentials);
    const answer = await callProvider(provider, joinUrl(base, '/api/v3/member'), { 'Shortcut-Token': token }, options);
    if (isFailure(answer)) return answer;
    // The error body is undocumented: use its message only when there is one.
    const providerMessage = stringProp(answer.json, 'message');

    if (answer.status === 401) return invalidCredentials(provider, credentials, providerMessage);
    if (answer.status === 403) {
      return insufficientPermissions(provider, credentials, 'Shortcut refused this API token access to the workspace.', providerMessage);
    }
    if (answer.status < 200 || answer.status >= 300) return unexpectedAnswer(provider, answer);

    const readOnly = token.startsWith(READ_ONLY_PREFIX);
    if (options.requireWrite && readOnly) {
      return insufficientPermissions(
        provider,
        credentials,
        'This is a read-only Shortcut token, but this app needs to create and update data. Generate a new token with the Read-only box unticked (Settings → My Account → API Tokens).',
      );
    }
    const warnings =
      options.requireWrite && !token.startsWith('sct_rw_')
        ? [
            'This older Shortcut token does not show whether it is read-only. If it is, this app will not be able to save changes: generate a new token with the Read-only box unticked.',
          ]
        : [];
    const workspace = stringProp(prop(answer.json, 'workspace2'), 'url_slug');
    const member = stringProp(answer.json, 'mention_name');
    return {
      ok: true,
      warnings,
      details: {
        access: readOnly ? 'read' : token.startsWith('sct_rw_') ? 'read-write' : 'unknown',
        ...(workspace ? { workspace } : {}),
        ...(member ? { member } : {}),
      },
    };
  };
}
