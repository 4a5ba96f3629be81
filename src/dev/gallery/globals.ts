import { builtInMessages, type Appearance, type LocalePack } from '../../index.js';
import { de } from '../../locales/de.js';
import { fr } from '../../locales/fr.js';

/**
 * The toolbar's settings ("globals" in Storybook's words) and how they reach a story: as the
 * widget's `appearance` and `locale` props, on top of the story's own args. In Storybook the same
 * would be a decorator in `.storybook/preview.tsx`.
 */

/** `system` follows the viewer's colour scheme, as `appearance.theme: 'system'` does in a host. */
export const THEMES = ['light', 'dark', 'system', 'brand'] as const;
export type GalleryTheme = (typeof THEMES)[number];

/** The widths the toolbar offers; any other in the range below is typed in, or comes in a URL. */
export const WIDTHS = ['320', '390', '480', '768', '1100', '1280'] as const;
/** A container width in px, as digits: one of {@link WIDTHS} or any other in the range. */
export type GalleryWidth = string;
export const MIN_WIDTH = 200;
export const MAX_WIDTH = 2560;

/** Whether `value` is a whole number of px the gallery can show: "390", not "390px", "0" or "1e3". */
export function isGalleryWidth(value: string): boolean {
  return /^[1-9]\d*$/.test(value) && Number(value) >= MIN_WIDTH && Number(value) <= MAX_WIDTH;
}

/** Every locale pack connect-hub ships (`connect-hub/locales/*`), given to every story, as a host would. */
export const LOCALE_PACKS: readonly LocalePack[] = [fr, de];

/** English (built in) and every shipped pack: a new pack shows up here once it is added to LOCALE_PACKS. */
export const LOCALES: readonly string[] = [...Object.keys(builtInMessages), ...LOCALE_PACKS.map((pack) => pack.locale)];

/** `appearance.density`, as a host sets it. */
export const DENSITIES = ['comfortable', 'compact'] as const;
export type GalleryDensity = (typeof DENSITIES)[number];

/**
 * The widget's direction: `rtl` is the `dir` prop (English laid out right to left, as a designer
 * checks a layout before a right-to-left locale exists), set on the page around it too.
 */
export const DIRECTIONS = ['ltr', 'rtl'] as const;
export type GalleryDirection = (typeof DIRECTIONS)[number];

export type Globals = { theme: GalleryTheme; locale: string; density: GalleryDensity; dir: GalleryDirection };

/**
 * A made-up host brand, set through `appearance.variables` only: a green accent on warm neutrals,
 * a serif face and rounder corners. Text colours keep 4.5:1 on their backgrounds.
 */
export const brandVariables: NonNullable<Appearance['variables']> = {
  colorBackground: '#fbfaf6',
  colorSurface: '#f2efe6',
  colorText: '#1f2a24',
  colorTextMuted: '#535d56',
  colorBorder: '#ddd8ca',
  colorBorderStrong: '#858b80',
  colorPrimary: '#0b6b55',
  colorPrimaryHover: '#085443',
  colorPrimaryText: '#ffffff',
  colorPrimarySoft: '#e2f1eb',
  colorFocus: '#0b6b55',
  fontFamily: "'Iowan Old Style', 'Palatino Linotype', Palatino, Georgia, 'DejaVu Serif', serif",
  borderRadius: '16px',
  borderRadiusSmall: '10px',
};

/**
 * The story's args with the toolbar's theme, locale, density and direction applied, and the packs
 * that serve the locale. A story's own compact density stays when the toolbar says comfortable, the
 * default, and without `rtl` the direction is the locale's, as in a host.
 */
export function applyGlobals(args: Record<string, unknown>, globals: Globals): Record<string, unknown> {
  const own = (args.appearance ?? {}) as Appearance;
  const appearance: Appearance = {
    ...own,
    theme: globals.theme === 'brand' ? 'light' : globals.theme,
    ...(globals.theme === 'brand' ? { variables: { ...brandVariables, ...own.variables } } : {}),
    ...(globals.density === 'compact' ? { density: 'compact' } : {}),
  };
  return {
    ...args,
    appearance,
    locale: globals.locale,
    locales: args.locales ?? LOCALE_PACKS,
    ...(globals.dir === 'rtl' ? { dir: 'rtl' } : {}),
  };
}

/** "English (en)", in English, for the locale menu. */
export function localeLabel(locale: string): string {
  try {
    const name = new Intl.DisplayNames(['en'], { type: 'language' }).of(locale);
    return name && name !== locale ? `${name} (${locale})` : locale;
  } catch {
    return locale;
  }
}
