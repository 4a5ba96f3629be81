import { randomBytes } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Plugin } from 'vite';
import { connectRequestSchema } from '../contract/contract.js';
import type { ConnectedAccount, ConnectErrorResponse, ConnectRequest } from '../contract/contract.js';
import { buildCredentialSchema } from '../credentials/credential-schema.js';
import type { ProviderDefinition } from '../definition/provider-schema.js';
import { builtInProviders } from '../providers/index.js';
import { mockScenarios, type MockScenario } from './mock-scenarios.js';

export { mockScenarios, type MockScenario } from './mock-scenarios.js';

/** One request the mock endpoint received, as the dev page's panel shows it. Credentials are masked. */
export type LoggedRequest = {
  /** When the request arrived (ISO 8601). */
  at: string;
  method: string;
  idempotencyKey?: string;
  /** The scenario asked for; `unknown` when the header named none of {@link mockScenarios}. */
  scenario: MockScenario | 'unknown';
  /** The HTTP status answered; 499 when the client went away before the answer. */
  status: number;
  provider?: string;
  environment?: string;
  /** Secret (and unknown) fields as `sk_test_•••• (32 chars)`; only known non-secret values verbatim. */
  credentials: Record<string, string>;
  durationMs: number;
};

export type MockConnectHandlerOptions = {
  /** The providers the endpoint knows; default: the built-in ones. */
  providers?: readonly ProviderDefinition[];
  /** How long to wait before answering in a scenario; default 8,000 ms for `slow`, else 0. */
  delayMs?: (scenario: MockScenario) => number;
};

export type MockConnectHandler = (req: IncomingMessage, res: ServerResponse, next: (error?: unknown) => void) => void;

export const MOCK_CONNECT_PATH = '/api/connect';
export const MOCK_CONNECT_LOG_PATH = '/api/connect/log';
export const MAX_BODY_BYTES = 64 * 1024;
const MAX_LOGGED = 50;
const MAX_FLAKY_KEYS = 500;
const MAX_IDEMPOTENCY_KEY_LENGTH = 255;
const MAX_LOGGED_CREDENTIAL_KEYS = 20;
// Past the widget's 5 s, so the playground shows "Still connecting…" and Stop.
const SLOW_DELAY_MS = 8000;

const scenarioIds: ReadonlySet<string> = new Set(mockScenarios.map((scenario) => scenario.id));

function isMockScenario(value: string): value is MockScenario {
  return scenarioIds.has(value);
}

function defaultDelayMs(scenario: MockScenario): number {
  return scenario === 'slow' ? SLOW_DELAY_MS : 0;
}

/** What to send back; decided before any wait so that no part of the request body outlives parsing. */
type Reply = {
  status: number;
  headers?: Record<string, string>;
  /** JSON-serialised unless `html` is set. */
  json?: unknown;
  html?: string;
};

type PendingLog = Omit<LoggedRequest, 'status' | 'durationMs'>;

type Outcome = { reply: Reply; delayScenario?: MockScenario };

function errorReply(status: number, code: string, message: string, field?: string): Reply {
  const error: ConnectErrorResponse['error'] = field === undefined ? { code, message } : { code, message, field };
  return { status, json: { error } };
}

