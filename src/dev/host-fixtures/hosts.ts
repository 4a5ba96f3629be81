/**
 * The host pages of the style-isolation fixture (/host-fixtures/?host=…&state=…), shared by the
 * fixture page and e2e/style-isolation.spec.ts. Plain data only: no Vite-specific imports here.
 */

/** Host pages whose widget must look exactly like the `plain` host's. */
export const comparedHosts = ['tailwind', 'bootstrap', 'root-10px', 'hostile-globals'] as const;

/**
 * Every host: `plain` (no host CSS) is the reference; `rtl` is the plain page with the widget's
 * `dir="rtl"`, looked at rather than compared.
 */
export const hostIds = ['plain', ...comparedHosts, 'rtl'] as const;
export type HostId = (typeof hostIds)[number];

/** What a widget shows: the provider picker, or Stripe's view (guide + form). */
export const fixtureStates = ['picker', 'provider'] as const;
export type FixtureState = (typeof fixtureStates)[number];

/** Each page shows the widget in a container of each of these widths (px), side by side. */
export const fixtureWidths = ['480', '1000'] as const;
export type FixtureWidth = (typeof fixtureWidths)[number];

/** Languages of the host's own packs (cjk-packs.ts), for `?locale=`; without it, English. */
export const fixtureLocales = ['ja', 'zh', 'ko'] as const;
export type FixtureLocale = (typeof fixtureLocales)[number];

export type FixtureParams = {
  host: HostId;
  states: readonly FixtureState[];
  widths: readonly FixtureWidth[];
  locale?: FixtureLocale | undefined;
};

function pick<T extends string>(value: string | null, allowed: readonly T[], fallback: T): T {
  return allowed.find((candidate) => candidate === value) ?? fallback;
}

/**
 * Reads `?host=…&state=…&width=…&locale=…`. Without `state` or `width` the page shows every state
 * at every width (one row per state), so one page load covers a host; an unknown host falls back to
 * plain.
 */
export function parseFixtureParams(search: string): FixtureParams {
  const params = new URLSearchParams(search);
  const state = params.get('state');
  const width = params.get('width');
  return {
    host: pick(params.get('host'), hostIds, 'plain'),
    states: fixtureStates.filter((candidate) => state === null || candidate === state),
    widths: fixtureWidths.filter((candidate) => width === null || candidate === width),
    locale: fixtureLocales.find((candidate) => candidate === params.get('locale')),
  };
}

/** The fixture page's path and query for a host, with every state (or only `state`). */
export function fixtureUrl(host: HostId, state?: FixtureState): string {
  return `/host-fixtures/?${new URLSearchParams(state ? { host, state } : { host }).toString()}`;
}

/** The accessible name of the region holding one widget, e.g. "picker at 480 px". */
export function stageName(state: FixtureState, width: FixtureWidth): string {
  return `${state} at ${width} px`;
}
