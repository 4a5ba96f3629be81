import { browserSaysOffline } from './online.js';

/**
 * Code that loads on demand and renders synchronously once it is here. `read()` gives the module;
 * while it loads, it suspends (throws the loading promise to the nearest `<Suspense>`, as
 * react-query's suspense hooks do); after a failed load it gives `undefined`, so the caller can
 * say so. A failed load is final: browsers keep a failed `import()` for the life of the page
 * (Chromium does not even send the request again), so only a reload recovers. That is why nothing
 * loads while the browser says it is offline: loading waits for it to be back online (a screen
 * opened meanwhile shows its loading notice until then). `preload()` starts loading early (idle
 * time, a hover) and never rejects.
 */
export type OnDemand<T> = {
  preload: () => Promise<void>;
  read: () => T | undefined;
};

export function onDemand<T>(load: () => Promise<T>): OnDemand<T> {
  let module: T | undefined;
  let loading: Promise<void> | undefined;
  let failed = false;

  const preload = (): Promise<void> => {
    // Offline, a load would fail for good: it waits until the browser is back online.
    loading ??= (
      browserSaysOffline()
        ? new Promise((online) => window.addEventListener('online', online, { once: true })).then(load)
        : load()
    ).then(
      (loaded) => {
        module = loaded;
      },
      () => {
        failed = true;
      },
    );
    return loading;
  };

  return {
    preload,
    read: () => {
      if (module !== undefined) return module;
      if (failed) return undefined;
      throw preload();
    },
  };
}
