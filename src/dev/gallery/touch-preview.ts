import { useEffect } from 'react';

/**
 * The toolbar's Touch setting: the widget's touch-screen rules (44 px targets, a 16 px key field…,
 * under `@media (pointer: coarse)` in src/styles) on a desktop, where the query does not match.
 *
 * A page cannot make a media query match (only DevTools and Playwright can emulate a pointer), so
 * the gallery rewrites the query instead: in each widget's own stylesheet, the `<style>` it
 * injects, a touch-only `@media` rule's condition becomes `all` while the setting is on, and gets
 * its text back when it is turned off. The rules stay where they are in the sheet, so they win and
 * lose exactly as on a phone (a copy of them in a sheet of the gallery's own would come after all of
 * the widget's, and win where a phone's lose: against a rule of equal weight placed after them).
 */

/** One condition that a touch screen meets and a mouse does not: `(pointer: coarse)`, `(hover: none)`. */
const TOUCH_FEATURE = /^\((?:any-)?pointer:\s*coarse\)$|^\((?:any-)?hover:\s*none\)$/;

/**
 * Whether a media query's text holds on touch screens only, as the preview can show it: touch
 * conditions alone, or joined with `and`. A query that mixes in others (`(pointer: coarse) and
 * (min-width: 600px)`) or asks for a mouse (`(hover: hover)`) is not one.
 *
 * @example
 * isTouchQuery('(pointer: coarse)'); // true
 * isTouchQuery('(hover: none) and (pointer: coarse)'); // true
 * isTouchQuery('(prefers-reduced-motion: reduce)'); // false
 */
export function isTouchQuery(mediaText: string): boolean {
  return mediaText
    .trim()
    .toLowerCase()
    .split(/\s+and\s+/)
    .every((condition) => TOUCH_FEATURE.test(condition));
}

/** The touch-only `@media` rules in `rules`, at any depth (inside `@supports`, `@container`, nesting). */
function touchRules(rules: CSSRuleList, found: CSSMediaRule[] = []): CSSMediaRule[] {
  for (const rule of rules) {
    if (rule instanceof CSSMediaRule && isTouchQuery(rule.media.mediaText)) found.push(rule);
    else if ('cssRules' in rule && rule.cssRules instanceof CSSRuleList) touchRules(rule.cssRules, found);
  }
  return found;
}

/** The stylesheets the widgets on the page inject: a `<style>` inside each `.ch-root`. */
function widgetSheets(): CSSStyleSheet[] {
  return [...document.styleSheets].filter((sheet) => sheet.ownerNode instanceof Element && sheet.ownerNode.closest('.ch-root'));
}

/**
 * While `on`, every widget on the page (those rendered later too: another story, the grid) is laid
 * out as on a touch screen. A widget's `<style>` whose text changes (the brand theme's variables)
 * is parsed anew, with its queries as written: the observer rewrites them again.
 */
export function useTouchPreview(on: boolean): void {
  useEffect(() => {
    if (!on) return;
    const rewritten = new Map<CSSMediaRule, string>();
    const apply = () => {
      for (const sheet of widgetSheets()) {
        for (const rule of touchRules(sheet.cssRules)) {
          rewritten.set(rule, rule.media.mediaText);
          rule.media.mediaText = 'all';
        }
      }
    };
    apply();
    const observer = new MutationObserver(apply);
    observer.observe(document.body, { childList: true, subtree: true, characterData: true });
    return () => {
      observer.disconnect();
      for (const [rule, mediaText] of rewritten) rule.media.mediaText = mediaText;
    };
  }, [on]);
}
