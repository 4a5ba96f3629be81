import { useDeferredValue, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { ProviderDefinition } from '../definition/provider-schema.js';
import { useConnectHub } from './connect-hub-context.js';
import { ProviderLogo } from './provider-logo.js';
import { useFocusHeading } from './use-focus-heading.js';

const ALL = '';

/** Lower-cases and strips accents so "gocardless" finds "GoCardless" and "remote" finds "Rémote". */
function normalize(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
}

type Entry = { provider: ProviderDefinition; haystack: string };

/** Providers whose name, category or description contain every word of the query. */
export function filterProviders(entries: readonly Entry[], query: string, category: string): ProviderDefinition[] {
  const words = normalize(query).split(/\s+/).filter(Boolean);
  return entries
    .filter((entry) => (category === ALL || entry.provider.category === category) && words.every((word) => entry.haystack.includes(word)))
    .map((entry) => entry.provider);
}

/**
 * The provider list with search and a category filter. Arrow keys move between providers;
 * ArrowDown in the search box jumps to the first match.
 */
export function ProviderPicker({ onSelect }: { onSelect: (provider: ProviderDefinition) => void }) {
  const { providers, messages } = useConnectHub('ProviderPicker');
  const headingRef = useFocusHeading<HTMLHeadingElement>('ProviderPicker');
  const searchRef = useRef<HTMLInputElement>(null);
  const listRef = useRef<HTMLUListElement>(null);
  const [query, setQuery] = useState('');
  const [category, setCategory] = useState(ALL);
  const id = useId();

  const entries = useMemo(
    () => providers.map((provider) => ({ provider, haystack: normalize(`${provider.name} ${provider.category} ${messages.categoryLabel(provider.category)} ${provider.description}`) })),
    [providers, messages],
  );
  const categories = useMemo(() => [...new Set(providers.map((provider) => provider.category))], [providers]);
  const deferredQuery = useDeferredValue(query);
  const visible = useMemo(() => filterProviders(entries, deferredQuery, category), [entries, deferredQuery, category]);

  const focusItem = (index: number) => {
    const buttons = listRef.current?.querySelectorAll<HTMLButtonElement>('button.ch-provider-option');
    if (!buttons || buttons.length === 0) return;
    buttons[(index + buttons.length) % buttons.length]?.focus();
  };

  const onListKeyDown = (event: KeyboardEvent<HTMLUListElement>) => {
    const buttons = [...(listRef.current?.querySelectorAll<HTMLButtonElement>('button.ch-provider-option') ?? [])];
    const current = buttons.indexOf(document.activeElement as HTMLButtonElement);
    const moves: Record<string, () => void> = {
      ArrowDown: () => focusItem(current + 1),
      ArrowUp: () => (current <= 0 ? searchRef.current?.focus() : focusItem(current - 1)),
      Home: () => focusItem(0),
      End: () => focusItem(buttons.length - 1),
    };
    const move = moves[event.key];
    if (move) {
      event.preventDefault();
      move();
    }
  };

  const onSearchKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      focusItem(0);
    } else if (event.key === 'Enter') {
      // The list may still show the deferred query: select from what was typed.
      const first = filterProviders(entries, query, category)[0];
      if (!first) return;
      event.preventDefault();
      onSelect(first);
    } else if (event.key === 'Escape' && query) {
      event.preventDefault();
      setQuery('');
    }
  };

  const clear = () => {
    setQuery('');
    setCategory(ALL);
    searchRef.current?.focus();
  };

  return (
    <div className="ch-screen ch-picker" data-step="picker">
      <header className="ch-picker-header">
        <h2 className="ch-title" ref={headingRef} tabIndex={-1}>
          {messages.pickerTitle}
        </h2>
        <p className="ch-muted">{messages.pickerIntro}</p>
      </header>
      <div className="ch-picker-controls">
        <label className="ch-label ch-visually-hidden" htmlFor={`${id}-search`}>
          {messages.searchLabel}
        </label>
        <input
          ref={searchRef}
          id={`${id}-search`}
          className="ch-input ch-search"
          type="search"
          value={query}
          placeholder={messages.searchPlaceholder}
          autoComplete="off"
          spellCheck={false}
          maxLength={100}
          aria-controls={`${id}-list`}
          onChange={(event) => setQuery(event.target.value)}
          onKeyDown={onSearchKeyDown}
        />
        {categories.length > 1 && (
          <div className="ch-chips" role="group" aria-label={messages.categoryFilterLabel}>
            {[ALL, ...categories].map((value) => (
              <button
                key={value || 'all'}
                type="button"
                className="ch-chip"
                aria-pressed={category === value}
                onClick={() => setCategory(value)}
              >
                {value === ALL ? messages.allCategories : messages.categoryLabel(value)}
              </button>
            ))}
          </div>
        )}
      </div>
      <p className="ch-visually-hidden" role="status">
        {messages.providerCount(visible.length)}
      </p>
      {visible.length > 0 ? (
        <ul className="ch-provider-list" id={`${id}-list`} ref={listRef} onKeyDown={onListKeyDown} aria-label={messages.providersLabel}>
          {visible.map((provider) => (
            <li key={provider.id}>
              <button
                type="button"
                className="ch-provider-option"
                aria-labelledby={`${id}-${provider.id}-name`}
                aria-describedby={`${id}-${provider.id}-description`}
                onClick={() => onSelect(provider)}
              >
                <ProviderLogo provider={provider} />
                <span className="ch-provider-text">
                  <span className="ch-provider-name" id={`${id}-${provider.id}-name`}>
                    {provider.name}
                  </span>
                  <span className="ch-provider-description" id={`${id}-${provider.id}-description`}>
                    {provider.description}
                  </span>
                </span>
                <span className="ch-provider-category">{messages.categoryLabel(provider.category)}</span>
                <svg className="ch-chevron" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
                  <path d="M6 3l5 5-5 5" fill="none" stroke="currentColor" strokeWidth="1.75" strokeLinecap="round" strokeLinejoin="round" />
                </svg>
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <div className="ch-empty" id={`${id}-list`}>
          <p className="ch-empty-title">{messages.noMatchTitle}</p>
          <p className="ch-muted">{messages.noMatchBody(query)}</p>
          <button type="button" className="ch-button" data-variant="secondary" onClick={clear}>
            {messages.clearSearch}
          </button>
        </div>
      )}
    </div>
  );
}
