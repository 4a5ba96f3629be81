import { renderHook } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { de } from '../locales/de.js';
import { fr } from '../locales/fr.js';
import { useLocalePacks } from './use-locale-packs.js';

describe('useLocalePacks', () => {
  describe('given a new array of the same packs on every render (an inline `locales={[fr]}`)', () => {
    it('keeps the first array', () => {
      const { result, rerender } = renderHook(({ locales }) => useLocalePacks(locales), { initialProps: { locales: [fr] } });
      const first = result.current;
      rerender({ locales: [fr] });
      expect(result.current).toBe(first);
    });
  });

  describe('given other packs', () => {
    it('returns them', () => {
      const { result, rerender } = renderHook(({ locales }) => useLocalePacks(locales), { initialProps: { locales: [fr] } });
      const next = [fr, de];
      rerender({ locales: next });
      expect(result.current).toBe(next);
    });
  });

  it('gives the same empty list without packs', () => {
    const { result, rerender } = renderHook(() => useLocalePacks(undefined));
    const first = result.current;
    rerender();
    expect(first).toEqual([]);
    expect(result.current).toBe(first);
  });
});
