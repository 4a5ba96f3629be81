import { randomBytes } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Plugin } from 'vite';
import type { ProviderDefinition } from '../definition/provider-schema.js';
import { builtInProviders } from '../providers/index.js';
import { builtInVerifiers, createConnectHandler, toNodeHandler, type ConnectHandler, type ConnectInput } from '../server/index.js';
import { startFakeProviderServer, type FakeProviderServer } from '../test/fake-provider-server.js';
import { accountName, maskCredential, type LoggedRequest } from './mock-connect-endpoint.js';

export const REFERENCE_CONNECT_PATH = '/api/reference/connect';
export const REFERENCE_CONNECT_LOG_PATH = '/api/reference/connect/log';
const MAX_LOGGED = 50;
const MAX_LOGGED_BODY_BYTES = 32 * 1024;

type Middleware = (req: IncomingMessage, res: ServerResponse, next: (error?: unknown) => void) => void;

function prop(value: unknown, key: string): unknown {
  return value !== null && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined;
}

/** What the dev page's account is called: what the fake provider said, else the mock's name. */
function referenceAccountName({ definition, verification }: ConnectInput<undefined>): string {
  const details = verification.details ?? {};
  const said = [details.creditorName, details.workspace].find((value): value is string => typeof value === 'string');
  return said ?? accountName(definition);
}

/** Reads a copy of the body for the log (at most 32 kB; `undefined` past that or when not UTF-8). */
async function peekBody(copy: Request): Promise<string | undefined> {
  if (!copy.body) return undefined;
  const reader = copy.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    size += value.byteLength;
    if (size > MAX_LOGGED_BODY_BYTES) {
      await reader.cancel();
      return undefined;
    }
  }
  try {
    const bytes = new Uint8Array(size);
    let offset = 0;
    for (const chunk of chunks) {
      bytes.set(chunk, offset);
      offset += chunk.byteLength;
    }
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

/** The log entry for one request: masked like the mock endpoint's. */
function logEntry(
  request: Request,
  text: string | undefined,
  status: number,
  started: number,
  providers: readonly ProviderDefinition[],
): LoggedRequest {
  let body: unknown;
  try {
    body = text === undefined ? undefined : JSON.parse(text);
  } catch {
    body = undefined;
  }
  const provider = prop(body, 'provider');
  const environment = prop(body, 'environment');
  const definition = providers.find((candidate) => candidate.id === provider);
  const credentials: Record<string, string> = {};
  const raw = prop(body, 'credentials');
  if (raw && typeof raw === 'object') {
    for (const [key, value] of Object.entries(raw).slice(0, 20)) {
      if (typeof value !== 'string') continue;
      const field = definition?.fields.find((candidate) => candidate.key === key);
      const shown = field?.kind === 'select' && field.options?.some((option) => option.value === value);
      credentials[key.slice(0, 64)] = shown ? value : maskCredential(definition, value);
    }
  }
  const idempotencyKey = request.headers.get('Idempotency-Key')?.slice(0, 255);
  return {
    at: new Date().toISOString(),
    method: request.method,
    ...(idempotencyKey ? { idempotencyKey } : {}),
    scenario: 'unknown',
    status,
    ...(typeof provider === 'string' ? { provider: provider.slice(0, 64) } : {}),
    ...(typeof environment === 'string' ? { environment: environment.slice(0, 64) } : {}),
    credentials,
    durationMs: Math.round(performance.now() - started),
  };
}

/**
 * The dev page's reference backend: `POST /api/reference/connect` is `createConnectHandler` from
 * `connect-hub/server`, its verifiers pointed at the fake providers (see
 * src/server/testing/fake-provider-tokens.ts for the tokens that fail), Shortcut write access
 * required. `GET`/`DELETE /api/reference/connect/log` list and clear what it received (masked).
 * `fakeProviders` is called on the first connect request, not before.
 */
export function createReferenceEndpoint(fakeProviders: () => Promise<Pick<FakeProviderServer, 'baseUrls'>>): Middleware {
  const providers = builtInProviders;
  const log: LoggedRequest[] = [];
  let handler: Promise<ConnectHandler> | undefined;
  const createHandler = async () => {
    const { baseUrls } = await fakeProviders();
    return createConnectHandler({
      providers,
      // The verifiers' own timeout (8 s), as a host has it: a `slow` token's answer after 7 s fits.
      verify: builtInVerifiers({ baseUrls, requireWrite: { shortcut: true } }),
      onConnect: (input) => ({ id: `acct_${randomBytes(8).toString('hex')}`, name: referenceAccountName(input) }),
    });
  };
  const logged = async (request: Request): Promise<Response> => {
    const started = performance.now();
    const text = await peekBody(request.clone()).catch(() => undefined);
    handler ??= createHandler();
    const response = await (await handler)(request);
    log.unshift(logEntry(request, text, response.status, started, providers));
    if (log.length > MAX_LOGGED) log.length = MAX_LOGGED;
    return response;
  };
  const connect = toNodeHandler(logged);
  const json = (res: ServerResponse, status: number, body?: unknown) => {
    res.statusCode = status;
    res.setHeader('Cache-Control', 'no-store');
    if (body === undefined) return res.end();
    res.setHeader('Content-Type', 'application/json');
    res.end(JSON.stringify(body));
  };

  return (req, res, next) => {
    const path = (req.url ?? '/').split('?')[0];
    if (path === REFERENCE_CONNECT_PATH) return void connect(req, res, next);
    if (path === REFERENCE_CONNECT_LOG_PATH && req.method === 'GET') return json(res, 200, { requests: log });
    if (path === REFERENCE_CONNECT_LOG_PATH && req.method === 'DELETE') {
      log.length = 0;
      return json(res, 204);
    }
    next();
  };
}

type ServerLike = {
  middlewares: { use(fn: Middleware): unknown };
  httpServer: { once(event: 'close', fn: () => void): unknown } | null;
};

/**
 * A Vite plugin serving {@link createReferenceEndpoint} under `vite` and `vite preview`. The fake
 * providers start on 127.0.0.1 (a free port) at the first connect request, so a server that never
 * gets one (vitest's) starts nothing; they close with the server.
 *
 * @example
 * // vite.config.ts
 * plugins: [react(), mockConnectEndpoint(), referenceEndpoint()]
 */
export function referenceEndpoint(): Plugin {
  const mount = (server: ServerLike) => {
    let fake: Promise<FakeProviderServer> | undefined;
    server.middlewares.use(createReferenceEndpoint(() => (fake ??= startFakeProviderServer({ unref: true }))));
    server.httpServer?.once('close', () => void fake?.then((started) => started.close()));
  };
  return {
    name: 'connect-hub:reference-endpoint',
    apply: 'serve',
    configureServer: mount,
    configurePreviewServer: mount,
  };
}
