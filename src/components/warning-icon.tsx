/** The mark of a warning or a note beside its text, a triangle (see error-icon.tsx). */
export function WarningIcon() {
  return (
    <svg viewBox="0 0 20 20" aria-hidden="true" focusable="false">
      <path d="M10 2.5 1.8 17h16.4L10 2.5Z" fill="none" stroke="currentColor" strokeWidth="1.6" strokeLinejoin="round" />
      <path d="M10 8v4.2" stroke="currentColor" strokeWidth="1.6" strokeLinecap="round" />
      <circle cx="10" cy="14.6" r="0.95" fill="currentColor" />
    </svg>
  );
}
