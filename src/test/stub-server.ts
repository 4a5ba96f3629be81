// Node only (tests): not part of any published entry.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export type StubServer = {
  /** `http://127.0.0.1:<port>` */
  origin: string;
  /** The path (with its query) of each request received, in order. */
  requests: string[];
  close(): Promise<void>;
};

/**
 * An HTTP server on 127.0.0.1 that answers every request with `listener`: for the answers the fake
 * providers (fake-provider-server.ts) do not give, such as a redirect or a body that stalls,
 * which only a real socket shows as `fetch` meets them.
 *
 * @example
 * const stalled = await startStubServer((_request, response) => response.writeHead(200).write('{'));
 * afterAll(() => stalled.close());
 */
export async function startStubServer(listener: (request: IncomingMessage, response: ServerResponse) => void): Promise<StubServer> {
  const requests: string[] = [];
  const server: Server = createServer((request, response) => {
    requests.push(request.url ?? '');
    listener(request, response);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
