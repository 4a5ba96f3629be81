import { act } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { en } from '../i18n/messages.js';
import { builtInProviders, stripe } from '../providers/index.js';
import type { ConnectHubContextValue } from './connect-hub-context.js';
import { rehearse, setUpListFormatting } from './provider-view.js';

function hub(): ConnectHubContextValue {
  return {
    providers: builtInProviders,
    messages: { ...en, formTitle: vi.fn(en.formTitle), chooseEnvironment: vi.fn(en.chooseEnvironment) },
    endpoint: '/api/connect',
    timeoutMs: undefined,
    getHeaders: vi.fn(() => undefined),
    getFetch: vi.fn(() => fetch),
    emit: vi.fn(),
    reportError: vi.fn(),
    close: vi.fn(),
    queryClient: undefined,
    submissionKeys: new Map(),
    takeFocusRequest: vi.fn(() => true),
    handFocusOn: vi.fn(),
    textLanguage: () => undefined,
    isolate: (name) => name,
    titleId: 'title',
  };
}

describe('rehearse', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('renders the screen away from the page and leaves no trace: no node, no event, no focus, no request', async () => {
    const focused = document.body.appendChild(document.createElement('input'));
    focused.focus();
    const observer = new MutationObserver(() => {});
    const context = hub();
    const root = document.body.appendChild(document.createElement('div'));
    vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(null);
    observer.observe(document, { childList: true, subtree: true, attributes: true, characterData: true });

    await act(async () => rehearse({ hub: context, provider: stripe, root }));
    await act(() => new Promise((resolve) => setTimeout(resolve, 0)));

    // The form was rendered (its title asked for)…
    expect(context.messages.formTitle).toHaveBeenCalledWith('Stripe');
    // …and nothing of it reached the page or the host.
    expect(observer.takeRecords()).toEqual([]);
    observer.disconnect();
    expect(document.activeElement).toBe(focused);
    expect(context.emit).not.toHaveBeenCalled();
    expect(context.reportError).not.toHaveBeenCalled();
    expect(context.takeFocusRequest).not.toHaveBeenCalled();
    expect(context.getFetch).not.toHaveBeenCalled();
    focused.remove();
    root.remove();
  });

  it('words the environment error once, so that list formatting is set up before the first validation needs it', () => {
    const context = hub();
    setUpListFormatting({ hub: context, provider: stripe, root: document.body });
    expect(context.messages.chooseEnvironment).toHaveBeenCalledExactlyOnceWith(['Production', 'Test Mode']);
    expect(context.emit).not.toHaveBeenCalled();
  });

  it("has the browser set up the screen's fonts in the root's families and size, on a canvas that is never in the page", async () => {
    const root = document.body.appendChild(document.createElement('div'));
    root.style.setProperty('--ch-font', "'Host Sans', sans-serif");
    root.style.setProperty('--ch-font-mono', "'Host Mono', monospace");
    root.style.setProperty('font-size', '17px');
    const measured: string[] = [];
    const canvas = { font: '', measureText: vi.fn(() => measured.push(canvas.font)) };
    const getContext = vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockImplementation(function (this: HTMLCanvasElement) {
      expect(this.isConnected).toBe(false);
      return canvas as unknown as CanvasRenderingContext2D;
    });

    await act(async () => rehearse({ hub: hub(), provider: stripe, root }));
    await act(() => new Promise((resolve) => setTimeout(resolve, 0)));

    // Headings and bold text, at fixed sizes and at the root's; the token field's face at the root's size.
    expect(measured).toEqual(expect.arrayContaining(["650 16px 'Host Sans', sans-serif", "650 17px 'Host Sans', sans-serif", "400 17px 'Host Mono', monospace"]));
    expect(measured.every((font) => / 'Host (Sans|Mono)', (sans-serif|monospace)$/.test(font))).toBe(true);
    expect(new Set(measured).size).toBe(measured.length);
    expect(getContext).toHaveBeenCalledWith('2d');
    root.remove();
  });
});
