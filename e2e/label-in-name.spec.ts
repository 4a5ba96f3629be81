import { expect, test, type Locator, type Page } from '@playwright/test';
import {
  connectButton,
  credentialField,
  environmentRadio,
  openPlayground,
  pickProvider,
  screenHeading,
  tokens,
  widget,
} from './support.js';

/**
 * WCAG 2.5.3 Label in Name, as a voice-control user meets it (Dragon, macOS and iOS Voice Control,
 * Android Voice Access): they say what they see ("click Connect", "tap Stripe", "click Switch to
 * Production"), and the software looks for a control whose accessible name holds those words. So
 * each control's name starts with its visible label (a row's description may follow it, as its
 * description), a control with no text of its own (Close, the eye of a key field) still has a
 * name, and no two controls on one screen share a name. Names are Chromium's own, as the platform's
 * accessibility API hands them to those programs.
 */

/** One control as a voice-control user meets it. */
type Control = {
  role: string;
  /** Its accessible name, as Chromium computes it. */
  name: string;
  /** Its accessible description: a provider row's or an environment card's second line. */
  description: string;
  /** The text a sighted user sees on it, or on its <label>s for a field (hidden text left out). */
  visible: string;
};

const CONTROL_ROLES = new Set(['button', 'link', 'textbox', 'searchbox', 'radio', 'checkbox', 'combobox', 'tab', 'switch', 'spinbutton']);
/** Roles whose visible label is their <label>'s text, not their own. */
const FIELD_ROLES = new Set(['textbox', 'searchbox', 'radio', 'checkbox', 'combobox', 'switch', 'spinbutton']);

/**
 * The text a sighted user sees on the control `this` is (or on its labels, for a field): its
 * rendered text (`innerText`: a line break where a block ends, nothing at a `<wbr>`), without text
 * clipped away for screen readers alone (a link's "(opens in a new tab)").
 */
function visibleTextOf(this: HTMLElement, field: boolean): string {
  const textOf = (root: HTMLElement) => {
    let text = root.innerText;
    for (const element of [root, ...root.querySelectorAll<HTMLElement>('*')]) {
      const style = getComputedStyle(element);
      if (style.clipPath.startsWith('inset(50%') || (style.clip !== 'auto' && style.clip !== '')) text = text.replace(element.innerText, ' ');
    }
    return text;
  };
  if (!field) return textOf(this);
  // A field's label; where it is for screen readers alone (the search box's), the placeholder it shows instead.
  const input = this as HTMLInputElement;
  return [...(input.labels ?? [])].map(textOf).join(' ').trim() || (input.placeholder ?? '');
}

/** Every control inside `root` that the accessibility tree exposes, with its name and visible text. */
async function controlsIn(page: Page, root: Locator): Promise<Control[]> {
  // The root as a DevTools object: the accessibility tree is queried from it.
  await root.evaluate((element) => Object.assign(window, { labelInNameRoot: element }));
  const session = await page.context().newCDPSession(page);
  try {
    const { result } = await session.send('Runtime.evaluate', { expression: 'window.labelInNameRoot' });
    const { nodes } = await session.send('Accessibility.queryAXTree', { objectId: result.objectId });
    const controls: Control[] = [];
    for (const node of nodes) {
      const role = String(node.role?.value ?? '');
      if (node.ignored || !CONTROL_ROLES.has(role) || node.backendDOMNodeId === undefined) continue;
      const { object } = await session.send('DOM.resolveNode', { backendNodeId: node.backendDOMNodeId });
      const { result: visible } = await session.send('Runtime.callFunctionOn', {
        objectId: object.objectId,
        functionDeclaration: visibleTextOf.toString(),
        arguments: [{ value: FIELD_ROLES.has(role) }],
        returnByValue: true,
      });
      controls.push({
        role,
        name: String(node.name?.value ?? ''),
        description: String(node.description?.value ?? ''),
        visible: String(visible.value).replace(/\s+/g, ' ').trim(),
      });
    }
    return controls;
  } finally {
    await session.detach();
  }
}

/**
 * Text as words are matched: without case, with each run of spaces and line breaks as one space, and
 * without the invisible Unicode isolates a right-to-left widget sets a provider's words apart with
 * (U+2066–U+2069, in "Switch to ⁨Production⁩"). A space the screen does not show still counts:
 * "dashboard .stripe .com" is not what a user reads, nor says.
 */
function words(text: string): string {
  return text.replace(/[\u2066-\u2069]/gu, '').replace(/\s+/gu, ' ').trim().toLocaleLowerCase();
}

