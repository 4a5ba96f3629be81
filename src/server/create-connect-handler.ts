import { connectRequestSchema, type ConnectedAccount } from '../contract/contract.js';
import { isRefusal } from '../contract/refusal.js';
import { buildCredentialSchema, type CredentialSchema } from '../credentials/credential-schema.js';
import { defineProvider, type ProviderDefinition } from '../definition/provider-schema.js';
import type { MessageCatalogue } from '../i18n/locale-pack.js';
import { builtInProviders } from '../providers/index.js';
import { redact } from '../redact.js';
import { hmacSha256Hex, sha256Hex } from '../sha256.js';
import { MemoryIdempotencyStore, type IdempotencyStore, type StoredResponse } from './idempotency-store.js';
import { errorBody, errorResponse, jsonResponse, readLimitedText, withNoStore } from './responses.js';
import type {
  ConnectErrorContext,
  ConnectHandler,
  ConnectInput,
  ConnectResult,
  VerificationFailure,
  VerificationSuccess,
  Verifier,
} from './types.js';
import { builtInVerifiers } from './verifiers/index.js';

export const DEFAULT_MAX_BODY_BYTES = 32 * 1024;
const MAX_IDEMPOTENCY_KEY_LENGTH = 255;
const MAX_ECHOED = 64;
/**
 * How long a request whose key an earlier attempt holds waits for its answer, by default: well
 * within the widget's 15 s attempt timeout (`DEFAULT_TIMEOUT_MS` in src/connect), with time left
 * for `authorize`, the body and the way back.
 */
const DEFAULT_PENDING_WAIT_MS = 10_000;
/** While it waits, the request asks the store again after 100 ms, then twice as long each time, up to 1 s. */
const FIRST_POLL_MS = 100;
const MAX_POLL_MS = 1000;

/** What `authorize` may answer: the session (anything truthy) to go on, `false`/`null`/`undefined` for 401, or a Response of your own. */
export type AuthorizeResult<TAuth> = TAuth | Response | false | null | undefined;

/** Your session check; see {@link ConnectHandlerOptions}' `authorize`. */
type Authorize<TAuth> = (request: Request) => AuthorizeResult<TAuth> | Promise<AuthorizeResult<TAuth>>;

/**
 * What {@link createConnectHandler} takes. `authorize` is required when `TAuth` (what `onConnect`
 * receives as `auth`) cannot be `undefined`: without it, `auth` would be `undefined` at run time.
 *
 * @example
 * const options: ConnectHandlerOptions<Session> = {
 *   authorize: getSession,
 *   idempotency: { scope: (session) => session.userId },
 *   onConnect: saveAccount,
 * };
 * export const POST = createConnectHandler(options);
 */
