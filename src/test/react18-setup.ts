import Module from 'node:module';

/**
 * Setup for the `react18` vitest project, run before src/test/setup.ts. Vite's aliases reach only
 * the modules Vite transforms; React 18's own CommonJS files (react-dom18, react18/jsx-runtime)
 * are loaded by Node, whose `require('react')` would find React 19. Send those to React 18 too.
 */
type ResolveFilename = (request: string, ...rest: unknown[]) => string;
const cjs = Module as unknown as { _resolveFilename: ResolveFilename };
const resolveFilename = cjs._resolveFilename;

cjs._resolveFilename = function resolveToReact18(this: unknown, request, ...rest) {
  const match = /^(react|react-dom)(\/.*)?$/.exec(request);
  const target = match ? `${match[1]}18${match[2] ?? ''}` : request;
  return resolveFilename.call(this, target, ...rest);
};
