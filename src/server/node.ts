// Node's `http` types, structurally: this file must not import Node modules (the server entry
// also runs in workers), and hosts should not need @types/node for its signature.

import { errorResponse } from './responses.js';

/** The parts of Node's `IncomingMessage` (or Express's `req`) the adapter reads. */
export type NodeRequestLike = AsyncIterable<Uint8Array | string> & {
  method?: string | undefined;
  url?: string | undefined;
  headers: Record<string, string | string[] | undefined>;
  /** A TLS socket has `encrypted: true`. */
  socket?: object | null | undefined;
  /** Set by a body parser that already read the stream (Express's `express.json()`/`raw()`/`text()`). */
  body?: unknown;
  readableEnded?: boolean | undefined;
  /** Node: the whole request, body included, has arrived. */
  complete?: boolean | undefined;
};

/** The parts of Node's `ServerResponse` (or Express's `res`) the adapter writes. */
export type NodeResponseLike = {
  statusCode: number;
  setHeader(name: string, value: string | readonly string[]): unknown;
  end(chunk?: Uint8Array | string): unknown;
  headersSent?: boolean | undefined;
  /** Node: the answer was handed in full to the connection. */
  writableFinished?: boolean | undefined;
  /** Node: `close` comes once the answer is done, or as soon as the connection ends before it. */
  on?(event: 'close', listener: () => void): unknown;
};

export type NodeHandler = (req: NodeRequestLike, res: NodeResponseLike, next?: (error?: unknown) => void) => Promise<void>;

export type ToNodeHandlerOptions = {
  /**
   * The origin the request URL is built on when the `Host` header is missing or bad; default
   * `http://localhost`. The handler itself does not route on the URL.
   */
  fallbackOrigin?: string | undefined;
};

/** Requests whose body the handler began to read. */
const bodyRead = new WeakSet<NodeRequestLike>();

function requestBody(req: NodeRequestLike): BodyInit | undefined {
  const method = (req.method ?? 'GET').toUpperCase();
  if (method === 'GET' || method === 'HEAD') return undefined;
  // A body parser got there first: hand on what it read.
  if (req.readableEnded && req.body !== undefined) {
    if (typeof req.body === 'string') return req.body;
    if (req.body instanceof Uint8Array) return new Uint8Array(req.body);
    return JSON.stringify(req.body);
  }
  let iterator: AsyncIterator<Uint8Array | string> | undefined;
  const encoder = new TextEncoder();
  // Pull-based, so a body larger than the handler's cap is never buffered: it stops pulling. Not
  // touched until the handler reads it (no high-water mark, the iterator made on the first pull):
  // Node discards a body nobody began to read once the answer is sent, and keeps the connection.
  return new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        try {
          if (!iterator) {
            bodyRead.add(req);
            iterator = req[Symbol.asyncIterator]();
          }
          const { done, value } = await iterator.next();
          if (done) controller.close();
          else controller.enqueue(typeof value === 'string' ? encoder.encode(value) : new Uint8Array(value.buffer, value.byteOffset, value.byteLength));
        } catch (error) {
          controller.error(error);
        }
      },
      async cancel() {
        // Leave the rest unread: toNodeHandler closes the connection after its answer.
      },
    },
    { highWaterMark: 0 },
  );
}

/**
 * A Fetch `Request` from a Node request; {@link toNodeHandler} does this for you, and also aborts
 * the Request's `signal` when the client goes away (this one's never aborts).
 *
 * @example
 * const response = await connect(toRequest(req));
 * await writeResponse(response, res);
 */
export function toRequest(req: NodeRequestLike, options: ToNodeHandlerOptions = {}): Request {
  return fetchRequest(req, options);
}

