import { act } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { en } from '../i18n/messages.js';
import { builtInProviders, stripe } from '../providers/index.js';
import type { ConnectHubContextValue } from './connect-hub-context.js';
import { rehearse } from './provider-view.js';

function hub(): ConnectHubContextValue {
  return {
    providers: builtInProviders,
    messages: { ...en, formTitle: vi.fn(en.formTitle) },
    endpoint: '/api/connect',
    timeoutMs: undefined,
    getHeaders: vi.fn(() => undefined),
    getFetch: vi.fn(() => fetch),
    emit: vi.fn(),
    reportError: vi.fn(),
    close: vi.fn(),
    queryClient: undefined,
    takeFocusRequest: vi.fn(() => true),
  };
}

describe('rehearse', () => {
  it('renders the screen away from the page and leaves no trace: no node, no event, no focus, no request', async () => {
    const focused = document.body.appendChild(document.createElement('input'));
    focused.focus();
    const observer = new MutationObserver(() => {});
    observer.observe(document, { childList: true, subtree: true, attributes: true, characterData: true });
    const context = hub();

    await act(async () => rehearse({ hub: context, provider: stripe }));
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
  });
});
