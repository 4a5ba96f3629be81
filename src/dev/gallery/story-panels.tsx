import { useEffect, useId, useLayoutEffect, useRef, useState } from 'react';
import { ACTION_EVENT, type ActionDetail } from './actions.js';
import { storySource } from './story-index.js';

function formatValue(value: unknown): string {
  if (typeof value === 'function') return 'ƒ';
  return JSON.stringify(value, (_key, inner: unknown) => {
    if (inner instanceof Error) return { ...inner, name: inner.name, message: inner.message };
    if (typeof inner === 'function') return 'ƒ';
    return inner;
  });
}

/** The calls the story's callback props received (see `action()`), newest first. */
export function ActionsPanel() {
  const [calls, setCalls] = useState<ActionDetail[]>([]);
  // A layout effect subscribes before the widget's own effects send their first `open` event.
  useLayoutEffect(() => {
    const onAction = (event: Event) => {
      const { detail } = event as CustomEvent<ActionDetail>;
      setCalls((list) => [detail, ...list].slice(0, 50));
    };
    window.addEventListener(ACTION_EVENT, onAction);
    return () => window.removeEventListener(ACTION_EVENT, onAction);
  }, []);
  return (
    <details className="gallery-panel">
      <summary>
        Actions <span className="gallery-badge">{calls.length}</span>
      </summary>
      {calls.length === 0 ? (
        <p className="gallery-empty">No callback has been called yet.</p>
      ) : (
        <ol className="gallery-actions" aria-label="Callback calls, newest first">
          {calls.map((call, index) => (
            <li key={`${call.at}-${calls.length - index}`}>
              <code>
                <strong>{call.name}</strong>({call.args.map(formatValue).join(', ')})
              </code>
            </li>
          ))}
        </ol>
      )}
    </details>
  );
}

/** Asks the dev server to open the file in the developer's editor (Vite's `/__open-in-editor`). */
function openInEditor(file: string) {
  void fetch(`/__open-in-editor?file=${encodeURIComponent(file)}`);
}

/** The lines of a story's export, with the JSDoc comment above it: [first, last], or [-1, -1]. */
function storyLines(lines: readonly string[], exportName: string): [number, number] {
  const start = lines.findIndex((line) => line.startsWith(`export const ${exportName}:`) || line.startsWith(`export const ${exportName} `));
  if (start === -1) return [-1, -1];
  let first = start;
  if (lines[start - 1]?.trimEnd().endsWith('*/')) {
    while (first > 0 && !lines[first - 1]?.trimStart().startsWith('/**')) first -= 1;
    first -= 1;
  }
  let last = start;
  if (!lines[start]?.trimEnd().endsWith(';')) {
    while (last < lines.length - 1 && lines[last] !== '};') last += 1;
  }
  return [first, last];
}

/** The story file's text, scrolled to the story's export. */
export function SourcePanel({ file, exportName }: { file: string; exportName: string }) {
  const id = useId();
  const source = storySource(file) ?? '';
  const lines = source.replace(/\n$/, '').split('\n');
  const [first, last] = storyLines(lines, exportName);
  const markRef = useRef<HTMLSpanElement>(null);
  const panelRef = useRef<HTMLElement>(null);
  useEffect(() => {
    panelRef.current?.scrollIntoView({ block: 'nearest' });
  }, []);
  useEffect(() => {
    const mark = markRef.current;
    const scroller = mark?.closest('pre');
    if (mark && scroller) scroller.scrollTop = mark.offsetTop - scroller.clientHeight / 3;
  }, [file, exportName]);
  return (
    <section className="gallery-panel gallery-source" aria-labelledby={`${id}-title`} ref={panelRef}>
      <div className="gallery-panel-head">
        <h2 id={`${id}-title`}>
          <code>{file}</code>
        </h2>
        <button type="button" className="gallery-button" onClick={() => openInEditor(file)}>
          Open in editor
        </button>
      </div>
      <pre tabIndex={0} aria-label={`Source of ${file}`}>
        <code>
          {lines.map((line, index) => (
            <span
              key={index}
              className="gallery-source-line"
              data-story={(index >= first && index <= last) || undefined}
              ref={index === first ? markRef : undefined}
            >
              {`${line}\n`}
            </span>
          ))}
        </code>
      </pre>
    </section>
  );
}