export type ConnectHandlerOptions<TAuth = undefined> = {
  /** The providers accepted; default: the built-in ones. */
  providers?: readonly ProviderDefinition[] | undefined;
  /**
   * A verifier per provider id; default {@link builtInVerifiers}(). Every provider must have one:
   * a provider without a verifier is a configuration error, thrown at creation.
   */
  verify?: Readonly<Record<string, Verifier>> | undefined;
  /**
   * Stores the verified account (the credentials in your vault or database) and returns its id
   * and, optionally, a display name. Throw {@link ConnectHandlerError} to answer with your own
   * error (e.g. 409 `already_connected`); any other throw becomes a 500 `internal_error`.
   */
  onConnect: (input: ConnectInput<TAuth>) => ConnectResult | Promise<ConnectResult>;
  /**
   * Your session check, run before the body is read (do not read the body). Return the session
   * (or `true`) to go on; `false`, `null` or `undefined` answers 401 `unauthorized`; a Response is
   * sent as it is. Required when `TAuth` cannot be `undefined`; with it, `idempotency.scope` is too.
   */
  authorize?: Authorize<TAuth> | undefined;
  idempotency?:
    | {
        /** Default: a {@link MemoryIdempotencyStore} of this handler's own. */
        store?: IdempotencyStore | undefined;
        /**
         * Keys are kept per scope: return the user or tenant id, so that one user's key never
         * replays another's answer. Required with `authorize` (thrown at creation without it);
         * without `authorize`, one scope for everybody (a replay must still match the body,
         * credentials included).
         */
        scope?: ((auth: TAuth) => string) | undefined;
        /** Refuse requests without an `Idempotency-Key` (the widget always sends one); default false. */
        required?: boolean | undefined;
        /**
         * How long a request whose key an earlier attempt still holds (the same body: the user
         * pressed Stop and Connect again, the widget retried after its 15 s timeout, a double submit)
         * waits for that attempt, asking the store again with backoff (100 ms up to 1 s). It then
         * answers with what the attempt became: its kept answer (replayed), or, when the attempt
         * ended in an error the widget retries, its own run. Still running at the end: 409
         * `request_in_progress`. Default 10 s, well within the widget's 15 s attempt; `0` answers 409 at once.
         *
         * @example
         * idempotency: { scope: (session) => session.userId, pendingWaitMs: 5000 }
         */
        pendingWaitMs?: number | undefined;
      }
    | undefined;
  /** Also accept `Sec-Fetch-Site: same-site` (a sibling subdomain posting); default false. */
  allowSameSite?: boolean | undefined;
  /** Larger bodies get 413; default 32 kB. */
  maxBodyBytes?: number | undefined;
  /** The widget's messages for credential errors, e.g. a locale pack's; default English (the widget's own `en`). */
  messages?: MessageCatalogue | undefined;
  /**
   * Unexpected errors (a verifier or `onConnect` throwing). The default logs one line with the
   * error's name and message, every submitted credential value redacted from it.
   */
  onError?: ((error: unknown, context: ConnectErrorContext) => void) | undefined;
  // Without `authorize`, `auth` is `undefined`: a session type that cannot be undefined needs it,
  // and a scope for its keys (createConnectHandler also throws without one, for plain JS).
  // In the type itself, so that options typed with it are accepted by createConnectHandler.
} & (undefined extends TAuth ? unknown : { authorize: Authorize<TAuth>; idempotency: { scope: (auth: TAuth) => string } });

/**
 * Thrown from `onConnect` (or a verifier) to answer with an error of your own in the contract's
 * shape.
 *
 * @example
 * throw new ConnectHandlerError({ status: 409, code: 'already_connected',
 *   message: 'This Stripe account is already connected.' });
 */
export class ConnectHandlerError extends Error {
  /** `'ConnectHandlerError'`, or the name a subclass of yours gives itself (the default `onError` logs it). */
  override name: 'ConnectHandlerError' | (string & {}) = 'ConnectHandlerError';
  readonly status: number;
  readonly code: string;
  readonly field: string | undefined;
  readonly retryAfterSeconds: number | undefined;

  constructor(init: {
    status: number;
    code: string;
    message: string;
    field?: string | undefined;
    retryAfterSeconds?: number | undefined;
  }) {
    super(init.message);
    this.status = init.status;
    this.code = init.code;
    this.field = init.field;
    this.retryAfterSeconds = init.retryAfterSeconds;
  }
}

function truncate(value: string, max = MAX_ECHOED): string {
  return value.length > max ? `${value.slice(0, max)}…` : value;
}

function pathText(path: ReadonlyArray<PropertyKey>): string {
  return path.map((part) => truncate(String(part))).join('.');
}

function describeIssue(issue: { code: string; path: ReadonlyArray<PropertyKey>; expected?: unknown }): string {
  const where = issue.path.length === 0 ? 'The body' : `"${pathText(issue.path)}"`;
  if (issue.code === 'invalid_type' && typeof issue.expected === 'string') {
    const expected = issue.expected === 'object' || issue.expected === 'record' ? 'an object' : `a ${issue.expected}`;
    return `${where} must be ${expected}.`;
  }
  if (issue.code === 'too_small') return `${where} must not be empty.`;
  return `${where} is not valid.`;
}

/** The contract's `field` for a schema path: a credential key, `environment` or `provider`. */
function issueField(path: ReadonlyArray<PropertyKey>): string | undefined {
  const [head, key] = path;
  if (head === 'environment' || head === 'provider') return head;
  if (head === 'credentials' && typeof key === 'string') return truncate(key);
  return undefined;
}

