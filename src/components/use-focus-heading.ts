import { useEffect, useRef } from 'react';
import { useConnectHub } from './connect-hub-context.js';

/** Moves focus to a screen's heading when the user navigated to that screen. */
export function useFocusHeading<T extends HTMLElement>(part: string) {
  const { takeFocusRequest } = useConnectHub(part);
  const ref = useRef<T>(null);
  useEffect(() => {
    if (takeFocusRequest()) ref.current?.focus();
  }, [takeFocusRequest]);
  return ref;
}
