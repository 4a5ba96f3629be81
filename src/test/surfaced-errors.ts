import { vi } from 'vitest';

/**
 * The widget rethrows a host callback's error from a timer, outside React (so it reaches the
 * host's error reporting); collect those errors here instead of failing the run.
 */
export function collectSurfacedErrors(): unknown[] {
  const realSetTimeout = globalThis.setTimeout;
  const surfaced: unknown[] = [];
  const surfacing = (handler: TimerHandler, delay?: number, ...args: unknown[]) =>
    realSetTimeout(
      (...callArgs: unknown[]) => {
        try {
          if (typeof handler === 'function') handler(...callArgs);
        } catch (error) {
          surfaced.push(error);
        }
      },
      delay,
      ...args,
    );
  vi.stubGlobal('setTimeout', surfacing);
  return surfaced;
}
