// @vitest-environment node
import { renderToString } from 'react-dom/server';
import { afterEach, beforeEach, describe, expect, it, vi, type MockInstance } from 'vitest';
import { ConnectHub } from '../index.js';

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

  it('renders a preselected Stripe with its heading and credential form', () => {
    const html = renderToString(<ConnectHub endpoint="/api/connect" provider="stripe" />);

    expect(html).toMatch(/<div class="ch-root" data-step="provider"/);
    expect(html).toMatch(/<h2 class="ch-title"[^>]*>Stripe<\/h2>/);
    expect(html).toMatch(/<input[^>]*type="password"/);
    expect(html).toContain('<style>');
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
