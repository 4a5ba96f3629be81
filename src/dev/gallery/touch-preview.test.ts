import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isTouchQuery } from './touch-preview.js';

const stylesDir = join(import.meta.dirname, '../../styles');

/** Every `@media` query of the widget's stylesheets, with the file it is in. */
function mediaQueries(): { file: string; query: string }[] {
  return readdirSync(stylesDir)
    .filter((file) => file.endsWith('.css'))
    .flatMap((file) => {
      const css = readFileSync(join(stylesDir, file), 'utf8').replace(/\/\*[\s\S]*?\*\//g, '');
      return [...css.matchAll(/@media\s+([^{]+)\{/g)].map((match) => ({ file, query: (match[1] ?? '').trim() }));
    });
}

describe('the touch preview', () => {
  it('takes queries of touch conditions alone for touch-only, and no other', () => {
    expect(isTouchQuery('(pointer: coarse)')).toBe(true);
    expect(isTouchQuery('(any-pointer: coarse)')).toBe(true);
    expect(isTouchQuery('(hover: none) and (pointer: coarse)')).toBe(true);
    expect(isTouchQuery('(pointer: fine)')).toBe(false);
    expect(isTouchQuery('(hover: hover)')).toBe(false);
    expect(isTouchQuery('(pointer: coarse) and (min-width: 600px)')).toBe(false);
    expect(isTouchQuery('(pointer: coarse), print')).toBe(false);
    expect(isTouchQuery('(prefers-reduced-motion: reduce)')).toBe(false);
  });

  // The gallery can only make touch-only rules hold (it rewrites their query to `all`): a rule for
  // a mouse alone would still apply in the preview, and a touch rule with another condition would
  // not show. Such a rule needs the preview taught first, or this test changed with a reason.
  it('can show every pointer and hover rule of the widget’s stylesheets as on a touch screen', () => {
    const queries = mediaQueries().filter(({ query }) => /pointer|hover/.test(query));
    expect(queries.length).toBeGreaterThan(0);
    for (const { file, query } of queries) expect(isTouchQuery(query), `src/styles/${file}: @media ${query}`).toBe(true);
  });
});
