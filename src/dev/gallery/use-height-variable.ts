import { useEffect, type RefObject } from 'react';

/**
 * Keeps the CSS variable `name` on the page's root at the element's height, in px, as it wraps
 * or resizes: the gallery's sticky bars tell what sits under them how much room they take.
 *
 * @example
 * useHeightVariable(topbarRef, '--gallery-topbar-height');
 */
export function useHeightVariable(ref: RefObject<HTMLElement | null>, name: string): void {
  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    const root = element.ownerDocument.documentElement;
    const observer = new ResizeObserver(() => root.style.setProperty(name, `${element.getBoundingClientRect().height}px`));
    observer.observe(element);
    return () => {
      observer.disconnect();
      root.style.removeProperty(name);
    };
  }, [ref, name]);
}
