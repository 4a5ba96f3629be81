import { useMemo, type ReactNode } from 'react';
import { parseInlineMarkup, type InlineNode } from './inline-markup.js';

const DEFAULT_NEW_TAB_HINT = ' (opens in a new tab)';

/**
 * Props of {@link MarkupText}.
 *
 * @example
 * const props: MarkupTextProps = { text: 'Copy the **Secret key**.' };
 */
export interface MarkupTextProps {
  /** Guide text in the inline markup: `**bold**`, `` `code` ``, `[label](https://…)`. */
  text: string;
  /**
   * Text read to screen readers after each link's label, since links open in a new tab.
   * @example <MarkupText text={step.body} newTabHint=" (öffnet in einem neuen Tab)" />
   */
  newTabHint?: string;
}

/**
 * Renders guide text as React elements — text, `<strong>`, `<code>` (with `<wbr>` where a path
 * may wrap) and `<a>` — never as HTML, so markup from a provider definition cannot inject elements
 * or attributes. Only `https:` and `mailto:` links become anchors; they open in a new tab with
 * `rel="noopener noreferrer"`.
 *
 * @example
 * <p>
 *   <MarkupText text="Open [API keys](https://dashboard.stripe.com/apikeys) and copy the **Secret key**." />
 * </p>
 */
export function MarkupText({ text, newTabHint = DEFAULT_NEW_TAB_HINT }: MarkupTextProps) {
  const nodes = useMemo(() => parseInlineMarkup(text), [text]);
  return <>{renderNodes(nodes, newTabHint)}</>;
}

/**
 * Punctuation that goes with the code before it ("`sk_live_`.", "`sk_live_`。") or after it
 * ("(`/test`", "（`/test`"): by Unicode category, so that the full-width marks of Japanese and
 * Chinese, written with no space beside the code, are kept from starting or ending a line too.
 */
const CLOSING = /^[\p{Po}\p{Pe}\p{Pf}]+/u;
const OPENING = /[\p{Ps}\p{Pi}]+$/u;

function renderNodes(nodes: InlineNode[], newTabHint: string): ReactNode[] {
  // Each code with the punctuation around it, as one run (`.ch-code-run` in connect-hub.css): a
  // line then neither starts with its "." or ")" nor ends with its "(". The text beside it keeps
  // the rest.
  const texts = nodes.map((node) => (node.type === 'text' ? node.text : ''));
  const take = (index: number, pattern: RegExp): string => {
    if (nodes[index]?.type !== 'text') return '';
    const found = pattern.exec(texts[index]!)?.[0] ?? '';
    texts[index] = texts[index]!.replace(pattern, '');
    return found;
  };
  const runs = nodes.map((node, index) => (node.type === 'code' ? [take(index - 1, OPENING), take(index + 1, CLOSING)] : undefined));
  // The node list is derived from a fixed string and never reordered, so index keys are stable.
  return nodes.map((node, index) => {
    switch (node.type) {
      case 'text':
        return texts[index];
      case 'code':
        return (
          <span className="ch-code-run" key={index}>
            {runs[index]![0]}
            <code>{breakableAtSeparators(node.text)}</code>
            {runs[index]![1]}
          </span>
        );
      case 'strong':
        return <strong key={index}>{renderNodes(node.children, newTabHint)}</strong>;
      case 'link':
        return (
          <a key={index} href={node.href} target="_blank" rel="noopener noreferrer">
            {renderNodes(node.children, newTabHint)}
            <span className="ch-visually-hidden">{newTabHint}</span>
          </a>
        );
    }
  });
}

const WORD_CHARACTER = /[\p{L}\p{N}]/u;

/**
 * A path, address or host name (`dashboard.stripe.com/test/apikeys`) may wrap after a slash or
 * before a dot inside a word, so a narrow column breaks it between its parts rather than inside
 * one. `<wbr>` adds no character: copying and finding the text are unchanged. Hidden from the
 * accessibility tree, where Chromium reads each one as a space: a LaunchDarkly instance was
 * described as "app .eu .launchdarkly .com", and a link on such a path was named so (not what a
 * voice-control user says).
 */
export function breakableAtSeparators(text: string): ReactNode {
  const parts: ReactNode[] = [];
  let start = 0;
  for (let index = 1; index < text.length - 1; index += 1) {
    const character = text[index];
    const next = text[index + 1]!;
    // After an inner slash (not between the two of `//`); before a dot between letters or digits.
    const afterSlash = character === '/' && next !== '/';
    const beforeDot = character === '.' && WORD_CHARACTER.test(text[index - 1]!) && WORD_CHARACTER.test(next);
    if (!afterSlash && !beforeDot) continue;
    const cut = afterSlash ? index + 1 : index;
    parts.push(text.slice(start, cut), <wbr key={cut} aria-hidden />);
    start = cut;
  }
  if (start === 0) return text;
  parts.push(text.slice(start));
  return parts;
}
