import { useEffect, useRef } from 'react';
import { useConnectHub } from './connect-hub-context.js';
import { useIsomorphicLayoutEffect } from './use-isomorphic-layout-effect.js';

/**
 * Moves focus to a screen's heading when the user navigated to that screen. `standIn`: a screen
 * shown until the real one arrives (a loading notice); if its heading still has the focus when
 * it goes, the real screen's heading takes it (not if the user has moved on meanwhile).
 * `instead`: an element to focus in its place, when there is one (the provider the user came
 * back from).
 */
export function useFocusHeading<T extends HTMLElement>(part: string, standIn?: boolean, instead?: () => Element | null | undefined) {
  const { takeFocusRequest, handFocusOn } = useConnectHub(part);
  const ref = useRef<T>(null);
  const latestInstead = useRef(instead);
  useEffect(() => {
    if (!takeFocusRequest()) return;
    const target = latestInstead.current?.();
    // Not `instanceof HTMLElement`: the widget may render into another document (an iframe).
    (target && 'focus' in target ? (target as HTMLElement) : ref.current)?.focus();
  }, [takeFocusRequest]);
  // A layout effect's cleanup runs before the heading leaves the page, while it can still have the focus.
  useIsomorphicLayoutEffect(() => {
    const heading = ref.current;
    return () => {
      if (standIn && heading && heading === heading.ownerDocument.activeElement) handFocusOn();
    };
  }, [standIn, handFocusOn]);
  return ref;
}