function headerValue(req: IncomingMessage, name: string): string | undefined {
  const value = req.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

function truncate(value: string, max: number): string {
  return value.length > max ? `${value.slice(0, max)}…` : value;
}

/**
 * Masks a credential for the log: the environment prefix it starts with (if any), then only its
 * length. The value itself is never kept.
 */
export function maskCredential(definition: ProviderDefinition | undefined, value: string): string {
  let prefix = '';
  for (const environment of definition?.environments ?? []) {
    for (const candidate of environment.tokenPrefixes) {
      if (value.startsWith(candidate) && candidate.length > prefix.length) prefix = candidate;
    }
  }
  return `${prefix}•••• (${value.length} chars)`;
}

function maskCredentials(
  definition: ProviderDefinition | undefined,
  credentials: Record<string, string>,
): Record<string, string> {
  const entries: Array<[string, string]> = [];
  for (const [key, value] of Object.entries(credentials).slice(0, MAX_LOGGED_CREDENTIAL_KEYS)) {
    const field = definition?.fields.find((candidate) => candidate.key === key);
    // Only values known to be non-secret are shown, and a select only with one of its options,
    // so a token pasted into the wrong field still stays masked.
    const shown =
      field?.kind === 'select'
        ? field.options?.some((option) => option.value === value) === true
        : field?.kind === 'text' && value.length <= 100;
    entries.push([truncate(key, 64), shown ? value : maskCredential(definition, value)]);
  }
  return Object.fromEntries(entries);
}

function describeIssue(issue: { code: string; path: ReadonlyArray<PropertyKey>; expected?: unknown }): string {
  const where = issue.path.length === 0 ? 'The body' : `"${issue.path.map(String).join('.')}"`;
  if (issue.code === 'invalid_type' && typeof issue.expected === 'string') {
    const expected = issue.expected === 'object' || issue.expected === 'record' ? 'an object' : `a ${issue.expected}`;
    return `${where} must be ${expected}.`;
  }
  if (issue.code === 'too_small') return `${where} must not be empty.`;
  return `${where} is not valid.`;
}

function issueField(path: ReadonlyArray<PropertyKey>): string | undefined {
  const [head, key] = path;
  if (head === 'environment') return 'environment';
  if (head === 'credentials' && typeof key === 'string') return key;
  return undefined;
}

/** A dev account's name. Not its environment: the success screen adds that itself. */
export function accountName(definition: ProviderDefinition): string {
  return definition.environments.length > 0 ? `${definition.name} account` : `${definition.name} workspace`;
}

/**
 * The mock connect endpoint as a plain Node handler (connect-style, so Vite can mount it):
 *
 * - `POST /api/connect` checks the request against the wire contract (§4 of the spec) and the
 *   provider's credential schema, then answers as the `X-Mock-Scenario` header asks.
 * - `GET /api/connect/log` lists the latest requests (newest first, credentials masked).
 * - `DELETE /api/connect/log` clears that list.
 *
 * Everything else goes to `next()`. State (the log, the flaky scenario's keys) belongs to the
 * handler, so two handlers never share it.
 *
 * @example
 * const server = http.createServer((req, res) =>
 *   createMockConnectHandler({ delayMs: () => 0 })(req, res, () => res.writeHead(404).end()));
 */
export function createMockConnectHandler(options: MockConnectHandlerOptions = {}): MockConnectHandler {
  const providers = options.providers ?? builtInProviders;
  const delayMs = options.delayMs ?? defaultDelayMs;
  const log: LoggedRequest[] = [];
  const flakyKeys = new Map<string, true>();

  function record(entry: LoggedRequest) {
    log.unshift(entry);
    if (log.length > MAX_LOGGED) log.length = MAX_LOGGED;
  }

  /** True the first time a key is seen; remembers at most MAX_FLAKY_KEYS keys, oldest dropped first. */
  function firstFlakyAttempt(key: string): boolean {
    if (flakyKeys.has(key)) return false;
    flakyKeys.set(key, true);
    while (flakyKeys.size > MAX_FLAKY_KEYS) {
      const oldest = flakyKeys.keys().next();
      if (oldest.done) break;
      flakyKeys.delete(oldest.value);
    }
    return true;
  }

  /** Validates one POST body and decides the answer. `pending` receives what may be logged. */
  function decide(
    req: IncomingMessage,
    body: Buffer | 'too-large',
    scenarioHeader: string,
    pending: PendingLog,
  ): Outcome {
    if (body === 'too-large') {
      return {
        reply: errorReply(413, 'invalid_request', `The request body is larger than ${MAX_BODY_BYTES / 1024} kB.`),
      };
    }

    const contentType = (headerValue(req, 'content-type') ?? '').split(';')[0]?.trim().toLowerCase();
    if (contentType !== 'application/json') {
      return { reply: errorReply(415, 'invalid_request', 'The request body must be sent as Content-Type: application/json.') };
    }

    const idempotencyKey = headerValue(req, 'idempotency-key')?.trim() ?? '';
    if (idempotencyKey === '' || idempotencyKey.length > MAX_IDEMPOTENCY_KEY_LENGTH || /[^\x20-\x7e]/.test(idempotencyKey)) {
      return {
        reply: errorReply(
          400,
          'invalid_request',
          `An Idempotency-Key header (printable ASCII, at most ${MAX_IDEMPOTENCY_KEY_LENGTH} characters) is required.`,
        ),
      };
    }
    pending.idempotencyKey = idempotencyKey;

    if (!isMockScenario(scenarioHeader)) {
      return {
        reply: errorReply(
          400,
          'invalid_request',
          `Unknown X-Mock-Scenario. Use one of: ${mockScenarios.map((scenario) => scenario.id).join(', ')}.`,
        ),
      };
    }
    const scenario = scenarioHeader;

    let json: unknown;
    try {
      json = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(body));
    } catch {
      // The parser's own message quotes the input, which may hold a token: never echo it.
      return { reply: errorReply(400, 'invalid_request', 'The request body is not valid JSON.') };
    }

    const parsed = connectRequestSchema.safeParse(json);
    json = undefined;
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      return {
        reply: errorReply(
          400,
          'invalid_request',
          `Invalid connect request: ${issue ? describeIssue(issue) : 'the body is not valid.'}`,
          issue ? issueField(issue.path) : undefined,
        ),
      };
    }
    const request: ConnectRequest = parsed.data;
    const definition = providers.find((provider) => provider.id === request.provider);
    pending.provider = truncate(request.provider, 64);
    if (request.environment !== undefined) pending.environment = truncate(request.environment, 64);
    pending.credentials = maskCredentials(definition, request.credentials);

    if (!definition) {
      return {
        reply: errorReply(
          400,
          'invalid_request',
          `Unknown provider "${truncate(request.provider, 64)}". Known providers: ${providers.map((p) => p.id).join(', ')}.`,
        ),
      };
    }
    if (definition.environments.length === 0 && request.environment !== undefined) {
      return {
        reply: errorReply(400, 'invalid_request', `${definition.name} has no environments: leave out "environment".`),
      };
    }
    const unknownKey = Object.keys(request.credentials).find(
      (key) => !definition.fields.some((field) => field.key === key),
    );
    if (unknownKey !== undefined) {
      return {
        reply: errorReply(
          400,
          'invalid_request',
          `${definition.name} has no credential "${truncate(unknownKey, 64)}". Expected: ${definition.fields
            .map((field) => field.key)
            .join(', ')}.`,
        ),
      };
    }

    // The widget leaves out empty optional fields; the form schema expects every key.
    const values = {
      environment: request.environment ?? '',
      credentials: Object.fromEntries(
        definition.fields.map((field) => [field.key, request.credentials[field.key] ?? '']),
      ),
    };
    const checked = buildCredentialSchema(definition).safeParse(values);
    if (!checked.success) {
      const issue = checked.error.issues[0];
      return {
        reply: errorReply(
          422,
          'invalid_credentials',
          issue?.message ?? `${definition.name} credentials are not valid.`,
          (issue && issueField(issue.path)) ?? 'environment',
        ),
      };
    }

    const environment = definition.environments.length > 0 ? checked.data.environment : undefined;
    const secret = definition.fields.find((field) => field.kind === 'secret') ?? definition.fields[0];
    const success = (): Reply => {
      const account: ConnectedAccount = {
        id: `acct_${randomBytes(8).toString('hex')}`,
        provider: definition.id,
        ...(environment === undefined ? {} : { environment }),
        name: accountName(definition),
      };
      return { status: 200, json: { account } };
    };
    const unavailable = (): Reply => ({
      ...errorReply(
        503,
        'provider_unavailable',
        `${definition.name} is not answering right now. Please try again in a few minutes.`,
      ),
      headers: { 'Retry-After': '1' },
    });

    switch (scenario) {
      case 'success':
      case 'slow':
        return { reply: success(), delayScenario: scenario };
      case 'invalid-credentials':
        return {
          reply: errorReply(
            401,
            'invalid_credentials',
            `${definition.name} did not accept this ${secret?.label ?? 'credential'}. Check that you copied all of it.`,
            secret?.key,
          ),
          delayScenario: scenario,
        };
      case 'server-error':
        return { reply: unavailable(), delayScenario: scenario };
      case 'flaky':
        return { reply: firstFlakyAttempt(idempotencyKey) ? unavailable() : success(), delayScenario: scenario };
      case 'not-json':
        return { reply: { status: 500, html: '<h1>Internal Server Error</h1>' }, delayScenario: scenario };
    }
  }

  function send(res: ServerResponse, reply: Reply) {
    res.statusCode = reply.status;
    res.setHeader('Cache-Control', 'no-store');
    res.setHeader('X-Content-Type-Options', 'nosniff');
    for (const [name, value] of Object.entries(reply.headers ?? {})) res.setHeader(name, value);
    if (reply.html !== undefined) {
      res.setHeader('Content-Type', 'text/html; charset=utf-8');
      res.end(reply.html);
    } else if (reply.json !== undefined) {
      res.setHeader('Content-Type', 'application/json');
      res.end(JSON.stringify(reply.json));
    } else {
      res.end();
    }
  }

  function handleConnect(req: IncomingMessage, res: ServerResponse, url: URL) {
    const started = performance.now();
    const scenarioHeader = (headerValue(req, 'x-mock-scenario') ?? url.searchParams.get('scenario') ?? 'success')
      .trim()
      .toLowerCase();
    const pending: PendingLog = {
      at: new Date().toISOString(),
      method: req.method ?? 'POST',
      scenario: isMockScenario(scenarioHeader) ? scenarioHeader : 'unknown',
      credentials: {},
    };
    const finish = (status: number) => {
      const { at, method, idempotencyKey, scenario, provider, environment, credentials } = pending;
      record({
        at,
        method,
        ...(idempotencyKey === undefined ? {} : { idempotencyKey }),
        scenario,
        status,
        ...(provider === undefined ? {} : { provider }),
        ...(environment === undefined ? {} : { environment }),
        credentials,
        durationMs: Math.round(performance.now() - started),
      });
    };

    readBody(req, MAX_BODY_BYTES).then((body) => {
      if (body === 'aborted') return finish(499);
      let outcome: Outcome;
      try {
        outcome = decide(req, body, scenarioHeader, pending);
      } catch {
        outcome = { reply: errorReply(500, 'internal_error', 'The mock connect endpoint failed unexpectedly.') };
      } finally {
        if (body !== 'too-large') body.fill(0);
      }
      const { reply, delayScenario } = outcome;
      const wait = delayScenario === undefined ? 0 : Math.max(0, delayMs(delayScenario));
      if (wait === 0 || res.destroyed) {
        if (res.destroyed) return finish(499);
        send(res, reply);
        return finish(reply.status);
      }
      const timer = setTimeout(() => {
        res.off('close', onClose);
        send(res, reply);
        finish(reply.status);
      }, wait);
      const onClose = () => {
        // The client went away while we "called the provider": answer nobody.
        clearTimeout(timer);
        finish(499);
      };
      res.once('close', onClose);
    });
  }

  return (req, res, next) => {
    let url: URL;
    try {
      url = new URL(req.url ?? '/', 'http://localhost');
    } catch {
      return next();
    }
    if (url.pathname === MOCK_CONNECT_PATH && req.method === 'POST') return handleConnect(req, res, url);
    if (url.pathname === MOCK_CONNECT_LOG_PATH && req.method === 'GET') {
      return send(res, { status: 200, json: { requests: log } });
    }
    if (url.pathname === MOCK_CONNECT_LOG_PATH && req.method === 'DELETE') {
      log.length = 0;
      return send(res, { status: 204 });
    }
    return next();
  };
}