const SITE_VALUES = new Set(['same-origin', 'same-site', 'cross-site', 'none']);

type OnError = (error: unknown, context: ConnectErrorContext) => void;

function defaultOnError(secrets: readonly string[]): OnError {
  return (error, context) => {
    const detail = error instanceof Error ? `${error.name}: ${error.message}` : typeof error;
    console.error(
      `[connect-hub/server] ${context.stage} failed${context.provider ? ` for ${context.provider}` : ''}: ${redact(detail, secrets)}`,
    );
  };
}

/** An answer to a submission, and whether it is final for its Idempotency-Key (kept and replayed). */
type Outcome = { response: StoredResponse; final: boolean };

const isText = (value: unknown): value is string => typeof value === 'string' && value !== '';

/**
 * A failure in the contract's shape. Whatever message a verifier, `onConnect` or a
 * `ConnectHandlerError` words, the submitted secrets are redacted from it: the answer goes over the
 * wire, through proxies and into the idempotency store.
 */
function failureOutcome(
  failure: Pick<VerificationFailure, 'status' | 'code' | 'message' | 'field' | 'retryAfterSeconds'>,
  secrets: readonly string[] = [],
): Outcome {
  // A failure the widget could not read (no code or message, a plain-JS verifier's or host's
  // mistake) is ours to fix, and is not kept for its key.
  if (!isText(failure.code) || !isText(failure.message)) {
    return failureOutcome({ status: 500, code: 'internal_error', message: 'Something went wrong on our side. Please try again later.' });
  }
  // A failure is never a 2xx (the widget would read it as an account): anything else is ours to fix.
  const status = Number.isInteger(failure.status) && failure.status >= 400 && failure.status <= 599 ? failure.status : 500;
  const { code } = failure;
  const field = isText(failure.field) ? failure.field : undefined;
  return {
    response: {
      status,
      body: errorBody(code, redact(failure.message, secrets), field),
      ...(failure.retryAfterSeconds === undefined ? {} : { headers: { 'Retry-After': String(failure.retryAfterSeconds) } }),
    },
    // The widget's own rule, so that what it sends again under the same key runs again here.
    final: isRefusal({ status, code, field }),
  };
}


type ValidRequest = {
  definition: ProviderDefinition;
  environment: string | undefined;
  credentials: Record<string, string>;
};

/** Method and `Sec-Fetch-Site`: checked before anything else is looked at. */
function checkOrigin(request: Request, allowedSites: ReadonlySet<string>): Response | undefined {
  if (request.method !== 'POST') {
    return errorResponse(405, 'method_not_allowed', 'Send the connect request with POST.', { headers: { Allow: 'POST' } });
  }
  // Browsers say where a request comes from; a cross-site page must not connect accounts in the
  // user's name. No header: a non-browser client (curl, a server), which a CSRF attack cannot be.
  const site = request.headers.get('Sec-Fetch-Site')?.trim().toLowerCase();
  if (site !== undefined && !allowedSites.has(site)) {
    const from = site === 'same-site' ? 'another subdomain' : 'another site';
    return errorResponse(
      403,
      'cross_site_request',
      SITE_VALUES.has(site) ? `Connect requests from ${from} are not allowed.` : 'This request was refused.',
    );
  }
  return undefined;
}

/** `Content-Type: application/json` (UTF-8): a cross-site form cannot send it without a CORS preflight. */
function checkContentType(request: Request): Response | undefined {
  const header = request.headers.get('Content-Type') ?? '';
  const [type, ...parameters] = header.split(';');
  if (type?.trim().toLowerCase() !== 'application/json') {
    return errorResponse(415, 'unsupported_media_type', 'Send the connect request as Content-Type: application/json.');
  }
  const charset = parameters
    .map((parameter) => parameter.split('='))
    .find(([name]) => name?.trim().toLowerCase() === 'charset')?.[1]
    ?.trim()
    .replace(/^"|"$/g, '')
    .toLowerCase();
  if (charset !== undefined && charset !== 'utf-8' && charset !== 'utf8') {
    return errorResponse(415, 'unsupported_media_type', 'Send the connect request as UTF-8 JSON.');
  }
  return undefined;
}

