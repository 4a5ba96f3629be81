/**
 * The mark of an error beside its text, a circled "!" (a warning has a triangle, warning-icon.tsx;
 * information a circled "i", info-icon.tsx; success a circled tick, success-icon.tsx). Colour alone
 * cannot tell them apart: in forced colours (Windows High Contrast)
 * every message takes the user's text colour, and some users do not see the difference in hue.
 * Drawn in currentColor, which is the user's text colour there.
 */
export function ErrorIcon() {
  return (
    <svg viewBox="0 0 16 16" aria-hidden="true" focusable="false">
      <circle cx="8" cy="8" r="6.5" fill="none" stroke="currentColor" strokeWidth="1.4" />
      <path d="M8 4.6v4M8 10.9v.2" stroke="currentColor" strokeWidth="1.6" strokeLinecap="round" />
    </svg>
  );
}
