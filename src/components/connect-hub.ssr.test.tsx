// @vitest-environment node
import { Writable } from 'node:stream';
import type { ReactNode } from 'react';
import { renderToPipeableStream, renderToString } from 'react-dom/server';
import { afterEach, beforeEach, describe, expect, it, vi, type MockInstance } from 'vitest';
import { ConnectHub, preloadConnectHub } from '../index.js';
import { shortcutWith } from '../test/acme-provider.js';

/** A streaming server render (what Next.js and Remix use), once everything in it is ready. */
function renderToStream(element: ReactNode): Promise<string> {
  return new Promise((resolve, reject) => {
    let html = '';
    const sink = new Writable({
      write(chunk: Buffer, _encoding, done) {
        html += chunk.toString();
        done();
      },
    });
    sink.on('finish', () => resolve(html));
    const { pipe } = renderToPipeableStream(element, { onAllReady: () => pipe(sink), onShellError: reject, onError: reject });
  });
}

/** The library as a server process that has not loaded the provider screen's code yet. */
async function freshConnectHub() {
  vi.resetModules();
  return (await import('../index.js')).ConnectHub;
}

// A server has no DOM: any read of `window`, `document`, `navigator` or storage during module
// evaluation or rendering throws a ReferenceError here and fails the test.
describe('given a server without a DOM (renderToString in Node)', () => {
  let consoleError: MockInstance<typeof console.error>;
  let consoleWarn: MockInstance<typeof console.warn>;

  beforeEach(() => {
    consoleError = vi.spyOn(console, 'error');
    consoleWarn = vi.spyOn(console, 'warn');
  });

  afterEach(() => {
    // e.g. React 18's "useLayoutEffect does nothing on the server".
    expect(consoleError).not.toHaveBeenCalled();
    expect(consoleWarn).not.toHaveBeenCalled();
    vi.restoreAllMocks();
  });

  it('really has no browser globals', () => {
    expect(typeof window).toBe('undefined');
    expect(typeof document).toBe('undefined');
    expect(typeof localStorage).toBe('undefined');
  });

  it('renders the picker with its heading and its own <style>', () => {
    const html = renderToString(<ConnectHub endpoint="/api/connect" />);

    expect(html).toMatch(/<div class="ch-root" data-step="picker"/);
    expect(html).toMatch(/<h2 class="ch-title"[^>]*>Connect an account<\/h2>/);
    // Vitest stubs CSS imports, so the element is empty here; the package check renders the built
    // bundle in plain Node and finds the stylesheet in it (src/test/package-check).
    expect(html).toMatch(/^<div class="ch-root"[^>]*><style>/);
  });

  it('renders a preselected Stripe with its heading and credential form, once preloadConnectHub() is done', async () => {
    await preloadConnectHub();
    const html = renderToString(<ConnectHub endpoint="/api/connect" provider="stripe" />);

    expect(html).toMatch(/<div class="ch-root" data-step="provider"/);
    expect(html).toMatch(/<h2 class="ch-title"[^>]*>Stripe<\/h2>/);
    expect(html).toMatch(/<input[^>]*type="password"/);
    expect(html).toContain('<style>');
    // Until the page hydrates, Connect cannot submit the form natively: the browser would GET the
    // page with the key in its URL. A disabled default button also stops Enter (implicit submission).
    expect(html).toMatch(/<button type="submit"[^>]*disabled=""[^>]*><span>Connect<\/span><\/button>/);
  });

  it('marks the option a select shows in its markup: "Choose…" until one is chosen, or the field’s default', async () => {
    await preloadConnectHub();
    const options = ['US', 'Canada', 'EU', 'UK', 'Japan'].map((name) => ({ value: name.toLowerCase(), label: name }));
    const regions = shortcutWith(
      'Regions',
      { key: 'region', label: 'Region', kind: 'select', options },
      { key: 'backup', label: 'Backup region', kind: 'select', options, defaultValue: 'eu' },
    );
    const html = renderToString(<ConnectHub endpoint="/api/connect" providers={[regions]} provider="regions" />);
    // Without a selected option, a browser shows the first one it may choose ("US") until the page hydrates.
    const selected = [...html.matchAll(/<option[^>]*selected=""[^>]*>([^<]*)<\/option>/g)].map((match) => match[1]);
    expect(selected).toEqual(['Choose…', 'EU']);
  });

  it('marks the default of a choice shown as cards, and fills a text field’s default, in its markup', async () => {
    await preloadConnectHub();
    const launchDarkly = renderToString(<ConnectHub endpoint="/api/connect" provider="launchdarkly" />);
    // LaunchDarkly's instance: Commercial until the user picks another, before the page hydrates too.
    const checked = (launchDarkly.match(/<input type="radio"[^>]*>/g) ?? []).filter((input) => input.includes('checked=""'));
    expect(checked.map((input) => /value="([^"]*)"/.exec(input)?.[1])).toEqual(['commercial']);

    const teams = shortcutWith('Teams', { key: 'team', label: 'Team', kind: 'text', defaultValue: 'sales' });
    const html = renderToString(<ConnectHub endpoint="/api/connect" providers={[teams]} provider="teams" />);
    expect(html).toMatch(/<input[^>]*name="credentials\.team"[^>]*value="sales"|<input[^>]*value="sales"[^>]*name="credentials\.team"/);
  });

  it('renders a preselected provider as its name and a loading status when its code is not loaded (renderToString cannot wait)', async () => {
    const FreshConnectHub = await freshConnectHub();
    const html = renderToString(<FreshConnectHub endpoint="/api/connect" provider="stripe" />);

    expect(html).toMatch(/<h2 class="ch-title"[^>]*>Stripe<\/h2>/);
    expect(html).toMatch(/role="status"[^>]*>.*<span>Loading…<\/span><\/p>/);
    expect(html).not.toMatch(/type="password"/);
  });

  it('streams a preselected provider with its form without preloading: a streaming render waits for the code', async () => {
    const FreshConnectHub = await freshConnectHub();
    const html = await renderToStream(<FreshConnectHub endpoint="/api/connect" provider="stripe" />);

    expect(html).toMatch(/<h2 class="ch-title"[^>]*>Stripe<\/h2>/);
    expect(html).toMatch(/<input[^>]*type="password"/);
  });

  it('renders the style element with the nonce, theme and variables the host gave', () => {
    const html = renderToString(
      <ConnectHub
        endpoint="/api/connect"
        nonce="r4nd0m"
        appearance={{ theme: 'dark', variables: { colorPrimary: '#0f766e' } }}
      />,
    );

    expect(html).toContain('data-theme="dark"');
    expect(html).toMatch(/<style nonce="r4nd0m">[^<]*--ch-accent:\s*#0f766e/);
  });

  it('leaves out the stylesheet when the host loads connect-hub/styles.css itself', () => {
    const html = renderToString(<ConnectHub endpoint="/api/connect" injectStyles={false} />);

    expect(html).not.toContain('<style');
    expect(html).toContain('Connect an account');
  });
});
