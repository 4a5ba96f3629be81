import type { ProviderDefinition } from '../definition/provider-schema.js';

/**
 * A connect endpoint as a Fetch API function: the shape of a Next.js route handler, a Hono or
 * worker `fetch`, and (through {@link toNodeHandler}) Node's `http` server or Express.
 */
export type ConnectHandler = (request: Request) => Promise<Response>;

/** What a verifier is given: the validated, trimmed request. */
export type VerifyInput = {
  /** The provider's definition (for its name and field labels in messages). */
  provider: ProviderDefinition;
  /** The environment id; `undefined` for providers without environments. */
  environment: string | undefined;
  /** The credentials, trimmed and validated by the widget's own schema; an empty optional field is left out. */
  credentials: Readonly<Record<string, string>>;
};

/** The provider accepted the credentials. `warnings` are shown to nobody by the handler: they go to `onConnect` and into the account it returns. */
export type VerificationSuccess = {
  ok: true;
  /** Human-readable notes, e.g. that a restricted key lacks a permission. Never empty strings. */
  warnings: readonly string[];
  /** Whatever the provider said that a host may want to keep (never a credential). */
  details?: Record<string, unknown> | undefined;
};

/**
 * The provider (or the way to it) said no. `status` is the HTTP status the handler answers with;
 * `field` names the credential key (or `environment`) the message belongs to.
 */
export type VerificationFailure = {
  ok: false;
  status: number;
  code: string;
  message: string;
  field?: string | undefined;
  /** Sent as `Retry-After`; the widget retries 502/503/504 by itself. */
  retryAfterSeconds?: number | undefined;
};

export type VerificationResult = VerificationSuccess | VerificationFailure;

/**
 * Checks credentials with the real provider. Resolve with a {@link VerificationFailure} for every
 * answer you understand; a throw becomes a 500 `internal_error`.
 *
 * @example
 * const acme: Verifier = async ({ credentials }) => {
 *   const response = await fetch('https://api.acme.example/me', {
 *     headers: { Authorization: `Bearer ${credentials['api_key']}` }, signal: AbortSignal.timeout(8000) });
 *   return response.ok
 *     ? { ok: true, warnings: [] }
 *     : { ok: false, status: 422, code: 'invalid_credentials', message: 'Acme did not accept this key.', field: 'api_key' };
 * };
 */
export type Verifier = (input: VerifyInput) => Promise<VerificationResult>;

/** What `onConnect` receives. Store the credentials; never log them. */
export type ConnectInput<TAuth> = {
  /** The provider id, e.g. `stripe`. */
  provider: string;
  definition: ProviderDefinition;
  /** The environment id; `undefined` for providers without environments. */
  environment: string | undefined;
  /** Trimmed and validated; verified with the provider. */
  credentials: Readonly<Record<string, string>>;
  verification: VerificationSuccess;
  /** What `authorize` returned (e.g. the session); `undefined` without `authorize`. */
  auth: TAuth;
  /** The incoming request (its body is already read). */
  request: Request;
};

/** The account the host stored: `id` is required, `name` is shown on the widget's success screen. */
export type ConnectResult = { id: string; name?: string | undefined };

/** Where an unexpected error happened; passed to `onError`. Never holds a credential. */
export type ConnectErrorContext = {
  stage: 'authorize' | 'verify' | 'onConnect' | 'idempotency';
  provider?: string;
};
