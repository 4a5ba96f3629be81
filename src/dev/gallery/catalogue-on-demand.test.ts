import { createElement, isValidElement } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { applyGlobals } from './globals.js';

// Every call of the catalogue builder, with the count it was asked for.
const built = vi.hoisted((): number[] => []);
vi.mock('./catalogue.js', async (importOriginal) => {
  const actual = await importOriginal<typeof import('./catalogue.js')>();
  return {
    ...actual,
    generatedCatalogue: (count?: number) => {
      built.push(count ?? 200);
      return actual.generatedCatalogue(count);
    },
  };
});

// The gallery loads every story file when it opens; the generated catalogues (1,200 providers, each
// through defineProvider) are for three picker stories, and are built when one of them is shown.
describe('the generated catalogues of the picker stories', () => {
  it('are built when a story that shows one renders, not as the gallery loads its stories, and once', async () => {
    const { storyIndex } = await import('./story-index.js');
    expect(storyIndex.map((entry) => entry.id)).toContain('picker--huge-catalogue');
    expect(built).toEqual([]);

    /** The providers a story gives the widget, rendered as the gallery renders it (story-canvas.tsx). */
    const providersShown = (id: string) => {
      const entry = storyIndex.find((candidate) => candidate.id === id);
      if (!entry) throw new Error(`No story ${id}`);
      const args = applyGlobals(entry.args, { theme: 'dark', locale: 'en', density: 'comfortable', dir: 'ltr' });
      const element = entry.render ? entry.render(args) : createElement(entry.componentType, args);
      if (!isValidElement<{ providers?: unknown[] }>(element)) throw new Error(`${id} renders no element`);
      return element.props.providers;
    };
    expect(providersShown('picker--large-catalogue')).toHaveLength(200);
    expect(built).toEqual([200]);
    const thousand = providersShown('picker--huge-catalogue');
    expect(thousand).toHaveLength(1000);
    // The same list for the searched story and for a rerender (a theme or width change): the
    // widget is given the providers it already has.
    expect(providersShown('picker--huge-catalogue-searched')).toBe(thousand);
    expect(providersShown('picker--huge-catalogue')).toBe(thousand);
    expect(built).toEqual([200, 1000]);
  });
});
