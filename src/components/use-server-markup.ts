import { useSyncExternalStore } from 'react';

const subscribeNever = () => () => {};

/** True on the server and while hydrating the server's HTML; false in a client render. */
export function useServerMarkup(): boolean {
  return useSyncExternalStore(
    subscribeNever,
    () => false,
    () => true,
  );
}
