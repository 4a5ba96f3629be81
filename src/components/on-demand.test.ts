import { afterEach, describe, expect, it, vi } from 'vitest';
import { onDemand } from './on-demand.js';

function deferred<T>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((res) => {
    resolve = res;
  });
  return { promise, resolve };
}

/** What `read()` threw (a suspending component's promise), or undefined when it returned. */
function thrownBy(read: () => unknown): unknown {
  try {
    read();
    return undefined;
  } catch (thrown) {
    return thrown;
  }
}

afterEach(() => {
  // Drop the own `onLine` property a test may have planted, uncovering jsdom's getter again.
  Reflect.deleteProperty(navigator, 'onLine');
});

describe('given code that loads on demand', () => {
  it('waits for the browser to be back online before it loads, since a failed load is final', async () => {
    Object.defineProperty(navigator, 'onLine', { configurable: true, value: false });
    const load = vi.fn(async () => 'module');
    const code = onDemand(load);

    const thrown = thrownBy(code.read);
    void code.preload();
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(load).not.toHaveBeenCalled();
    expect(thrownBy(code.read)).toBe(thrown);

    Object.defineProperty(navigator, 'onLine', { configurable: true, value: true });
    window.dispatchEvent(new Event('online'));
    await thrown;
    expect(load).toHaveBeenCalledTimes(1);
    expect(code.read()).toBe('module');
  });


  it('suspends while it loads, then reads synchronously, loading it once', async () => {
    const pending = deferred<{ answer: number }>();
    const load = vi.fn(() => pending.promise);
    const code = onDemand(load);

    const thrown = thrownBy(code.read);
    expect(thrown).toBeInstanceOf(Promise);
    expect(thrownBy(code.read)).toBe(thrown);

    pending.resolve({ answer: 42 });
    await thrown;

    expect(code.read()).toEqual({ answer: 42 });
    await code.preload();
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('starts loading on preload, before anything reads it', async () => {
    const load = vi.fn(async () => 'module');
    const code = onDemand(load);

    await code.preload();

    expect(load).toHaveBeenCalledTimes(1);
    expect(code.read()).toBe('module');
  });

  it('reads as undefined after a failed load, rejects no one, and does not load again (the page must reload)', async () => {
    const load = vi.fn().mockRejectedValue(new TypeError('Failed to fetch dynamically imported module'));
    const code = onDemand(load);

    await expect(code.preload()).resolves.toBeUndefined();
    expect(code.read()).toBeUndefined();
    await code.preload();

    expect(code.read()).toBeUndefined();
    expect(load).toHaveBeenCalledTimes(1);
  });
});
