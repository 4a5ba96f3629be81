import { expect, test, type Locator, type Page } from '@playwright/test';
import { cjkPacks } from '../src/dev/host-fixtures/cjk-packs.js';
import { fixtureUrl, stageName, type FixtureLocale } from '../src/dev/host-fixtures/hosts.js';

/*
 * Japanese, Chinese and Korean in a widget given a pack of the host's own (src/dev/host-fixtures/
 * cjk-packs.ts): the widget's `lang` reaches the browser's text layout, as on any element of the page.
 */

const stage = (page: Page) => page.getByRole('region', { name: stageName('picker', '480'), exact: true });

function pack(locale: FixtureLocale) {
  const found = cjkPacks.find((candidate) => candidate.locale === locale);
  if (!found) throw new Error(`no fixture pack for ${locale}`);
  return found.messages;
}

async function openPicker(page: Page, locale: FixtureLocale): Promise<Locator> {
  await page.goto(`${fixtureUrl('plain', 'picker')}&width=480&locale=${locale}`);
  await expect(stage(page).getByRole('heading', { level: 2, name: pack(locale).pickerTitle })).toBeVisible();
  return stage(page);
}

/** The names of the fonts Chromium draws an element's text with (DevTools' "Rendered fonts"). */
async function renderedFonts(page: Page, element: Locator): Promise<string[]> {
  await element.evaluate((node) => Object.assign(window, { fontProbe: node }));
  const session = await page.context().newCDPSession(page);
  await session.send('DOM.enable');
  await session.send('CSS.enable');
  await session.send('DOM.getDocument', { depth: -1 });
  const { result } = await session.send('Runtime.evaluate', { expression: 'window.fontProbe' });
  const { nodeId } = await session.send('DOM.requestNode', { objectId: result.objectId! });
  const { fonts } = await session.send('CSS.getPlatformFontsForNode', { nodeId });
  await session.detach();
  return fonts.map((font) => font.familyName).sort();
}

/** Each line of a text element, as the browser lays it out. */
async function lines(element: Locator): Promise<string[]> {
  return element.evaluate((node) => {
    const text = node.firstChild as Text;
    const range = document.createRange();
    const rows = new Map<number, string>();
    for (let index = 0; index < text.length; index += 1) {
      range.setStart(text, index);
      range.setEnd(text, index + 1);
      const top = Math.round(range.getBoundingClientRect().top);
      rows.set(top, (rows.get(top) ?? '') + text.data[index]);
    }
    return [...rows.entries()].sort(([a], [b]) => a - b).map(([, line]) => line);
  });
}

// Han characters are drawn differently in each language (直, 骨, 户): a font for the language is picked
// by the `lang` of the text, and the widget's reset (`all: initial`) had dropped it from the root.
// Safari (and Chromium before 133) takes no attr() in -webkit-locale: the rule that reads it is
// dropped there, as it is here from the widget's own <style> (a Chromium test cannot run Safari).
for (const [locale, other] of [['ja', 'zh'], ['zh', 'ja'], ['ko', 'ja']] as const) {
  for (const attr of ['with', 'without'] as const) {
    test(`draws ${locale} text with the fonts the page draws it with under lang="${locale}" (${attr} attr() in -webkit-locale)`, async ({ page }) => {
      const widget = await openPicker(page, locale);
      if (attr === 'without') {
        const dropped = await widget.locator('style').evaluateAll((styles) =>
          styles.filter((style) => {
            const text = style.textContent ?? '';
            style.textContent = text.replace(/-webkit-locale:\s*attr\(lang\);?/g, '');
            return style.textContent !== text;
          }).length,
        );
        expect(dropped).toBe(1);
      }
      const heading = widget.getByRole('heading', { level: 2, name: pack(locale).pickerTitle });
      // The same words, font and size outside the widget, under the same lang and under another.
      const copy = async (lang: string) => {
        await heading.evaluate((node, { tag, name }) => {
          const element = document.createElement('p');
          element.lang = tag;
          element.setAttribute('aria-label', name);
          element.textContent = node.textContent;
          const style = getComputedStyle(node);
          Object.assign(element.style, { fontFamily: style.fontFamily, fontSize: style.fontSize, fontWeight: style.fontWeight });
          document.body.append(element);
        }, { tag: lang, name: `copy in ${lang}` });
        return renderedFonts(page, page.getByLabel(`copy in ${lang}`));
      };
      const expected = await copy(locale);
      // Else this test could not fail: a machine without a font for each language draws them alike.
      expect(expected, `fonts for ${locale} and ${other} on this machine (Debian: apt-get install fonts-noto-cjk)`).not.toEqual(await copy(other));
      expect(await renderedFonts(page, heading)).toEqual(expected);
    });
  }
}

/** The widget's container at each width from 280 to 480 px, as a host's layout may make it. */
async function atEachWidth(page: Page, check: (width: number) => Promise<void>): Promise<void> {
  for (let width = 280; width <= 480; width += 25) {
    await stage(page).evaluate((node, px) => (node.style.width = `${px}px`), width);
    await check(width);
  }
}

test('breaks Korean lines between words, as Korean is written, not inside one', async ({ page }) => {
  const widget = await openPicker(page, 'ko');
  await atEachWidth(page, async (width) => {
    const rows = await lines(widget.getByText(pack('ko').pickerIntro));
    expect(rows.length, `the intro wraps at ${width} px`).toBeGreaterThan(1);
    // Each line but the last ends with a whole word and the space after it.
    for (const row of rows.slice(0, -1)) expect(row, `${width} px: ${rows.join(' | ')}`).toMatch(/\s$/);
  });
});

test('breaks Japanese lines between phrases (Chromium), not inside a word such as アクセストークン', async ({ page }) => {
  const widget = await openPicker(page, 'ja');
  const words = ['アカウント', 'アクセストークン', 'シークレットキー', 'ダッシュボード', 'インテグレーション', 'コピー', 'フォーム', 'ペースト'];
  await atEachWidth(page, async (width) => {
    const rows = await lines(widget.getByText(pack('ja').pickerIntro));
    expect(rows.length, `the intro wraps at ${width} px`).toBeGreaterThan(1);
    const split = words.filter((word) => !rows.some((row) => row.includes(word)));
    expect(split, `${width} px: ${rows.join(' | ')}`).toEqual([]);
  });
});
