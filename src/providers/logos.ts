/**
 * Built-in logos: simple original lettermarks (a rounded square with one or two white letters),
 * drawn here as SVG and shipped as data URLs, so a host needs no asset set-up and nothing is
 * fetched. Every background colour keeps at least 4.5:1 contrast with the white letters.
 */

/** Background colours of the built-in lettermarks (each ≥ 4.5:1 against white). */
export const logoColors = {
  gocardless: '#1F2F5C',
  launchdarkly: '#2A2833',
  remote: '#1F5BC4',
  shortcut: '#6E2BB5',
  stripe: '#5046E4',
} as const;

const HEX_COLOR = /^#[0-9a-f]{6}$/i;

function escapeXml(value: string): string {
  return value.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

/**
 * Draws a lettermark logo and returns it as a `data:image/svg+xml,` URL.
 *
 * @param letters one or two letters, drawn white and bold in the system UI font
 * @param background a `#rrggbb` colour with at least 4.5:1 contrast against white
 *
 * @example
 * const logo = lettermark('S', '#5046E4'); // 'data:image/svg+xml,%3Csvg…'
 */
export function lettermark(letters: string, background: string): string {
  const glyphs = Array.from(letters.trim());
  if (glyphs.length < 1 || glyphs.length > 2) {
    throw new Error(`lettermark: expected one or two letters, got "${letters}"`);
  }
  if (!HEX_COLOR.test(background)) {
    throw new Error(`lettermark: expected a #rrggbb colour, got "${background}"`);
  }
  const fontSize = glyphs.length === 1 ? 22 : 17;
  const svg =
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 40 40" width="40" height="40">' +
    `<rect width="40" height="40" rx="9" fill="${background}"/>` +
    `<text x="20" y="20" dy="0.35em" text-anchor="middle" fill="#FFFFFF" ` +
    `font-family="system-ui,sans-serif" font-weight="700" font-size="${fontSize}">` +
    `${escapeXml(glyphs.join(''))}</text></svg>`;
  return `data:image/svg+xml,${encodeURIComponent(svg)}`;
}
