// The consumer check of `npm run test:package`, run after `npm run build`: packs the library as
// npm would publish it, installs the tarball into two tiny host projects, type-checks a host file
// (with skipLibCheck off) under moduleResolution `bundler` and `nodenext`, and runs the packed
// entries in plain Node (server-side render, `connect-hub/element` import).
//
// Offline: the hosts get the tarball's files plus symlinks to the packages it declares
// (dependencies, peerDependencies and their @types) from this repository's node_modules, so a
// declaration file that needs anything undeclared fails here as it would for a user.
//
// A plain .mjs file because Node 20 cannot run TypeScript; it is not shipped (`files` is ["dist"]).
// Set KEEP_CONSUMER_CHECK=1 to keep the temporary folder for a look.

import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { gzipSync } from 'node:zlib';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const pkg = JSON.parse(readFileSync(join(repo, 'package.json'), 'utf8'));
const started = Date.now();

async function run(command, args, cwd) {
  try {
    const { stdout } = await promisify(execFile)(command, args, { cwd, encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 });
    return stdout;
  } catch (error) {
    const output = `${error.stdout ?? ''}${error.stderr ?? ''}`.trim();
    throw new Error(`\`${command} ${args.join(' ')}\` failed in ${cwd}:\n${output}`, { cause: error });
  }
}

function check(condition, message) {
  if (!condition) throw new Error(message);
}

/** The packages a consumer's install would bring next to connect-hub. */
function declaredPackages() {
  const names = new Set([...Object.keys(pkg.dependencies ?? {}), ...Object.keys(pkg.peerDependencies ?? {})]);
  for (const name of [...names]) {
    const types = `@types/${name.replace(/^@/, '').replace('/', '__')}`;
    if (existsSync(join(repo, 'node_modules', types))) names.add(types);
  }
  return [...names];
}