/** The `Idempotency-Key`, `undefined` when there is none, or the 400 for a bad one. */
function readIdempotencyKey(request: Request, required: boolean): string | undefined | Response {
  const key = request.headers.get('Idempotency-Key')?.trim();
  if (key === undefined && !required) return undefined;
  if (key === undefined || key === '' || key.length > MAX_IDEMPOTENCY_KEY_LENGTH || /[^\x20-\x7e]/.test(key)) {
    return errorResponse(
      400,
      'invalid_request',
      `${required && key === undefined ? 'An Idempotency-Key header is required. It' : 'The Idempotency-Key header'} must be printable ASCII of at most ${MAX_IDEMPOTENCY_KEY_LENGTH} characters.`,
    );
  }
  return key;
}

/** Reads and validates the body with the widget's own schemas; the first problem answers. */
async function readConnectRequest(
  request: Request,
  maxBodyBytes: number,
  providers: ReadonlyMap<string, ProviderDefinition>,
  schemaFor: (definition: ProviderDefinition) => CredentialSchema,
): Promise<ValidRequest | Response> {
  const tooLarge = () =>
    errorResponse(413, 'payload_too_large', `The request body is larger than ${Math.floor(maxBodyBytes / 1024)} kB.`);
  const declaredLength = Number(request.headers.get('Content-Length') ?? '0');
  if (Number.isFinite(declaredLength) && declaredLength > maxBodyBytes) return tooLarge();
  let read: Awaited<ReturnType<typeof readLimitedText>>;
  try {
    read = await readLimitedText(request.body, maxBodyBytes);
  } catch {
    return errorResponse(400, 'invalid_request', 'The request body could not be read.');
  }
  if (read === 'too-large') return tooLarge();
  if (read === 'not-utf8') return errorResponse(400, 'invalid_request', 'The request body is not valid UTF-8.');

  let json: unknown;
  try {
    json = JSON.parse(read.text);
  } catch {
    // The parser's own message quotes the input, which may hold a token: never echo it.
    return errorResponse(400, 'invalid_request', 'The request body is not valid JSON.');
  }
  const parsed = connectRequestSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return errorResponse(400, 'invalid_request', `Invalid connect request: ${issue ? describeIssue(issue) : 'the body is not valid.'}`, {
      field: issue ? issueField(issue.path) : undefined,
    });
  }
  const body = parsed.data;
  const definition = providers.get(body.provider);
  if (!definition) {
    return errorResponse(
      400,
      'invalid_request',
      `Unknown provider "${truncate(body.provider)}". Known providers: ${[...providers.keys()].join(', ')}.`,
      { field: 'provider' },
    );
  }
  if (definition.environments.length === 0 && body.environment !== undefined) {
    return errorResponse(400, 'invalid_request', `${definition.name} has no environments: leave out "environment".`, {
      field: 'environment',
    });
  }
  const unknownKey = Object.keys(body.credentials).find((key) => !definition.fields.some((field) => field.key === key));
  if (unknownKey !== undefined) {
    return errorResponse(
      400,
      'invalid_request',
      `${definition.name} has no credential "${truncate(unknownKey)}". Expected: ${definition.fields.map((field) => field.key).join(', ')}.`,
      { field: truncate(unknownKey) },
    );
  }

  // The widget leaves out empty optional fields; the form schema expects every key. A missing
  // select takes its default, as the widget's form starts with it.
  const checked = schemaFor(definition).safeParse({
    environment: body.environment ?? '',
    credentials: Object.fromEntries(
      definition.fields.map((field) => [field.key, body.credentials[field.key] ?? field.defaultValue ?? '']),
    ),
  });
  if (!checked.success) {
    const issue = checked.error.issues[0];
    return errorResponse(422, 'invalid_credentials', issue?.message ?? `${definition.name} credentials are not valid.`, {
      field: (issue && issueField(issue.path)) ?? 'environment',
    });
  }
  return {
    definition,
    environment: definition.environments.length > 0 ? checked.data.environment : undefined,
    // Trimmed, and only the keys with a value, as the widget sends them.
    credentials: Object.fromEntries(Object.entries(checked.data.credentials).filter(([, value]) => value !== '')),
  };
}

