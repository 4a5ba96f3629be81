import { useRef } from 'react';
import { useIsomorphicLayoutEffect } from './use-isomorphic-layout-effect.js';

/**
 * A ref to the value of the last render React committed, for callbacks that run later (events,
 * effects, idle tasks). Written after the commit, not during render: a render React drops (a host's
 * transition that stays suspended) must not leave its props behind, e.g. an endpoint the host never
 * showed. Layout effects run children first, so a child's layout effect still sees the last commit's.
 */
export function useLatest<T>(value: T): { readonly current: T } {
  const ref = useRef(value);
  useIsomorphicLayoutEffect(() => {
    ref.current = value;
  });
  return ref;
}