/** What breaks "say what you see" on one screen; empty when nothing does. */
function labelInNameProblems(controls: readonly Control[]): string[] {
  const problems: string[] = [];
  for (const { role, name, description, visible } of controls) {
    const what = `${role} "${name}"`;
    if (!name.trim()) problems.push(`${role} showing "${visible}" has no accessible name`);
    else if (!visible || words(name).startsWith(words(visible))) continue;
    // A provider row or an environment card: its name, then its description, as two lines.
    else if (!words(visible).startsWith(words(name))) problems.push(`${what} does not start with its visible label "${visible}"`);
    else if (words(visible) !== words(`${name} ${description}`)) {
      problems.push(`${what}, described as "${description}", does not read as the screen shows it: "${visible}"`);
    }
  }
  const seen = new Map<string, number>();
  for (const { name } of controls) seen.set(words(name), (seen.get(words(name)) ?? 0) + 1);
  for (const { role, name } of controls) {
    if ((seen.get(words(name)) ?? 0) > 1) problems.push(`${role} "${name}": another control on this screen has the same name`);
  }
  return [...new Set(problems)];
}

/** Checks the screen inside `root` and returns its controls, for checks of its own. */
async function expectLabelsInNames(page: Page, root: Locator, screen: string): Promise<Control[]> {
  const controls = await controlsIn(page, root);
  expect(controls.length, `${screen}: controls found`).toBeGreaterThan(0);
  expect(labelInNameProblems(controls), `${screen}:\n${controls.map((control) => `  ${control.role} "${control.name}" showing "${control.visible}"`).join('\n')}`).toEqual([]);
  return controls;
}

const names = (controls: readonly Control[]) => controls.map((control) => `${control.role} ${control.name}`);

test.describe('every control’s accessible name starts with its visible label (WCAG 2.5.3), and names are distinct', () => {
  test('the picker: at first, searched, with a category chip pressed, with no match', async ({ page }) => {
    await openPlayground(page);
    const picker = await expectLabelsInNames(page, widget(page), 'the picker');
    // "Tap Stripe" names the row alone: its description is its description, not part of its name.
    expect(names(picker)).toEqual(expect.arrayContaining(['button Stripe', 'button All', 'button Payments', 'searchbox Search services', 'button Close']));

    const search = widget(page).getByRole('searchbox', { name: 'Search services' });
    await search.fill('pay');
    await expect(widget(page).getByRole('list', { name: 'Services' }).getByRole('button')).toHaveCount(2);
    await expectLabelsInNames(page, widget(page), 'the picker searched for "pay"');

    await search.fill('');
    await widget(page).getByRole('button', { name: 'Payments', exact: true }).click();
    await expect(widget(page).getByRole('button', { name: 'Payments', exact: true })).toHaveAttribute('aria-pressed', 'true');
    await expectLabelsInNames(page, widget(page), 'the picker with Payments pressed');

    await search.fill('salesforce');
    await expect(widget(page).getByRole('button', { name: 'Show all services' })).toBeVisible();
    await expectLabelsInNames(page, widget(page), 'the picker with no match');
  });

  for (const name of ['Stripe', 'GoCardless', 'Shortcut', 'LaunchDarkly', 'Remote'] as const) {
    test(`${name}: its guide and form, then its required-field errors, on a phone`, async ({ page }) => {
      // 360 px: the guide sits above the form, and "Already have your …? Go to the form" shows.
      await openPlayground(page, { width: '360' });
      await pickProvider(page, name);
      const screen = await expectLabelsInNames(page, widget(page), `the ${name} screen`);
      expect(names(screen)).toEqual(expect.arrayContaining(['button Back', 'button Connect']));
      expect(screen.some((control) => control.role === 'button' && control.name.endsWith('Go to the form'))).toBe(true);

      await connectButton(page).click();
      await expect(widget(page).getByText(/^Enter your /).first()).toBeVisible();
      await expectLabelsInNames(page, widget(page), `the ${name} form with its errors`);
    });
  }

  test('Stripe: the key from the other environment, and its Switch to Production', async ({ page }) => {
    await openPlayground(page, { provider: 'stripe' });
    await environmentRadio(page, 'Test Mode').check();
    await credentialField(page, 'API Key').fill(tokens.stripeLive);
    await expect(widget(page).getByRole('button', { name: 'Switch to Production' })).toBeVisible();
    await widget(page).getByRole('button', { name: 'Show API Key' }).click();
    await expect(widget(page).getByRole('button', { name: 'Hide API Key' })).toBeVisible();
    await expectLabelsInNames(page, widget(page), 'the Stripe environment mismatch');
  });

  test('the form’s alert with Try again; Stop while it retries, and after it; success with Done', async ({ page }) => {
    await openPlayground(page, { provider: 'shortcut', scenario: 'not-json' });
    await credentialField(page, 'API Token').fill(tokens.shortcut);
    await connectButton(page).click();
    await expect(widget(page).getByRole('button', { name: 'Try again' })).toBeVisible();
    await expectLabelsInNames(page, widget(page), 'the form alert with Try again');

    // The first attempt fails with 503; the retry is held, so Stop stays for as long as the check takes.
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    let attempts = 0;
    await page.route('**/api/connect', async (route) => {
      attempts += 1;
      if (attempts === 2) await held;
      await route.continue().catch(() => {}); // Stop has cancelled it by then
    });
    await openPlayground(page, { provider: 'shortcut', scenario: 'server-error' });
    await credentialField(page, 'API Token').fill(tokens.shortcut);
    await connectButton(page).click();
    const stop = widget(page).getByRole('button', { name: 'Stop' });
    await expect(stop).toBeVisible({ timeout: 15_000 });
    expect(names(await expectLabelsInNames(page, widget(page), 'retrying, with Stop'))).toContain('button Connecting…');
    await stop.click();
    release();
    await expect(widget(page).getByText(/^Stopped/)).toBeVisible();
    await expectLabelsInNames(page, widget(page), 'stopped');
    await page.unroute('**/api/connect');

    await openPlayground(page, { provider: 'shortcut' });
    await credentialField(page, 'API Token').fill(tokens.shortcut);
    await connectButton(page).click();
    await expect(screenHeading(page, 'Shortcut connected')).toBeVisible();
    const success = await expectLabelsInNames(page, widget(page), 'the success screen');
    expect(names(success)).toEqual(expect.arrayContaining(['button Done', 'button Close']));
  });

  test('the modal dialog, on the picker and on a provider', async ({ page }) => {
    await page.goto('/?mode=modal');
    await page.getByRole('button', { name: 'Connect an account' }).click();
    const dialog = page.getByRole('dialog');
    await expect(dialog.getByRole('heading', { level: 2, name: 'Connect an account' })).toBeFocused();
    expect(names(await expectLabelsInNames(page, dialog, 'the modal picker'))).toContain('button Close');
    await dialog.getByRole('list', { name: 'Services' }).getByRole('button', { name: 'LaunchDarkly', exact: true }).click();
    await expect(dialog.getByRole('heading', { level: 2, name: 'LaunchDarkly' })).toBeVisible();
    await expectLabelsInNames(page, dialog, 'the modal LaunchDarkly screen');
  });
});