/**
 * An HMAC-SHA-256 of the canonical request under its Idempotency-Key (never the request: the store
 * holds no credential). Keyed, because a plain digest of a guessable field (a PIN, a subdomain)
 * could be checked against every guess by whoever reads the store, which keeps only a digest of
 * the key itself.
 */
function fingerprintOf(idempotencyKey: string, scope: string, { definition, environment, credentials }: ValidRequest): Promise<string> {
  const entries = Object.entries(credentials).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return hmacSha256Hex(idempotencyKey, JSON.stringify([scope, definition.id, environment ?? null, entries]));
}

function send(stored: StoredResponse, extraHeaders: Record<string, string> = {}): Response {
  return jsonResponse(stored.status, stored.body, { ...stored.headers, ...extraHeaders });
}

const inProgress = () =>
  errorResponse(409, 'request_in_progress', 'This connection is still being processed. Wait a moment, then try again.', {
    headers: { 'Retry-After': '1' },
  });

/** Resolves after `ms`, or as soon as `signal` aborts. */
function pause(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      signal.removeEventListener('abort', done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    signal.addEventListener('abort', done, { once: true });
  });
}

/**
 * The backend half of ConnectHub: a connect endpoint that checks each token with the real
 * provider before your `onConnect` stores the account. Runs wherever the Fetch API does (Node
 * 20+, Next.js route handlers, Hono, workers); for Node's `http` or Express wrap it in
 * {@link toNodeHandler}.
 *
 * In order, it: accepts only `POST`; refuses cross-site browser requests (`Sec-Fetch-Site`);
 * runs `authorize`; requires `Content-Type: application/json`; caps the body; validates it with
 * the widget's own schemas (400 names the field; credential errors are the widget's messages);
 * honours `Idempotency-Key` (a replay gets the first answer, another body 422, a concurrent
 * duplicate waits for the first's answer, 409 past `idempotency.pendingWaitMs`); verifies with
 * the provider; calls `onConnect`. It never logs or returns a credential, and every answer is
 * `Cache-Control: no-store`.
 *
 * @example
 * // app/api/connect/route.ts (Next.js)
 * import { createConnectHandler } from 'connect-hub/server';
 * export const POST = createConnectHandler({
 *   authorize: (request) => getSession(request),          // your session check
 *   onConnect: async ({ provider, environment, credentials, auth }) =>
 *     db.accounts.create({ userId: auth.userId, provider, environment, secret: encrypt(credentials) }),
 *   idempotency: { scope: (session) => session.userId },
 * });
 */
