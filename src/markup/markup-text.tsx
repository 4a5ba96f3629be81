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
 * Renders guide text as React elements — text, `<strong>`, `<code>` (with `<wbr>` after inner
 * slashes) and `<a>` — never as HTML, so markup from a provider definition cannot inject elements
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

function renderNodes(nodes: InlineNode[], newTabHint: string): ReactNode[] {
  // The node list is derived from a fixed string and never reordered, so index keys are stable.
  return nodes.map((node, index) => {
    switch (node.type) {
      case 'text':
        return node.text;
      case 'code':
        return <code key={index}>{breakableAfterSlashes(node.text)}</code>;
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

/**
 * A path or address in code (`dashboard.stripe.com/test/apikeys`) may wrap after a slash, so a
 * narrow column breaks it between its parts rather than inside a word. `<wbr>` adds no character:
 * copying and finding the text are unchanged.
 */
function breakableAfterSlashes(text: string): ReactNode {
  const parts: ReactNode[] = [];
  let start = 0;
  for (let slash = text.indexOf('/'); slash !== -1; slash = text.indexOf('/', slash + 1)) {
    const next = text[slash + 1];
    if (slash === 0 || next === undefined || next === '/') continue;
    parts.push(text.slice(start, slash + 1), <wbr key={slash} />);
    start = slash + 1;
  }
  if (start === 0) return text;
  parts.push(text.slice(start));
  return parts;
}
