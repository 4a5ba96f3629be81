import { useRef } from 'react';
import type { LocalePack } from './locale-pack.js';

const NO_PACKS: readonly LocalePack[] = [];

function samePacks(a: readonly LocalePack[], b: readonly LocalePack[]): boolean {
  return a.length === b.length && a.every((pack, index) => pack === b[index]);
}

/**
 * The host's `locales`, as the same array for as long as it holds the same packs: an inline
 * `locales={[fr]}` is a new array on every render of the host, and must not localise every
 * provider again each time.
 */
export function useLocalePacks(locales: readonly LocalePack[] | undefined): readonly LocalePack[] {
  const kept = useRef(NO_PACKS);
  const given = locales ?? NO_PACKS;
  // Safe to write during render: a discarded render leaves an array with the same packs.
  if (!samePacks(kept.current, given)) kept.current = given;
  return kept.current;
}