// Written as a user would: the public entries, their types, a React element, the custom element,
// under a strict host's settings (below).
const hostSource = `
import { builtInMessages, builtInProviders, ConnectError, ConnectHub, defineProvider, shortcut, type ConnectHubProps, type ConnectedAccount, type LocalePack, type MessageCatalogue, type Messages, type ServerErrorCode } from 'connect-hub';
import { defineConnectHubElement, mount, type ConnectHubElementEventMap, type ConnectHubProps as ElementProps } from 'connect-hub/element';
import { de } from 'connect-hub/locales/de';
import { fr } from 'connect-hub/locales/fr';
// The stylesheet, for hosts that set injectStyles={false}: typed for a host without Vite's types.
import 'connect-hub/styles.css';
import {
  builtInVerifiers,
  ConnectHandlerError,
  createConnectHandler,
  MemoryIdempotencyStore,
  stripeVerifier,
  toNodeHandler,
  type IdempotencyEntry,
  type IdempotencyStore,
  type Verifier,
} from 'connect-hub/server';
// What IdempotencyStore's Redis example leaves to the host: a node-redis v4 client.
declare const redis: {
  set(key: string, value: string, options: { NX: true; PX: number }): Promise<string | null>;
  get(key: string): Promise<string | null>;
  eval(script: string, options: { keys: string[]; arguments: string[] }): Promise<unknown>;
};

const acme = defineProvider({ ...shortcut, id: 'acme', name: 'Acme' });
const acmeId: 'acme' = acme.id;
// A definition kept as a constant, checked where it is used; the result is read-only.
const beta = defineProvider({
  ...shortcut,
  id: 'beta',
  fields: [{ key: 'api_key', label: 'API Key', kind: 'secret', pattern: 'beta_[a-z0-9]{24}' }],
} as const);
// @ts-expect-error: a checked definition is frozen
beta.fields.push(beta.fields[0]);
console.log(acmeId, beta.id);

const props: ConnectHubProps = {
  endpoint: '/api/connect',
  providers: [...builtInProviders, acme],
  headers: async () => ({ Authorization: 'Bearer session' }),
  appearance: { theme: 'system', variables: { colorPrimary: '#0f766e' } },
  onSuccess: (account: ConnectedAccount) => console.log(account.id),
  onError: (error) => console.log(error instanceof ConnectError, error.code, error.status),
  // One type per event: a switch on its type narrows to what that event carries.
  onEvent: (event) => {
    switch (event.type) {
      case 'error': {
        const provider: string = event.provider;
        const code: ConnectError['code'] = event.code;
        return console.log(provider, code, event.environment);
      }
      case 'close':
        // @ts-expect-error: close names no provider
        return console.log(event.provider.length);
      default:
        return console.log(event.type, event.provider, event.code);
    }
  },
};

// The codes connect-hub/server sends are named (and suggested by editors); any other still fits.
const unreachable: ServerErrorCode = 'provider_unreachable';
// @ts-expect-error: a host's own code is none of the server's
const ownCode: ServerErrorCode = 'already_connected';
export const fromServer = new ConnectError({ code: unreachable, message: 'Stripe could not be reached.' }).code === ownCode;

export const app = <ConnectHub {...props} provider="acme" />;
// A handler typed for the events' common shape still takes them (a field an event lacks is absent, not undefined).
const logEvent = (event: { type: string; provider?: string; environment?: string | undefined; code?: string; at: number }) => console.log(event);
export const logged = <ConnectHub {...props} onEvent={logEvent} />;
// The widget calls fetch(endpoint, init): a tracing wrapper or a fixture typed for that will do.
export const traced = <ConnectHub {...props} fetch={async (url: string, init: RequestInit) => fetch(url, { ...init, keepalive: true })} />;

// A host under exactOptionalPropertyTypes may pass what it holds, undefined included.
const nonce: string | undefined = undefined;
export const strictHost = <ConnectHub {...props} nonce={nonce} locale={undefined} appearance={{ theme: undefined }} messages={{ connect: nonce }} />;
export const strictInputs = <ConnectHub {...props} appearance={{ variables: { colorPrimary: undefined } }} locales={[{ ...fr, providers: undefined }]} />;
export const hostError = new ConnectError({ code: 'headers', message: 'No session.', status: undefined, field: undefined, retryable: undefined, retryAfterMs: undefined });
// Errors of the host's own, named as errors are, for its logs.
class SessionExpiredError extends ConnectError {
  constructor() {
    super({ code: 'session_expired', message: 'Sign in again.' });
    this.name = 'SessionExpiredError';
  }
}
class AlreadyConnectedError extends ConnectHandlerError {
  override name = 'AlreadyConnectedError';
}
export const ownErrors = [new SessionExpiredError(), new AlreadyConnectedError({ status: 409, code: 'already_connected', message: 'Linked already.' })];

const locales: readonly LocalePack[] = [fr, de];
export const french = <ConnectHub {...props} locale="fr-CA" locales={locales} />;

// English is built in: known to be there, a property and not an index.
const english: Messages = builtInMessages.en;
console.log(english.connect, builtInMessages['fr']?.connect);

// A catalogue made before the strings added since may lack them, and only them.
declare const catalogue: Messages;
const { screenLoading: _screenLoading, reloadPage: _reloadPage, ...madeEarlier } = catalogue;
export const spanish: LocalePack = { locale: 'es', messages: { ...madeEarlier, connect: 'Conectar' } };
const { connect: _connect, ...incomplete } = catalogue;
// @ts-expect-error: connect is no string added later
export const broken: MessageCatalogue = incomplete;
// The server words credential errors with a pack's messages.
export const frenchBackend = createConnectHandler({ onConnect: () => ({ id: 'acct_1' }), messages: fr.messages });

// The server's inputs under exactOptionalPropertyTypes: undefined reads as absent there too.
const timeoutMs: number | undefined = undefined;
const checkAcme: Verifier = async () => ({ ok: false, status: 422, code: 'invalid_credentials', message: 'No.', field: undefined, retryAfterSeconds: undefined });
const checkBeta: Verifier = async () => ({ ok: true, warnings: [], details: undefined });
// Warnings the handler only reads: a shared read-only list will do.
const readOnly: readonly string[] = Object.freeze(['This key can only read.']);
const checkGamma: Verifier = async () => ({ ok: true, warnings: readOnly });
console.log(checkGamma, stripeVerifier({ fetch: async (url: string) => fetch(url) }));
export const strictBackend = toNodeHandler(
  createConnectHandler({
    providers: [...builtInProviders, acme, beta],
    verify: {
      ...builtInVerifiers({ timeoutMs, fetch: undefined, userAgent: undefined, baseUrls: { stripe: undefined, gocardless: { sandbox: undefined } }, requireWrite: { shortcut: undefined } }),
      stripe: stripeVerifier({ baseUrl: undefined, timeoutMs }),
      acme: checkAcme,
      beta: checkBeta,
    },
    authorize: undefined,
    idempotency: { store: new MemoryIdempotencyStore({ ttlMs: undefined, pendingTtlMs: undefined, maxEntries: undefined, now: undefined }), scope: undefined, required: undefined, pendingWaitMs: undefined },
    allowSameSite: undefined,
    maxBodyBytes: undefined,
    messages: undefined,
    onError: undefined,
    onConnect: () => {
      if (Math.random() > 0.5) throw new ConnectHandlerError({ status: 409, code: 'already_connected', message: 'Already connected.', field: undefined, retryAfterSeconds: undefined });
      return { id: 'acct_1', name: undefined };
    },
  }),
  { fallbackOrigin: undefined },
);

// @ts-expect-error: endpoint is required
export const missingEndpoint: ConnectHubProps = { provider: 'stripe' };

// connect-hub/element renders with a React of its own, which cannot render the host's elements.
const elementProps: ElementProps = { ...props, mode: 'modal', trigger: 'Link an account' };
const widget = mount(document.createElement('div'), elementProps);
widget.update({ ...elementProps, locale: 'fr', messages: { connect: undefined } });
widget.unmount();
// @ts-expect-error: a trigger is text there
mount(document.createElement('div'), { ...elementProps, trigger: <b>Link an account</b> });

const ElementClass = defineConnectHubElement('my-connect-hub');
const made = new ElementClass();
made.options = { appearance: { density: 'compact' } };
made.theme = 'system';
made.mode = undefined;
const mode: 'inline' | 'modal' | null = made.mode;
made.open = !made.open;
// @ts-expect-error: the dialog's open is the element's attribute, not an option
made.options = { open: true };
// @ts-expect-error: not a theme
made.theme = 'blue';
console.log(mode);
const element = document.createElement('connect-hub');
element.setAttribute('endpoint', '/api/connect');
element.provider = undefined;
element.options = { headers: { Authorization: 'Bearer session' }, trigger: 'Link an account' };
// @ts-expect-error: a trigger is text there
element.options = { trigger: <b>Link an account</b> };
element.addEventListener('connect-hub:success', (event) => console.log(event.detail.id, event.detail.provider));
element.addEventListener('connect-hub:error', (event) => {
  const detail: ConnectHubElementEventMap['connect-hub:error']['detail'] = event.detail;
  // @ts-expect-error: an error's detail carries no credential
  console.log(detail.code, detail.credentials);
});
element.addEventListener('connect-hub:event', (event) => {
  if (event.detail.type === 'select_provider') console.log(event.detail.provider.toUpperCase());
});
element.addEventListener('click', (event) => console.log(event.clientX));
// The events bubble and are composed: a listener on the document is typed too.
document.addEventListener('connect-hub:success', (event) => console.log(event.detail.id));
document.body.append(element);
`;