export function createConnectHandler<TAuth = undefined>(options: ConnectHandlerOptions<TAuth>): ConnectHandler {
  // A hand-written definition (or one loaded as JSON) may have skipped defineProvider: fail at
  // creation, naming every bad path, not at the first request with an unrelated error. The
  // definition itself is used, as the widget uses it, so both check the same rules.
  const definitions = options.providers ?? builtInProviders;
  definitions.forEach((definition) => defineProvider(definition));
  const providers = new Map(definitions.map((definition) => [definition.id, definition]));
  const verifiers: Readonly<Record<string, Verifier | undefined>> = options.verify ?? builtInVerifiers();
  const missing = [...providers.keys()].filter((id) => typeof verifiers[id] !== 'function');
  if (missing.length > 0) {
    throw new Error(
      `createConnectHandler: no verifier for ${missing.map((id) => `"${id}"`).join(', ')}. Pass one in \`verify\` (e.g. { ...builtInVerifiers(), ${missing[0]}: myVerifier }): a token nobody checked must not be reported as connected.`,
    );
  }
  // A verifier for a host's own provider whose definition was not passed: every request for it
  // would be refused as an unknown provider. (Built-in verifiers may outnumber the providers kept.)
  const builtInIds = new Set(builtInProviders.map((definition) => definition.id));
  const orphans = Object.keys(verifiers).filter((id) => typeof verifiers[id] === 'function' && !providers.has(id) && !builtInIds.has(id));
  if (orphans.length > 0) {
    throw new Error(
      `createConnectHandler: a verifier for ${orphans.map((id) => `"${id}"`).join(', ')}, but no such provider. Pass its definition in \`providers\` (e.g. providers: [...builtInProviders, ${orphans[0]}]), the same list the widget gets.`,
    );
  }
  const scopeOf = options.idempotency?.scope;
  // With sessions, one scope for everybody would replay one user's answer (their account) to
  // another who sends the same key and body (a team's shared token, a key from a log).
  if (options.authorize && !scopeOf) {
    throw new Error(
      'createConnectHandler: `authorize` is given but `idempotency.scope` is not. Keep each user’s Idempotency-Keys apart: idempotency: { scope: (auth) => auth.userId } (or `() => \'\'` if every request acts for the same account).',
    );
  }
  const store = options.idempotency?.store ?? new MemoryIdempotencyStore();
  const keyRequired = options.idempotency?.required === true;
  const pendingWaitMs = options.idempotency?.pendingWaitMs ?? DEFAULT_PENDING_WAIT_MS;
  if (!Number.isFinite(pendingWaitMs) || pendingWaitMs < 0) {
    throw new Error(
      `createConnectHandler: \`idempotency.pendingWaitMs\` must be a number of milliseconds, 0 or more (0 answers 409 request_in_progress at once), not ${String(pendingWaitMs)}.`,
    );
  }
  const maxBodyBytes = options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
  const allowedSites = new Set(['same-origin', 'none', ...(options.allowSameSite ? ['same-site'] : [])]);
  const schemas = new Map<string, CredentialSchema>();
  const schemaFor = (definition: ProviderDefinition) => {
    let schema = schemas.get(definition.id);
    if (!schema) {
      schema = buildCredentialSchema(definition, options.messages);
      schemas.set(definition.id, schema);
    }
    return schema;
  };

  /** Runs `authorize`: the session, or the answer that ends the request. */
  async function authorize(request: Request): Promise<{ auth: TAuth } | Response> {
    // Only when `undefined extends TAuth`: ConnectHandlerOptions requires `authorize` otherwise.
    if (!options.authorize) return { auth: undefined as TAuth };
    try {
      const result = await options.authorize(request);
      if (result instanceof Response) return withNoStore(result);
      if (result === false || result === null || result === undefined) {
        return errorResponse(401, 'unauthorized', 'Your session has ended. Sign in again, then connect the account.');
      }
      return { auth: result };
    } catch (error) {
      if (error instanceof ConnectHandlerError) return send(failureOutcome(error).response);
      (options.onError ?? defaultOnError([]))(error, { stage: 'authorize' });
      return errorResponse(500, 'internal_error', 'Something went wrong on our side. Please try again later.');
    }
  }

  /** Verifies with the provider, then lets the host store the account: the answer, and whether to keep it for replays. */
  async function verifyAndConnect(valid: ValidRequest, auth: TAuth, request: Request, onError: OnError): Promise<Outcome> {
    const { definition, environment, credentials } = valid;
    const secrets = definition.fields.filter((field) => field.kind === 'secret').map((field) => credentials[field.key] ?? '');
    const fail = (stage: 'verify' | 'onConnect', error: unknown, message: string): Outcome => {
      if (error instanceof ConnectHandlerError) return failureOutcome(error, secrets);
      onError(error, { stage, provider: definition.id });
      return failureOutcome({ status: 500, code: 'internal_error', message });
    };

    let verification: VerificationSuccess;
    try {
      const result = await verifiers[definition.id]!({ provider: definition, environment, credentials });
      if (!result.ok) return failureOutcome(result, secrets);
      verification = {
        ok: true,
        // Text only (a plain-JS verifier may give anything). `onConnect` gets them as the verifier
        // wrote them; the answer, redacted (below).
        warnings: result.warnings.filter(isText),
        ...(result.details ? { details: result.details } : {}),
      };
    } catch (error) {
      return fail('verify', error, `Something went wrong on our side while checking the ${definition.name} credentials. Please try again later.`);
    }

    let result: ConnectResult;
    try {
      result = await options.onConnect({ provider: definition.id, definition, environment, credentials, verification, auth, request });
      if (!result || typeof result.id !== 'string' || result.id === '') {
        throw new TypeError('onConnect must return { id: string, name?: string } with a non-empty id.');
      }
    } catch (error) {
      return fail('onConnect', error, `The ${definition.name} account could not be saved. Please try again later.`);
    }

    // The id and name are the host's own (its database's), sent back as they are.
    const account: ConnectedAccount = {
      id: result.id,
      provider: definition.id,
      ...(environment === undefined ? {} : { environment }),
      ...(isText(result.name) ? { name: result.name } : {}),
      ...(verification.warnings.length > 0 ? { warnings: verification.warnings.map((warning) => redact(warning, secrets)) } : {}),
    };
    return { response: { status: 200, body: JSON.stringify({ account }) }, final: true };
  }

  return async function connectHandler(request: Request): Promise<Response> {
    const refused = checkOrigin(request, allowedSites);
    if (refused) return refused;
    const authorized = await authorize(request);
    if (authorized instanceof Response) return authorized;
    const { auth } = authorized;
    const badType = checkContentType(request);
    if (badType) return badType;
    const idempotencyKey = readIdempotencyKey(request, keyRequired);
    if (idempotencyKey instanceof Response) return idempotencyKey;

    const valid = await readConnectRequest(request, maxBodyBytes, providers, schemaFor);
    if (valid instanceof Response) return valid;
    const onError = options.onError ?? defaultOnError(Object.values(valid.credentials));
    if (idempotencyKey === undefined) return send((await verifyAndConnect(valid, auth, request, onError)).response);

    let storeKey: string;
    let fingerprint: string;
    // This attempt's own claim: if it outlives the pending expiry and a retry claims the key
    // again, what this attempt completes or releases must not touch the retry's claim.
    const token = crypto.randomUUID();
    try {
      const scope = scopeOf ? scopeOf(auth) : '';
      storeKey = await sha256Hex(JSON.stringify([scope, idempotencyKey]));
      fingerprint = await fingerprintOf(idempotencyKey, scope, valid);
      // An earlier attempt that holds the key (Stop, then Connect again; the widget's retry after
      // its timeout; a double submit) is waited for by asking the store again: its kept answer is
      // replayed; a key it released (an error the widget retries), or whose claim expired, is
      // claimed by this request, which runs.
      const deadline = Date.now() + pendingWaitMs;
      let pollMs = FIRST_POLL_MS;
      for (;;) {
        const existing = await store.claim(storeKey, fingerprint, token);
        if (existing?.fingerprint !== undefined && existing.fingerprint !== fingerprint) {
          return errorResponse(
            422,
            'idempotency_key_reused',
            'This Idempotency-Key was already used for a different request. Send a new key with each new submission.',
          );
        }
        if (existing?.state === 'done') return send(existing.response, { 'Idempotent-Replayed': 'true' });
        if (existing?.state !== 'pending') break;
        const left = deadline - Date.now();
        // A client that went away reads no answer: stop asking the store for it.
        if (left > 0 && !request.signal.aborted) await pause(Math.min(pollMs, left), request.signal);
        if (left <= 0 || request.signal.aborted) return inProgress();
        pollMs = Math.min(pollMs * 2, MAX_POLL_MS);
      }
    } catch (error) {
      onError(error, { stage: 'idempotency', provider: valid.definition.id });
      return errorResponse(503, 'service_unavailable', 'The connection could not be started. Please try again.', {
        headers: { 'Retry-After': '1' },
      });
    }

    let outcome: Outcome | undefined;
    try {
      outcome = await verifyAndConnect(valid, auth, request, onError);
      return send(outcome.response);
    } finally {
      // A success or a refusal is final; anything the widget sends again under this key (a
      // provider down, a timeout, the user's session) runs again.
      try {
        if (outcome?.final) await store.complete(storeKey, { fingerprint, response: outcome.response }, token);
        else await store.release(storeKey, token);
      } catch (error) {
        onError(error, { stage: 'idempotency', provider: valid.definition.id });
      }
    }
  };
}
