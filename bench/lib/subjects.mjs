/**
 * How each subject's user journeys are driven (Playwright locators: roles, labels and
 * placeholders where the widget offers them) and what counts as "done" (in-page predicates,
 * plain CSS selectors that also reach into @stackone/hub's shadow root).
 *
 * Journeys, in one page after the load:
 *   load      navigation → first provider visible (bare: the heading)
 *   search    one keystroke in the search box → the list shows the matches
 *   clear     Backspace on that one character → the full list is back
 *   open      click on the first provider → the credential input is visible
 *   validate  with the token field touched and holding one character, Backspace → the field's
 *             validation message appears, changes or goes (each widget validates on change then;
 *             connect-hub takes the format error away, and says what is missing on leaving)
 */
export const subjects = {
  bare: {
    label: 'bare React page',
    load: { type: 'visible', selector: 'h1' },
  },
  floor: {
    label: 'the floor: the journeys in bare React (hosts/floor)',
    load: { type: 'visible', selector: '[data-step="floor-picker"] li > button' },
    item: '[data-step="floor-picker"] li > button',
    search: (page) => page.getByRole('searchbox'),
    tokenVisible: { type: 'visible', selector: '[data-step="floor-form"] input[type="password"]' },
    token: (page) => page.getByLabel('API key'),
    validationMessage: '[data-step="floor-form"] [role="alert"]',
    back: (page) => page.getByRole('button', { name: 'Back', exact: true }),
  },
  'connect-hub': {
    label: 'connect-hub',
    load: { type: 'visible', selector: '[data-step="picker"] li > button' },
    item: '[data-step="picker"] li > button',
    search: (page) => page.getByRole('searchbox'),
    tokenVisible: { type: 'visible', selector: '[data-step="provider"] input[type="password"]' },
    token: (page) => page.locator('[data-step="provider"] input[type="password"]'),
    // The field's own message (role="alert" under the field); the form has no other alert then.
    validationMessage: '[data-step="provider"] .ch-field [role="alert"]',
    back: (page) => page.getByRole('button', { name: 'Back', exact: true }),
  },
  stackone: {
    label: '@stackone/hub 1.11.4',
    load: { type: 'visible', selector: 'div.flex-col > button:has(img)' },
    item: 'div.flex-col > button:has(img)',
    search: (page) => page.getByPlaceholder('Search Integrations'),
    tokenVisible: { type: 'visible', selector: 'form input[type="password"]' },
    token: (page) => page.locator('form input[type="password"]'),
    // Malachite renders a field's error as a span coloured with its error token, no role.
    validationMessage: 'form span[style*="--malachite-text-error"]',
    back: (page) => page.getByRole('button', { name: 'Back', exact: true }),
  },
};

/** `--baseline=REF`: connect-hub as it was at a git ref, driven exactly like connect-hub. */
subjects.baseline = { ...subjects['connect-hub'], label: 'connect-hub at the baseline ref' };