/** The `@example` of a declaration in the packed types, as a host copies it into its own code. */
function jsdocExample(file, declaration) {
  const text = readFileSync(join(repo, 'dist/types', file), 'utf8');
  const end = text.indexOf(`export ${declaration} `);
  const doc = text.slice(text.lastIndexOf('/**', end), end);
  const at = doc.indexOf('@example');
  check(end >= 0 && at >= 0, `dist/types/${file}: no @example on \`export ${declaration}\``);
  return doc
    .slice(at + '@example'.length)
    .split('\n')
    .map((line) => line.replace(/^\s*\*\/$/, '').replace(/^\s*\* ?/, ''))
    .join('\n');
}

// Examples that hosts copy as they are must type-check under the host's settings too (each in a
// block of its own, so that its names do not clash with the host's).
const copiedExamples = [jsdocExample('server/types.d.ts', 'type Verifier'), jsdocExample('server/idempotency-store.d.ts', 'interface IdempotencyStore')]
  .map((example) => `{${example}}`)
  .join('\n');

// The README's code examples, as a new user copies them into a host: every TypeScript, TSX and
// JavaScript block that uses the package (not the ones that import this repository's own files, nor
// those a `/* … */` marks as a fragment), each in a file of its own. What an example leaves to the
// host (its session token, its `open` state, its session store and vault) is declared before it,
// and a block of bare JSX (Theming, Modal mode) is the value of a fragment, its comments in braces.
// The backend example imports node:http, so these files get Node's types; host.tsx keeps none, so
// that a declaration file needing them still fails there.
const hostNames = `
declare function getSessionToken(): Promise<string>;
declare const open: boolean;
declare function setOpen(open: boolean): void;
declare const request: Request;
declare const sessions: { userFrom(cookie: string | null): { id: string } | null };
declare const vault: { saveAccount(userId: string, account: object): Promise<string> };
`;
function readmeExamples() {
  const readme = readFileSync(join(repo, 'README.md'), 'utf8');
  const examples = [];
  for (const [, lang, code] of readme.matchAll(/^```(tsx|ts|js)\n([\s\S]*?)^```$/gm)) {
    if (!code.includes("from 'connect-hub") && !/<ConnectHub[\s/]/.test(code)) continue;
    if (/from '\.\.?\//.test(code) || code.includes('/* … */')) continue;
    const line = readme.slice(0, readme.indexOf(code)).split('\n').length;
    const name = `readme-${line}.${lang === 'tsx' ? 'tsx' : 'ts'}`;
    const body = code.includes('import ')
      ? code
      : `import { ConnectHub } from 'connect-hub';\nexport const example = (\n<>\n${code.replace(/^\/\/ (.*)$/gm, '{/* $1 */}')}</>\n);\n`;
    examples.push({ name, source: `// README.md, the example at line ${line}\n${hostNames}\n${body}` });
  }
  check(examples.length >= 7, `README.md: found ${examples.length} code examples that use the package, expected at least 7`);
  return examples;
}
const readmeFiles = readmeExamples();

/** A size README.md states, `≈N kB` right after `before`, in bytes (kB are 1,000 bytes, as in bench/). */
function readmeSize(before) {
  const readme = readFileSync(join(repo, 'README.md'), 'utf8').replace(/\s+/g, ' ');
  const match = new RegExp(`${before.replace(/[()]/g, '\\$&')}[^≈]{0,80}≈(\\d+) kB`).exec(readme);
  check(match, `README.md: no "≈N kB" after "${before}"`);
  return Number(match[1]) * 1000;
}
/** Whether a measured size is the one README.md states, give or take 5 %. */
function sizeMatches(measured, stated) {
  return Math.abs(measured - stated) <= stated * 0.05;
}
const statedStylesheet = readmeSize("the widget's inline stylesheet");

// Run in Node from the nodenext host: the packed bundle must server-render without a DOM.
const nodeSmokeTest = `
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { createElement } from 'react';
import { renderToString } from 'react-dom/server';
import { ConnectHub, preloadConnectHub } from 'connect-hub';

const fail = (message) => { console.error(message); process.exit(1); };
const html = renderToString(createElement(ConnectHub, { endpoint: '/api/connect' }));
if (!html.includes('Connect an account')) fail('server render: no picker heading in ' + html.slice(0, 200));
const style = /<style>([\\s\\S]*?)<\\/style>/.exec(html);
if (!style || !style[1].includes('.ch-root')) fail('server render: no stylesheet (<style> with .ch-root rules)');
if (/&(gt|lt|quot|#x27|amp);/.test(style[1])) fail('server render: the stylesheet is HTML-escaped');
// README.md states its size (it decides what a streaming render's first chunk holds).
if (Math.abs(style[1].length - ${statedStylesheet}) > ${statedStylesheet * 0.05}) fail('README.md says the inline stylesheet is ≈${statedStylesheet / 1000} kB; it is ' + (style[1].length / 1000).toFixed(1) + ' kB');
const stripe = renderToString(createElement(ConnectHub, { endpoint: '/api/connect', provider: 'stripe' }));
if (!/<h2[^>]*>Stripe<\\/h2>/.test(stripe)) fail('server render: no Stripe heading');
const { fr } = await import('connect-hub/locales/fr');
// renderToString does not wait for the provider screen's chunk: load it first, as the README says.
await preloadConnectHub();
const french = renderToString(createElement(ConnectHub, { endpoint: '/api/connect', provider: 'stripe', locale: 'fr', locales: [fr] }));
if (!french.includes('lang="fr"') || !french.includes('Mode test')) fail('server render: connect-hub/locales/fr did not translate Stripe');

const element = await import('connect-hub/element');
if (typeof element.mount !== 'function' || typeof element.defineConnectHubElement !== 'function') {
  fail('connect-hub/element: mount or defineConnectHubElement missing: ' + Object.keys(element));
}
const css = readFileSync(fileURLToPath(import.meta.resolve('connect-hub/styles.css')), 'utf8');
if (!css.includes('.ch-root')) fail('connect-hub/styles.css: no .ch-root rules');
// A strict-CSP host links the file instead of the injected copy: the same rules, as small.
if (!style[1].includes(css)) fail('connect-hub/styles.css is not the stylesheet the widget injects (' + (css.length / 1000).toFixed(1) + ' kB against ' + (style[1].length / 1000).toFixed(1) + ' kB)');
// The build lowers :dir(rtl) to a list of right-to-left languages (:lang(ae), :lang(ar)…), which
// misses a widget laid out right to left in English: its rules must use the root's dir attribute.
for (const entry of ['connect-hub', 'connect-hub/element']) {
  const shipped = readFileSync(fileURLToPath(import.meta.resolve(entry)), 'utf8');
  if (shipped.includes(':lang(ae)')) fail(entry + ': its stylesheet has a :dir() rule, lowered to a list of languages; use [dir="rtl"] on .ch-root');
}
console.log('node: server render, connect-hub/locales/fr, connect-hub/element import and connect-hub/styles.css ok');
`;

const hosts = {
  bundler: { module: 'esnext', moduleResolution: 'bundler' },
  nodenext: { module: 'nodenext', moduleResolution: 'nodenext' },
};

const work = mkdtempSync(join(tmpdir(), 'connect-hub-consumer-'));
try {
  const packed = JSON.parse(await run('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', work], repo));
  const tarball = join(work, packed[0].filename);
  console.log(`packed ${packed[0].filename}: ${packed[0].entryCount} files, ${(packed[0].size / 1024).toFixed(0)} kB`);

  // `npm pack` and `npm publish` on a fresh clone build first: without `prepack` they packed no
  // `dist/` at all, a package whose every entry is missing.
  check(/\bnpm run build\b/.test(pkg.scripts?.prepack ?? ''), 'package.json: a "prepack" script must run "npm run build", so that npm pack on a fresh clone packs dist/.');

  // The published bundles themselves.
  const main = readFileSync(join(repo, 'dist/connect-hub.js'), 'utf8');
  check(/^["']use client["'];/.test(main), "dist/connect-hub.js must start with 'use client' (React Server Components).");
  const standalone = readFileSync(join(repo, 'dist/element.js'), 'utf8');
  const imports = [...standalone.matchAll(/(?:^|[;}\s])(?:import|export)\s*(?:[\w*{},\s]*from\s*)?["']([^"']+)["']/g)].map((m) => m[1]);
  check(imports.length === 0, `dist/element.js must be self-contained (it bundles React), but imports: ${imports.join(', ')}`);
  check(!/\bprocess\.env\b/.test(standalone), 'dist/element.js still reads process.env, which a browser page does not have.');
  const standaloneGzip = gzipSync(standalone).length;
  const statedStandalone = readmeSize('one self-contained file with React inside');
  check(sizeMatches(standaloneGzip, statedStandalone), `README.md says dist/element.js is ≈${statedStandalone / 1000} kB gzip; it is ${(standaloneGzip / 1000).toFixed(1)} kB.`);
  // French and German are opt-in packs: nothing the default entry loads may carry them.
  for (const file of readdirSync(join(repo, 'dist')).filter((name) => name.endsWith('.js') && name !== 'element.js')) {
    const source = readFileSync(join(repo, 'dist', file), 'utf8');
    check(!/Connecter un compte|Konto verbinden/.test(source), `dist/${file} carries French or German text; it belongs in dist/locales/.`);
  }

  // The two hosts are independent: install and type-check them side by side.
  const typeChecks = Object.entries(hosts).map(async ([name, options]) => {
    const host = join(work, name);
    const installed = join(host, 'node_modules/connect-hub');
    mkdirSync(installed, { recursive: true });
    await run('tar', ['-xzf', tarball, '-C', installed, '--strip-components=1'], host);
    for (const dependency of declaredPackages()) {
      const link = join(host, 'node_modules', dependency);
      mkdirSync(dirname(link), { recursive: true });
      symlinkSync(join(repo, 'node_modules', dependency), link, 'junction');
    }
    writeFileSync(join(host, 'package.json'), JSON.stringify({ name: `host-${name}`, private: true, type: 'module' }, null, 2));
    writeFileSync(
      join(host, 'tsconfig.json'),
      JSON.stringify(
        {
          compilerOptions: {
            ...options,
            target: 'ES2022',
            lib: ['ES2022', 'DOM', 'DOM.Iterable'],
            jsx: 'react-jsx',
            strict: true,
            exactOptionalPropertyTypes: true,
            noUncheckedIndexedAccess: true,
            noPropertyAccessFromIndexSignature: true,
            noEmit: true,
            skipLibCheck: false,
            verbatimModuleSyntax: true,
            types: [],
          },
          files: ['host.tsx'],
        },
        null,
        2,
      ),
    );
    writeFileSync(join(host, 'host.tsx'), `${hostSource}\n${copiedExamples}\n`);
    await run(join(repo, 'node_modules/.bin/tsc'), ['-p', 'tsconfig.json'], host);
    console.log(`${name}: host type-checks (module ${options.module}, moduleResolution ${options.moduleResolution}, skipLibCheck false)`);

    symlinkSync(join(repo, 'node_modules/@types/node'), join(host, 'node_modules/@types/node'), 'junction');
    for (const { name: file, source } of readmeFiles) writeFileSync(join(host, file), source);
    const settings = JSON.parse(readFileSync(join(host, 'tsconfig.json'), 'utf8'));
    settings.compilerOptions.types = ['node'];
    settings.files = readmeFiles.map((example) => example.name);
    writeFileSync(join(host, 'tsconfig.readme.json'), JSON.stringify(settings, null, 2));
    await run(join(repo, 'node_modules/.bin/tsc'), ['-p', 'tsconfig.readme.json'], host);
    console.log(`${name}: the README's ${readmeFiles.length} code examples type-check`);
  });
  await Promise.all(typeChecks);

  writeFileSync(join(work, 'nodenext/smoke.mjs'), nodeSmokeTest);
  process.stdout.write(await run(process.execPath, ['smoke.mjs'], join(work, 'nodenext')));
  console.log(`consumer check passed in ${((Date.now() - started) / 1000).toFixed(1)} s`);
} finally {
  if (process.env.KEEP_CONSUMER_CHECK) console.log(`kept ${work}`);
  else rmSync(work, { recursive: true, force: true });
}