/**
 * Reads a request body of at most `limit` bytes. A larger body is drained and dropped (answering
 * before the client has finished sending would reset its connection).
 */
function readBody(req: IncomingMessage, limit: number): Promise<Buffer | 'too-large' | 'aborted'> {
  return new Promise((resolve) => {
    let chunks: Buffer[] = [];
    let size = 0;
    let tooLarge = false;
    let settled = false;
    const settle = (value: Buffer | 'too-large' | 'aborted') => {
      if (settled) return;
      settled = true;
      for (const chunk of chunks) chunk.fill(0);
      chunks = [];
      resolve(value);
    };
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (tooLarge) return;
      if (size > limit) {
        tooLarge = true;
        for (const kept of chunks) kept.fill(0);
        chunks = [];
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => settle(tooLarge ? 'too-large' : Buffer.concat(chunks, size)));
    req.on('error', () => settle('aborted'));
    req.on('close', () => settle('aborted'));
  });
}

/**
 * A Vite plugin that serves the mock connect endpoint under `vite` and `vite preview`.
 *
 * @example
 * // vite.config.ts
 * export default defineConfig({ plugins: [react(), mockConnectEndpoint()] });
 */
export function mockConnectEndpoint(options: MockConnectHandlerOptions = {}): Plugin {
  const handler = createMockConnectHandler(options);
  return {
    name: 'connect-hub:mock-connect-endpoint',
    configureServer(server) {
      server.middlewares.use(handler);
    },
    configurePreviewServer(server) {
      server.middlewares.use(handler);
    },
  };
}
