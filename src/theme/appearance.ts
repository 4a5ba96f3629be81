/**
 * Theme variables a host may set through `appearance.variables`, and the CSS custom property each sets.
 *
 * @example
 * <ConnectHub endpoint="/api/connect" appearance={{ variables: { colorPrimary: '#5b3df5', fontFamily: 'Inter, sans-serif' } }} />
 * // With connect-hub/styles.css, your own CSS may set the properties instead: .ch-root { --ch-accent: #5b3df5; }
 */
export const themeVariables = {
  colorBackground: '--ch-bg',
  colorSurface: '--ch-surface',
  colorText: '--ch-fg',
  colorTextMuted: '--ch-muted',
  colorBorder: '--ch-border',
  colorBorderStrong: '--ch-border-strong',
  colorPrimary: '--ch-accent',
  colorPrimaryHover: '--ch-accent-hover',
  colorPrimaryText: '--ch-accent-fg',
  colorPrimarySoft: '--ch-accent-soft',
  colorFocus: '--ch-focus',
  colorDanger: '--ch-danger',
  colorDangerSoft: '--ch-danger-soft',
  colorSuccess: '--ch-success',
  colorWarningText: '--ch-warning-fg',
  colorWarningBackground: '--ch-warning-bg',
  colorWarningBorder: '--ch-warning-border',
  fontFamily: '--ch-font',
  fontFamilyMono: '--ch-font-mono',
  fontSize: '--ch-font-size',
  borderRadius: '--ch-radius',
  borderRadiusSmall: '--ch-radius-small',
  spacing: '--ch-space',
  /** Where the form beside the guide stays while the page scrolls: below a sticky header of the host's (default 16px). */
  stickyTop: '--ch-sticky-top',
} as const;

export type ThemeVariable = keyof typeof themeVariables;

/**
 * How the widget looks.
 *
 * @example
 * <ConnectHub endpoint="/api/connect" appearance={{
 *   theme: 'system',
 *   density: 'compact',
 *   variables: { colorPrimary: '#0f766e', borderRadius: '4px', fontFamily: 'Inter, sans-serif' },
 * }} />
 */
export type Appearance = {
  /** `light` (default), `dark`, or `system` to follow the user's `prefers-color-scheme`. */
  theme?: 'light' | 'dark' | 'system' | undefined;
  /** `comfortable` (default) or `compact` spacing. */
  density?: 'comfortable' | 'compact' | undefined;
  /** Overrides of the theme's custom properties; applied to both light and dark. */
  variables?: { [Name in ThemeVariable]?: string | undefined } | undefined;
};

// A value may not end the declaration or the rule, open a comment or escape: it is written into
// a stylesheet, so anything else could inject rules into the host page.
const UNSAFE_VALUE = /[;{}<>\\]|\/\*|\*\//;

// `process.env.NODE_ENV` is left for the host's bundler to replace, as React does.
declare const process: { env: { NODE_ENV?: string } };

const warned = new Set<string>();

/** Development only, once per page and problem: a variable the widget ignores would otherwise fail silently. */
function warnIgnored(variables: Record<string, unknown>): void {
  for (const [name, value] of Object.entries(variables)) {
    const problem = !Object.hasOwn(themeVariables, name)
      ? `"${name}" is not a theme variable (see themeVariables for the names)`
      : typeof value === 'string' && UNSAFE_VALUE.test(value)
        ? `the value of ${name} may not contain ; { } < > \\ or a comment`
        : undefined;
    if (!problem || warned.has(problem)) continue;
    warned.add(problem);
    console.warn(`ConnectHub: appearance.variables: ${problem}; it is ignored.`);
  }
}

/**
 * The per-instance stylesheet rule for `appearance.variables`, scoped to one widget. A stylesheet
 * rather than a `style` attribute, so strict CSPs (no `'unsafe-inline'`) allow it with a nonce.
 */
export function themeRule(instanceId: string, variables: Appearance['variables']): string {
  if (!variables) return '';
  if (process.env.NODE_ENV !== 'production') warnIgnored(variables);
  const declarations = Object.entries(variables)
    .filter((entry): entry is [ThemeVariable, string] => Object.hasOwn(themeVariables, entry[0]) && typeof entry[1] === 'string')
    .filter(([, value]) => value.trim() !== '' && !UNSAFE_VALUE.test(value))
    .map(([name, value]) => `${themeVariables[name]}:${value.trim()}`);
  if (declarations.length === 0) return '';
  // With the stylesheet's ID weight (`:not(#ch)`, see connect-hub.css), after its theme rules.
  const selector = `.ch-root:not(#ch)[data-ch-instance="${instanceId.replace(/["\\]/g, '')}"]`;
  const rule = `${selector},${selector}[data-theme]{${declarations.join(';')}}`;
  // The host's border colour, too, gives way to the stronger one when the system asks for more
  // contrast (as the built-in themes' does).
  return declarations.some((declaration) => declaration.startsWith('--ch-border:'))
    ? `${rule}@media (prefers-contrast:more){${selector}[data-theme]{--ch-border:var(--ch-border-strong)}}`
    : rule;
}
