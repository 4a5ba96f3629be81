import { useEffect, useLayoutEffect } from 'react';

/** `useLayoutEffect` in the browser; on the server, where React 18 warns about it, `useEffect` (which does not run there). */
export const useIsomorphicLayoutEffect = typeof document === 'undefined' ? useEffect : useLayoutEffect;
