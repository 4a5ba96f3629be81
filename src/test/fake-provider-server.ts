// Node only (tests and the dev page's reference endpoint): not part of any published entry.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { toRequest, writeResponse } from '../server/node.js';
import type { BuiltInVerifierOptions } from '../server/verifiers/index.js';
import { createFakeProviders, fakeProviderBaseUrls, type FakeProviderCall, type FakeProvidersOptions } from '../server/testing/fake-providers.js';

export type FakeProviderServer = {
  /** `http://127.0.0.1:<port>` */
  origin: string;
  /** Pass to `builtInVerifiers({ baseUrls })`. */
  baseUrls: NonNullable<BuiltInVerifierOptions['baseUrls']>;
  /** The calls received, with `record: true`. */
  calls: FakeProviderCall[];
  close(): Promise<void>;
};

/**
 * Starts the fake providers on 127.0.0.1 on a free port.
 *
 * @example
 * const fake = await startFakeProviderServer({ record: true });
 * const verify = builtInVerifiers({ baseUrls: fake.baseUrls, timeoutMs: 500 });
 * afterAll(() => fake.close());
 */
export async function startFakeProviderServer(
  options: FakeProvidersOptions & { /** Do not keep the process alive for it (the dev server). */ unref?: boolean } = {},
): Promise<FakeProviderServer> {
  const fake = createFakeProviders(options);
  const server: Server = createServer((req, res) => {
    const closed = new AbortController();
    res.once('close', () => closed.abort());
    void (async () => {
      try {
        const answer = await fake.handle(toRequest(req), closed.signal);
        if (answer === 'reset') {
          req.socket.destroy();
          return;
        }
        if (!res.destroyed) await writeResponse(answer, res);
      } catch {
        if (!res.headersSent) res.writeHead(500);
        res.end();
      }
    })();
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  if (options.unref) server.unref();
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    baseUrls: fakeProviderBaseUrls(origin),
    calls: fake.calls,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
