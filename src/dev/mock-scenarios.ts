// Shared by the mock endpoint (Node) and the dev page (browser): keep it free of Node imports.

/**
 * How the mock connect endpoint answers, chosen per request by the `X-Mock-Scenario` header
 * (or, for a stable URL, a `?scenario=` query parameter on the endpoint). Default `success`.
 *
 * @example
 * <ConnectHub endpoint="/api/connect" headers={{ 'X-Mock-Scenario': 'flaky' }} />
 */
export const mockScenarios = [
  {
    id: 'success',
    label: 'Success',
    description: 'Valid credentials are accepted and an account is returned.',
  },
  {
    id: 'invalid-credentials',
    label: 'Invalid credentials',
    description: 'The provider rejects the token: 401 with a message on the secret field.',
  },
  {
    id: 'server-error',
    label: 'Server error',
    description: 'The provider is down: 503 provider_unavailable on every attempt.',
  },
  {
    id: 'flaky',
    label: 'Flaky',
    description: 'The first attempt of a submission fails with 503 (Retry-After: 1); the retry succeeds.',
  },
  {
    id: 'slow',
    label: 'Slow',
    description: 'Waits 8 seconds, then succeeds: after 5 the form says it is still connecting, and offers Stop.',
  },
  {
    id: 'not-json',
    label: 'Not JSON',
    description: 'A broken proxy: 500 with an HTML page instead of JSON.',
  },
] as const satisfies ReadonlyArray<{ id: string; label: string; description: string }>;

export type MockScenario = (typeof mockScenarios)[number]['id'];