/** {@link toRequest}, with the signal {@link toNodeHandler} aborts. */
function fetchRequest(req: NodeRequestLike, options: ToNodeHandlerOptions, signal?: AbortSignal): Request {
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (value === undefined || name.startsWith(':')) continue;
    for (const item of Array.isArray(value) ? value : [value]) headers.append(name, item);
  }
  const scheme = req.socket && 'encrypted' in req.socket && req.socket.encrypted === true ? 'https' : 'http';
  let url: URL;
  try {
    url = new URL(req.url ?? '/', `${scheme}://${headers.get('host') ?? 'localhost'}`);
  } catch {
    url = new URL(req.url?.startsWith('/') ? req.url : '/', options.fallbackOrigin ?? 'http://localhost');
  }
  const body = requestBody(req);
  // `duplex` is required by Node's fetch for a stream body; the DOM types do not know it yet.
  const init: RequestInit & { duplex?: 'half' } = {
    method: req.method ?? 'GET',
    headers,
    ...(body === undefined ? {} : { body, duplex: 'half' }),
    ...(signal ? { signal } : {}),
  };
  return new Request(url, init);
}

/**
 * Writes a Fetch `Response` to a Node response.
 *
 * @example
 * await writeResponse(await connect(toRequest(req)), res);
 */
export async function writeResponse(response: Response, res: NodeResponseLike): Promise<void> {
  res.statusCode = response.status;
  const grouped = new Map<string, string[]>();
  response.headers.forEach((value, name) => {
    if (name !== 'set-cookie') grouped.set(name, [...(grouped.get(name) ?? []), value]);
  });
  for (const [name, values] of grouped) res.setHeader(name, values.length === 1 ? values[0]! : values);
  const getSetCookie = (response.headers as Headers & { getSetCookie?: () => string[] }).getSetCookie;
  const cookies = getSetCookie?.call(response.headers) ?? [];
  if (cookies.length > 0) res.setHeader('set-cookie', cookies);
  res.end(new Uint8Array(await response.arrayBuffer()));
}

/**
 * Adapts a Fetch handler (such as {@link createConnectHandler}'s) to Node's `http` server,
 * Express or Connect. Mount it before any body parser (one that already ran is handled: its
 * result is re-serialised). An unexpected error goes to `next` when there is one, else 500.
 * The Request's `signal` aborts when the client goes away before the answer.
 *
 * @example
 * import { createServer } from 'node:http';
 * createServer(toNodeHandler(createConnectHandler({ onConnect }))).listen(3000);
 * // Express: app.post('/api/connect', toNodeHandler(connect));
 */
export function toNodeHandler(handler: (request: Request) => Promise<Response>, options: ToNodeHandlerOptions = {}): NodeHandler {
  return async (req, res, next) => {
    // Methods a Fetch Request cannot carry (`new Request` throws): no handler can answer them.
    if (/^(connect|trace|track)$/i.test(req.method ?? '')) return writeResponse(errorResponse(501, 'not_implemented', 'This method is not supported.'), res);
    // The Fetch way to say the client went away: `request.signal` aborts, so a request waiting for
    // an earlier attempt's answer stops asking the store. The response's `close`, not the request's:
    // Node closes the request as soon as its body has been read, with the client still waiting.
    const clientGone = new AbortController();
    res.on?.('close', () => {
      if (res.writableFinished !== true) clientGone.abort();
    });
    try {
      const response = await handler(fetchRequest(req, options, clientGone.signal));
      // A body the handler stopped reading midway stays on the connection, and Node no longer
      // discards it once reading began: close the connection, or the next request would stall.
      if (bodyRead.has(req) && req.complete === false) res.setHeader('connection', 'close');
      await writeResponse(response, res);
    } catch (error) {
      if (next) return next(error);
      if (!res.headersSent) {
        res.statusCode = 500;
        res.setHeader('content-type', 'application/json; charset=utf-8');
        res.setHeader('cache-control', 'no-store');
      }
      res.end(JSON.stringify({ error: { code: 'internal_error', message: 'Something went wrong on our side.' } }));
    }
  };
}
