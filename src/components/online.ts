import { useSyncExternalStore } from 'react';

/**
 * Whether the browser says it is offline. `navigator.onLine` is `false` only when it knows; on
 * the server (no `navigator`, or one without `onLine`) this is `false`.
 */
export function browserSaysOffline(): boolean {
  return typeof navigator === 'object' && navigator.onLine === false;
}

const subscribe = (onChange: () => void) => {
  window.addEventListener('online', onChange);
  window.addEventListener('offline', onChange);
  return () => {
    window.removeEventListener('online', onChange);
    window.removeEventListener('offline', onChange);
  };
};

/** {@link browserSaysOffline}, negated, as state that follows the `online` and `offline` events. */
export function useOnline(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => !browserSaysOffline(),
    () => true,
  );
}
