import { render } from '@testing-library/react';
import { createElement } from 'react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { polyfillModalDialog } from '../../test/dialog.js';
import { applyGlobals, LOCALES } from './globals.js';
import { storyIndex, type StoryEntry } from './story-index.js';

afterEach(() => {
  vi.restoreAllMocks();
});

// The Modal stories' widget opens its <dialog> with showModal(), as a browser's would.
beforeAll(polyfillModalDialog);

// The same stories the gallery shows and e2e/gallery.spec.ts checks in Chromium, here without a
// browser: a broken play function fails `npm run test:unit` too, under React 18 and 19.
// In each locale the gallery's toolbar offers, as it applies them: a play that looks for English
// words fails here.
describe('every story', () => {
  const cases = storyIndex.flatMap((entry) => LOCALES.map((locale) => [entry.id, locale, 'ltr', entry] as const));
  it.each(cases)('%s renders and plays to its end (%s)', playToTheEnd);
});

// Right to left, the widget sets names and labels apart in its sentences (invisible isolates):
// the plays that look for such a sentence, as the gallery's Direction setting plays them.
describe('the stories whose plays read a name or a label in a sentence, right to left', () => {
  const ids = ['required', 'detected', 'mismatch', 'success'].map((play) => `providers-stripe--${play}`);
  const cases = storyIndex.filter((entry) => ids.includes(entry.id)).map((entry) => [entry.id, 'en', 'rtl', entry] as const);
  it('are all there', () => expect(cases).toHaveLength(ids.length));
  it.each(cases)('%s renders and plays to its end (%s, %s)', playToTheEnd);
});

async function playToTheEnd(_id: string, locale: string, dir: 'ltr' | 'rtl', entry: StoryEntry) {
  const consoleError = vi.spyOn(console, 'error');
  const args = applyGlobals(entry.args, { theme: 'light', locale, density: 'comfortable', dir });
  const element = entry.render ? entry.render(args) : createElement(entry.componentType, args);
  const { container } = render(element);
  await entry.play?.({
    id: entry.id,
    title: entry.title,
    name: entry.name,
    args,
    parameters: entry.parameters,
    canvasElement: container,
    step: async (_label, run) => {
      await run();
    },
  });
  expect(consoleError).not.toHaveBeenCalled();
}