test.describe('in French, in German and right to left, names start with their labels too', () => {
  // The designer gallery renders each state in each language and direction.
  const stories = [
    'picker--category-filter',
    'picker--no-match',
    'providers-stripe--mismatch',
    'providers-stripe--server-error',
    'providers-launchdarkly--retrying',
    'providers-gocardless--stopped',
    'custom-provider--every-field-kind',
    'providers-stripe--success',
  ];
  const variants = [
    { query: 'locale=fr', close: 'Fermer' },
    { query: 'locale=de', close: 'Schließen' },
    { query: 'dir=rtl', close: 'Close' },
  ];
  for (const { query, close } of variants) {
    test(query, async ({ page }) => {
      test.setTimeout(120_000);
      await page.goto(`/gallery/?${query}`);
      for (const id of stories) {
        // As the gallery's own links go: without reloading the page.
        await page.evaluate((url) => {
          window.history.pushState(null, '', url);
          window.dispatchEvent(new PopStateEvent('popstate'));
        }, `/gallery/?story=${id}&${query}`);
        const canvas = page.locator(`section[data-story="${id}"]`);
        await expect(canvas).toHaveAttribute('aria-busy', 'false', { timeout: 15_000 });
        await expect(canvas).toHaveAttribute('data-play-state', /^(done|none)$/);
        const controls = await expectLabelsInNames(page, canvas, `${id} (${query})`);
        expect(names(controls), `${id} (${query}) in its language`).toContain(`button ${close}`);
        // Right to left, a provider's words inside a sentence are set apart by isolates, in the
        // name as on the screen: the name still starts with the words shown once those invisible
        // characters are left out, as matching them should (they are default-ignorable in Unicode).
        if (query === 'dir=rtl' && id === 'providers-stripe--mismatch') {
          expect(names(controls)).toContain('button Switch to \u2068Production\u2069');
        }
      }
    });
  }
});
