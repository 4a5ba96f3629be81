// Shared by the fake providers (server side) and the dev page's playground (browser): no imports.

/**
 * How the fake providers answer, chosen by a word in the token. Every provider checks its own
 * auth header first (Bearer, raw `Authorization`, `Shortcut-Token`, `GoCardless-Version`): a
 * token sent the wrong way is a 401, as with the real API.
 *
 * LaunchDarkly tokens (and older Shortcut tokens) are a UUID, which holds no words: there the
 * first group of the UUID picks the answer instead, e.g. `api-00000401-0000-4000-8000-000000000000`.
 */
export const fakeProviderBehaviours = [
  { word: 'invalid', uuidGroup: '00000401', outcome: 'rejected: 401 with the provider’s own error body' },
  { word: 'forbidden', uuidGroup: '00000403', outcome: '403: a restricted Stripe key (rk_…) is accepted with a warning; elsewhere insufficient permissions' },
  { word: 'ratelimited', uuidGroup: '00000429', outcome: '429 with Retry-After' },
  { word: 'outage', uuidGroup: '00000500', outcome: '500: the provider is down' },
  { word: 'hang', uuidGroup: '00000504', outcome: 'never answers: the verifier times out' },
  { word: 'slow', uuidGroup: '00000007', outcome: 'answers after 7 s: past the widget’s 5 s, so it offers Stop' },
  { word: 'reset', uuidGroup: '00000000', outcome: 'the connection is dropped: provider unreachable' },
] as const;

export type FakeProviderBehaviour = (typeof fakeProviderBehaviours)[number]['word'] | 'ok';

/** The answer a token asks the fake providers for. */
export function fakeBehaviourOf(token: string): FakeProviderBehaviour {
  const uuidGroup = /(?:^|-)([0-9a-f]{8})-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.exec(token)?.[1];
  for (const behaviour of fakeProviderBehaviours) {
    if (token.includes(behaviour.word) || uuidGroup === behaviour.uuidGroup) return behaviour.word;
  }
  return 'ok';
}

/** Tokens to paste on the dev page with the reference server, what happens, and the status it answers. */
export const fakeProviderExamples = [
  { provider: 'Stripe', id: 'stripe', environment: 'test', token: 'sk_test_aaaaaaaaaaaaBBBBBBBBBBBB', outcome: 'connects', status: 200 },
  { provider: 'Stripe', id: 'stripe', environment: 'test', token: 'sk_test_invalidKEY0000000000000', outcome: 'rejected: Stripe’s message on API Key', status: 422 },
  { provider: 'Stripe', id: 'stripe', environment: 'test', token: 'rk_test_forbiddenKEY00000000000', outcome: 'restricted key: connects with a warning', status: 200 },
  { provider: 'GoCardless', id: 'gocardless', environment: 'sandbox', token: 'sandbox_invalid_0000000000000000000000000000', outcome: 'rejected', status: 422 },
  { provider: 'Shortcut', id: 'shortcut', token: 'sct_rw_workspace_0000000000000000', outcome: 'connects', status: 200 },
  { provider: 'Shortcut', id: 'shortcut', token: 'sct_ro_workspace_0000000000000000', outcome: 'read-only: this app needs write', status: 422 },
  { provider: 'LaunchDarkly', id: 'launchdarkly', token: 'api-00000401-0000-4000-8000-000000000000', outcome: 'rejected', status: 422 },
  { provider: 'Remote', id: 'remote', environment: 'sandbox', token: 'ra_test_outage', outcome: 'provider down: retried, then an error', status: 503 },
  { provider: 'Stripe', id: 'stripe', environment: 'test', token: 'sk_test_slowKEY00000000000000000', outcome: 'connects after 7 s: Stop, then Connect, gets that answer', status: 200 },
] as const satisfies ReadonlyArray<{
  provider: string;
  id: string;
  environment?: string;
  token: string;
  outcome: string;
  status: number;
}>;
