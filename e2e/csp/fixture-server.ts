import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { build } from 'vite';

const fixtureRoot = import.meta.dirname;

/**
 * The strict policy of SPEC §7 "Embedding" (issue #5 part 5), with the page's nonce for the
 * widget's own `<style nonce>`. No 'unsafe-inline', no 'unsafe-eval', no Trusted Types policy.
 */
export function strictPolicy(nonce: string): string {
  return [
    "script-src 'self'",
    `style-src 'self' 'nonce-${nonce}'`,
    "object-src 'none'",
    "base-uri 'none'",
    "require-trusted-types-for 'script'",
  ].join('; ');
}

/**
 * Builds the fixture page (e2e/csp/index.html + main.tsx, which imports the library's entry) with
 * Vite in production mode, as a host's bundler would: minified, no dev server, no inline scripts.
 * Its own config, separate from the project's vite.config.ts.
 */
export async function buildCspFixture(outDir: string): Promise<void> {
  await build({
    configFile: false,
    root: fixtureRoot,
    mode: 'production',
    logLevel: 'error',
    publicDir: false,
    plugins: [react()],
    build: {
      outDir,
      emptyOutDir: true,
      minify: true,
      sourcemap: false,
      // The polyfill would be fine ('self'), but the page needs none and stays smaller without.
      modulePreload: { polyfill: false },
    },
  });
}

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
};

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolveBody, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => resolveBody(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function sendJson(res: ServerResponse, status: number, body: unknown) {
  res.writeHead(status, { 'Content-Type': 'application/json', 'Cache-Control': 'no-store' });
  res.end(JSON.stringify(body));
}

/**
 * A stand-in for the host's backend: checks the wire contract's headers, refuses a Stripe key
 * containing `REJECT` (echoing it, as a careless backend might), and connects anything else.
 */
async function connect(req: IncomingMessage, res: ServerResponse) {
  if (req.headers['content-type'] !== 'application/json' || !req.headers['idempotency-key']) {
    return sendJson(res, 400, { error: { code: 'invalid_request', message: 'JSON with an Idempotency-Key, please.' } });
  }
  const body = JSON.parse(await readBody(req)) as { provider: string; environment?: string; credentials: Record<string, string> };
  const secret = Object.values(body.credentials)[0] ?? '';
  if (secret.includes('REJECT')) {
    return sendJson(res, 401, {
      error: { code: 'invalid_credentials', message: `The backend rejected ${secret}.`, field: Object.keys(body.credentials)[0] },
    });
  }
  const environment = body.environment === undefined ? {} : { environment: body.environment };
  return sendJson(res, 200, { account: { id: 'acct_csp', provider: body.provider, ...environment, name: 'CSP Ltd' } });
}

export type CspFixtureServer = { origin: string; close: () => Promise<void> };

/** Serves the built fixture with the strict policy on every response, plus `POST /api/connect`. */
export async function serveCspFixture(outDir: string): Promise<CspFixtureServer> {
  const root = resolve(outDir);
  const server: Server = createServer((req, res) => {
    void (async () => {
      const url = new URL(req.url ?? '/', 'http://fixture');
      if (url.pathname === '/api/connect' && req.method === 'POST') return connect(req, res);
      const path = normalize(join(root, url.pathname === '/' ? 'index.html' : url.pathname));
      if (!path.startsWith(root)) return res.writeHead(403).end();
      const nonce = randomBytes(16).toString('base64');
      try {
        let content: Buffer | string = await readFile(path);
        if (extname(path) === '.html') content = content.toString('utf8').replaceAll('%CSP_NONCE%', nonce);
        res.writeHead(200, {
          'Content-Type': CONTENT_TYPES[extname(path)] ?? 'application/octet-stream',
          'Content-Security-Policy': strictPolicy(nonce),
          'X-Content-Type-Options': 'nosniff',
          'Cache-Control': 'no-store',
        });
        res.end(content);
      } catch {
        res.writeHead(404).end();
      }
    })().catch(() => res.writeHead(500).end());
  });
  await new Promise<void>((ready) => server.listen(0, '127.0.0.1', ready));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((done) => server.close(() => done())),
  };
}
