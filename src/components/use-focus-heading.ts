import { useEffect, useRef } from 'react';
import { useConnectHub } from './connect-hub-context.js';

/**
 * Moves focus to a screen's heading when the user navigated to that screen. `keep`: for a screen
 * that stands in until the real one arrives, which then takes the focus too.
 */
export function useFocusHeading<T extends HTMLElement>(part: string, keep?: boolean) {
  const { takeFocusRequest } = useConnectHub(part);
  const ref = useRef<T>(null);
  useEffect(() => {
    if (takeFocusRequest(keep)) ref.current?.focus();
  }, [takeFocusRequest, keep]);
  return ref;
}
