import { useEffect, useId, useMemo, useRef, useState, type AnchorHTMLAttributes } from 'react';
import type { StoryEntry } from './story-index.js';
import type { UrlPatch } from './use-gallery-url.js';

type Link = (patch: UrlPatch) => Pick<AnchorHTMLAttributes<HTMLAnchorElement>, 'href' | 'onClick'>;

function normalize(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
}

/** Stories whose title, name or id hold every word of the query. */
export function searchStories(entries: readonly StoryEntry[], query: string): StoryEntry[] {
  const words = normalize(query).split(/\s+/).filter(Boolean);
  return entries.filter((entry) => {
    const haystack = normalize(`${entry.title} ${entry.name} ${entry.id}`);
    return words.every((word) => haystack.includes(word));
  });
}

/** Groups entries by section (title's first part), then by component, keeping their order. */
function groupEntries(entries: readonly StoryEntry[]) {
  const groups = new Map<string, Map<string, StoryEntry[]>>();
  for (const entry of entries) {
    const components = groups.get(entry.group) ?? new Map<string, StoryEntry[]>();
    components.set(entry.component, [...(components.get(entry.component) ?? []), entry]);
    groups.set(entry.group, components);
  }
  return groups;
}

/**
 * The story list: sections by title, a search box (press / to focus it), one link per story.
 * On narrow screens it folds behind a button that names the current story.
 */
export function Sidebar({
  entries,
  current,
  query,
  onQuery,
  link,
}: {
  entries: readonly StoryEntry[];
  current: StoryEntry | undefined;
  query: string;
  onQuery: (query: string) => void;
  link: Link;
}) {
  const id = useId();
  const searchRef = useRef<HTMLInputElement>(null);
  const toggleRef = useRef<HTMLButtonElement>(null);
  const [open, setOpen] = useState(false);
  const visible = useMemo(() => searchStories(entries, query), [entries, query]);
  const groups = useMemo(() => groupEntries(visible), [visible]);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const target = event.target as HTMLElement | null;
      if (event.key !== '/' || target?.closest('input, textarea, select, [contenteditable="true"]')) return;
      event.preventDefault();
      setOpen(true);
      requestAnimationFrame(() => searchRef.current?.focus());
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  return (
    <aside
      className="gallery-sidebar"
      data-open={open}
      onKeyDown={(event) => {
        // On a narrow screen the list is a disclosure: Escape closes it (after clearing a search
        // first, as the search box itself does) and gives focus back to its button.
        const clearing = event.target === searchRef.current && query !== '';
        if (event.key !== 'Escape' || !open || clearing) return;
        setOpen(false);
        toggleRef.current?.focus();
      }}
    >
      <button
        ref={toggleRef}
        type="button"
        className="gallery-sidebar-toggle"
        aria-expanded={open}
        aria-controls={`${id}-body`}
        onClick={() => setOpen((value) => !value)}
      >
        <span>Stories</span>
        {current && (
          <span className="gallery-sidebar-current">
            {current.component} · {current.name}
          </span>
        )}
        <svg viewBox="0 0 16 16" aria-hidden="true" focusable="false">
          <path d="M4 6l4 4 4-4" fill="none" stroke="currentColor" strokeWidth="1.75" strokeLinecap="round" strokeLinejoin="round" />
        </svg>
      </button>
      <div className="gallery-sidebar-body" id={`${id}-body`}>
        <label className="gallery-visually-hidden" htmlFor={`${id}-search`}>
          Search stories
        </label>
        <div className="gallery-search">
          <input
            ref={searchRef}
            id={`${id}-search`}
            type="search"
            value={query}
            placeholder="Search stories"
            autoComplete="off"
            spellCheck={false}
            aria-describedby={`${id}-count`}
            onChange={(event) => onQuery(event.target.value)}
          />
          <kbd aria-hidden="true">/</kbd>
        </div>
        <p className="gallery-count" id={`${id}-count`} role="status">
          {visible.length === entries.length ? `${entries.length} stories` : `${visible.length} of ${entries.length} stories`}
        </p>
        <nav aria-label="Stories">
          {visible.length === 0 && <p className="gallery-empty">No story matches “{query}”.</p>}
          {[...groups].map(([group, components]) => (
            <section key={group} className="gallery-nav-group" aria-labelledby={`${id}-${group}`}>
              <h2 id={`${id}-${group}`}>{group}</h2>
              {[...components].map(([component, stories]) => (
                <div key={component} className="gallery-nav-component">
                  {component !== group && <h3 id={`${id}-${group}-${component}`}>{component}</h3>}
                  <ul aria-labelledby={component !== group ? `${id}-${group}-${component}` : `${id}-${group}`}>
                    {stories.map((story) => (
                      <li key={story.id}>
                        <a
                          {...link({ view: 'story', story: story.id, source: false })}
                          aria-current={story.id === current?.id ? 'page' : undefined}
                          onClick={(event) => {
                            setOpen(false);
                            link({ view: 'story', story: story.id, source: false }).onClick?.(event);
                          }}
                        >
                          {story.name}
                        </a>
                      </li>
                    ))}
                  </ul>
                </div>
              ))}
            </section>
          ))}
        </nav>
      </div>
    </aside>
  );
}
