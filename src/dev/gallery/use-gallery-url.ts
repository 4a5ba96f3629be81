import { useCallback, useEffect, useMemo, useSyncExternalStore, type MouseEvent } from 'react';
import {
  DENSITIES,
  DIRECTIONS,
  isGalleryWidth,
  LOCALES,
  THEMES,
  type GalleryDensity,
  type GalleryDirection,
  type GalleryTheme,
  type GalleryWidth,
} from './globals.js';

/** Everything the gallery shows is in the URL, so each view has a stable address to share. */
export type GalleryUrl = {
  view: 'story' | 'grid';
  /** The story id (story view). */
  story: string | undefined;
  /** The state shown for every component (grid view). */
  state: string;
  theme: GalleryTheme;
  width: GalleryWidth;
  locale: string;
  density: GalleryDensity;
  dir: GalleryDirection;
  /** Whether the widget is laid out as on a touch screen (touch-preview.ts). */
  touch: boolean;
  /** The sidebar's search. */
  q: string;
  /** Whether the story's source file is shown. */
  source: boolean;
};

export const DEFAULTS = {
  view: 'story',
  state: 'empty',
  theme: 'light',
  width: '480',
  locale: 'en',
  density: 'comfortable',
  dir: 'ltr',
  q: '',
} as const;

export type UrlPatch = { [K in keyof GalleryUrl]?: GalleryUrl[K] | undefined };

function pick<T extends string>(value: string | null, allowed: readonly T[], fallback: T): T {
  return value !== null && (allowed as readonly string[]).includes(value) ? (value as T) : fallback;
}

/** A width in px ("390", or "390px" as people write it), or the default for anything else. */
function readWidth(value: string | null): GalleryWidth {
  const digits = value?.trim().replace(/px$/i, '') ?? '';
  return isGalleryWidth(digits) ? digits : DEFAULTS.width;
}

/**
 * Reads the gallery's URL. A value it cannot show (`theme=neon`, `width=abc`) reads as the
 * default; {@link canonicalSearch} gives the address that says what is shown.
 */
export function parseGalleryUrl(search: string): GalleryUrl {
  const params = new URLSearchParams(search);
  return {
    view: pick(params.get('view'), ['story', 'grid'] as const, DEFAULTS.view),
    story: params.get('story') ?? undefined,
    state: params.get('state') ?? DEFAULTS.state,
    theme: pick(params.get('theme'), THEMES, DEFAULTS.theme),
    width: readWidth(params.get('width')),
    locale: pick(params.get('locale'), LOCALES, DEFAULTS.locale),
    density: pick(params.get('density'), DENSITIES, DEFAULTS.density),
    dir: pick(params.get('dir'), DIRECTIONS, DEFAULTS.dir),
    touch: params.get('touch') === '1',
    q: params.get('q') ?? DEFAULTS.q,
    source: params.get('source') === '1',
  };
}

/** The query string for a state, leaving out defaults, in a fixed order: `?story=…&theme=dark`. */
export function galleryHref(url: GalleryUrl): string {
  const params = new URLSearchParams();
  if (url.view === 'grid') {
    params.set('view', 'grid');
    params.set('state', url.state);
  } else if (url.story) {
    params.set('story', url.story);
  }
  for (const key of ['theme', 'width', 'locale', 'density', 'dir'] as const) {
    if (url[key] !== DEFAULTS[key]) params.set(key, url[key]);
  }
  if (url.touch) params.set('touch', '1');
  if (url.q !== DEFAULTS.q) params.set('q', url.q);
  if (url.view === 'story' && url.source) params.set('source', '1');
  const query = params.toString();
  return query ? `?${query}` : window.location.pathname;
}

/**
 * The query string that says what `search` shows, or `undefined` when it already does: unknown
 * or unusable values (`theme=neon`, `width=abc`, `view=nope`) are dropped, `width=390px` becomes
 * `width=390`. Unknown parameters and the order are left alone, so a link stays as it was written.
 *
 * @example
 * canonicalSearch('?story=picker--default&theme=neon'); // '?story=picker--default'
 */
export function canonicalSearch(search: string): string | undefined {
  const url = parseGalleryUrl(search);
  const params = new URLSearchParams(search);
  const shown: Record<string, string> = {
    view: url.view,
    theme: url.theme,
    width: url.width,
    locale: url.locale,
    density: url.density,
    dir: url.dir,
  };
  let changed = false;
  for (const [key, value] of Object.entries(shown)) {
    const written = params.get(key);
    if (written === null || written === value) continue;
    changed = true;
    if (value === DEFAULTS[key as keyof typeof DEFAULTS]) params.delete(key);
    else params.set(key, value);
  }
  // `touch=1` is on, `touch=0` off as written; anything else (`touch=yes`) shows off, and goes.
  const touch = params.get('touch');
  if (touch !== null && touch !== '1' && touch !== '0') {
    changed = true;
    params.delete('touch');
  }
  if (!changed) return undefined;
  const query = params.toString();
  return query ? `?${query}` : window.location.pathname;
}

const subscribe = (onChange: () => void) => {
  window.addEventListener('popstate', onChange);
  return () => window.removeEventListener('popstate', onChange);
};

/**
 * The gallery's URL as state. `go` pushes a history entry (Back returns to the previous story);
 * `{ replace: true }` for typing in the search box. `link` gives an anchor's `href` and `onClick`
 * that navigate without reloading, while the `href` stays a real, shareable URL.
 */
export function useGalleryUrl() {
  const search = useSyncExternalStore(subscribe, () => window.location.search);
  const url = useMemo(() => parseGalleryUrl(search), [search]);

  // A shared address shows what it says: a value the gallery cannot show is taken out of it
  // (replaced, so Back does not return to it), rather than silently showing the default.
  useEffect(() => {
    const canonical = canonicalSearch(search);
    if (canonical === undefined) return;
    window.history.replaceState(null, '', canonical);
    window.dispatchEvent(new PopStateEvent('popstate'));
  }, [search]);

  const go = useCallback((patch: UrlPatch, options: { replace?: boolean } = {}) => {
    const next = galleryHref({ ...parseGalleryUrl(window.location.search), ...patch } as GalleryUrl);
    if (options.replace) window.history.replaceState(null, '', next);
    else window.history.pushState(null, '', next);
    window.dispatchEvent(new PopStateEvent('popstate'));
  }, []);

  const link = useCallback(
    (patch: UrlPatch) => ({
      href: galleryHref({ ...url, ...patch } as GalleryUrl),
      onClick: (event: MouseEvent<HTMLAnchorElement>) => {
        if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
        event.preventDefault();
        go(patch);
      },
    }),
    [url, go],
  );

  return { url, go, link };
}
