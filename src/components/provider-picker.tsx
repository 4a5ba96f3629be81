import { memo, startTransition, useCallback, useContext, useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { flushSync } from 'react-dom';
import type { ProviderDefinition } from '../definition/provider-schema.js';
import type { Messages } from '../i18n/messages.js';
import { useConnectHub, type TextAttributes } from './connect-hub-context.js';
import { ProviderLogo } from './provider-logo.js';
import { ProviderViewCode } from './provider-screen.js';
import { useFocusHeading } from './use-focus-heading.js';
import { useIsomorphicLayoutEffect } from './use-isomorphic-layout-effect.js';

const ALL = '';

/**
 * Scrolls the row of category chips, where it scrolls (a narrow widget), so that `chip` is wholly
 * in view, clear of the fade at its edges (the row's `scroll-padding`). Chromium does not scroll a
 * focused chip that is partly in view, and `scrollIntoView` would scroll the host's page too.
 * Physical offsets: `scrollLeft` grows rightwards right to left too.
 */
function revealChip(chip: Element | null | undefined): void {
  const row = chip?.parentElement;
  if (!chip || !row) return;
  const pad = parseFloat(getComputedStyle(row).scrollPaddingLeft) || 0;
  const [outer, inner] = [row.getBoundingClientRect(), chip.getBoundingClientRect()];
  row.scrollLeft += Math.max(0, inner.right - outer.right + pad) + Math.min(0, inner.left - outer.left - pad);
}

/**
 * How many matches are rendered at first, and added each time the end of the list comes near:
 * a catalogue of 1,000 providers renders as fast as one of 30, and a keystroke never waits for
 * rows nobody can see yet.
 */
export const PAGE_SIZE = 30;

/** Lower-cases and strips accents so "gocardless" finds "GoCardless" and "remote" finds "Rémote". */
function normalize(text: string): string {
  // Without accents, and without the soft hyphens and zero-width spaces a long word may hold for line breaking.
  return text.normalize('NFKD').replace(/[\p{M}\u00ad\u200b]/gu, '').toLowerCase();
}

type Entry = { provider: ProviderDefinition; haystack: string };

/** Each provider with the text a search looks in. */
function entriesOf(providers: readonly ProviderDefinition[], messages: Messages): Entry[] {
  return providers.map((provider) => ({
    provider,
    haystack: normalize(`${provider.name} ${provider.category} ${messages.categoryLabel(provider.category)} ${provider.description}`),
  }));
}

/** Providers whose name, category or description contain every word of the query. */
function filterProviders(entries: readonly Entry[], query: string, category: string): ProviderDefinition[] {
  const words = normalize(query).split(/\s+/).filter(Boolean);
  return entries
    .filter((entry) => (category === ALL || entry.provider.category === category) && words.every((word) => entry.haystack.includes(word)))
    .map((entry) => entry.provider);
}

/** Where the user was in the picker: what they searched for and which category they chose. */
export type PickerPlace = { query: string; category: string };

/**
 * The provider list with search and a category filter. Arrow keys move between providers;
 * ArrowDown in the search box jumps to the first match.
 */
export function ProviderPicker({
  onSelect,
  back,
}: {
  onSelect: (provider: ProviderDefinition, from: PickerPlace) => void;
  /** Back from a provider: the picker as the user left it, with the focus on that provider. */
  back?: (PickerPlace & { provider: string }) | undefined;
}) {
  const { providers, messages, textLanguage, titleId } = useConnectHub('ProviderPicker');
  const searchRef = useRef<HTMLInputElement>(null);
  const listRef = useRef<HTMLUListElement>(null);
  // The search and category the user left, if they still show that provider (the host may have
  // changed the providers or the locale meanwhile); else a fresh list.
  const [restored] = useState(() =>
    back && filterProviders(entriesOf(providers, messages), back.query, back.category).some((provider) => provider.id === back.provider)
      ? back
      : undefined,
  );
  const [query, setQuery] = useState(restored?.query ?? '');
  const [category, setCategory] = useState(restored?.category ?? ALL);
  // The count is for screen readers, which say a live region's changes, not what it holds when it
  // appears: it is worded from the first search or category on. Worded as the list first shows,
  // 1,000 providers would load the browser's number formatting before the first paint (tens of ms).
  const [filtered, setFiltered] = useState(false);
  const id = useId();
  const headingRef = useFocusHeading<HTMLHeadingElement>('ProviderPicker', false, () =>
    restored
      ? [...(listRef.current?.children ?? [])].find((row) => row.getAttribute('data-provider') === restored.provider)?.querySelector('button')
      : undefined,
  );
  const { preload } = useContext(ProviderViewCode);

  const entries = useMemo(() => entriesOf(providers, messages), [providers, messages]);
  const categories = useMemo(() => [...new Set(providers.map((provider) => provider.category))], [providers]);
  const visible = useMemo(() => filterProviders(entries, query, category), [entries, query, category]);
  // Enough rows for the provider the user comes back to.
  const [limit, setLimit] = useState(() => Math.max(PAGE_SIZE, visible.findIndex((provider) => provider.id === restored?.provider) + 1));
  const shown = visible.length > limit ? visible.slice(0, limit) : visible;
  const hasMore = shown.length < visible.length;
  const sentinelRef = useRef<HTMLDivElement>(null);
  const chipsRef = useRef<HTMLDivElement>(null);
  // The chosen category in view when the picker opens (back from one of its providers). "All",
  // the first chip, is in view already: a first open measures no layout.
  useIsomorphicLayoutEffect(() => {
    if (category !== ALL) revealChip(chipsRef.current?.querySelector('[aria-pressed="true"]'));
  }, []);

  // Render more rows as the end of the list comes within half a screen of the viewport. A new observer
  // for each page: it reports at once whether the (moved) sentinel is still near.
  useEffect(() => {
    const sentinel = sentinelRef.current;
    if (!hasMore || !sentinel || typeof IntersectionObserver === 'undefined') return;
    const observer = new IntersectionObserver(
      (records) => {
        // A transition: more rows never hold up a keystroke or a click.
        if (records.some((record) => record.isIntersecting)) startTransition(() => setLimit((current) => current + PAGE_SIZE));
      },
      { rootMargin: '50% 0px' },
    );
    observer.observe(sentinel);
    return () => observer.disconnect();
  }, [hasMore, limit]);

  // Rows are memoised: a stable `onSelect` keeps rows that stay on screen from re-rendering.
  const latest = useRef({ onSelect, query, category });
  useEffect(() => {
    latest.current = { onSelect, query, category };
  });
  const select = useCallback((provider: ProviderDefinition) => {
    const { onSelect: selected, query: searched, category: chosen } = latest.current;
    selected(provider, { query: searched, category: chosen });
  }, []);

  const search = (next: string) => {
    setQuery(next);
    setLimit(PAGE_SIZE);
    setFiltered(true);
  };
  const filterBy = (next: string) => {
    setCategory(next);
    setLimit(PAGE_SIZE);
    setFiltered(true);
  };

  const focusItem = (index: number) => {
    const buttons = listRef.current?.querySelectorAll<HTMLButtonElement>('button.ch-provider-option');
    if (!buttons || buttons.length === 0) return;
    buttons[(index + buttons.length) % buttons.length]?.focus();
  };

  /** Renders `count` more rows (all of them with Infinity) before the keyboard moves into them. */
  const showMore = (count: number) => flushSync(() => setLimit((current) => current + count));

  const onListKeyDown = (event: KeyboardEvent<HTMLUListElement>) => {
    const buttons = [...(listRef.current?.querySelectorAll<HTMLButtonElement>('button.ch-provider-option') ?? [])];
    const current = buttons.indexOf(document.activeElement as HTMLButtonElement);
    const moves: Record<string, () => void> = {
      ArrowDown: () => {
        if (current === buttons.length - 1 && hasMore) showMore(PAGE_SIZE);
        focusItem(current + 1);
      },
      ArrowUp: () => (current <= 0 ? searchRef.current?.focus() : focusItem(current - 1)),
      Home: () => focusItem(0),
      End: () => {
        if (hasMore) showMore(Infinity);
        focusItem(-1);
      },
    };
    const move = moves[event.key];
    if (move) {
      event.preventDefault();
      move();
    }
  };

  const onSearchKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    // An input method (Japanese, Chinese, Korean…) composing a word owns Enter, Escape and the
    // arrows: they confirm it, cancel it, move among its candidates. Browsers give its keys keyCode
    // 229 (UI Events), Safari too, where `isComposing` is already false on the Enter that confirms.
    if (event.keyCode === 229) return;
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      focusItem(0);
    } else if (event.key === 'Enter') {
      // Always: inside a host's own form, Enter would otherwise submit it.
      event.preventDefault();
      // Only for a search: in an empty box, Enter would open whichever provider happens to be first.
      const first = visible[0];
      if (first && query.trim()) onSelect(first, { query, category });
    } else if (event.key === 'Escape' && query) {
      event.preventDefault();
      search('');
    }
  };

  const clear = () => {
    search('');
    filterBy(ALL);
    searchRef.current?.focus();
  };

  return (
    <div className="ch-screen ch-picker" data-step="picker">
      <header className="ch-picker-header">
        <h2 className="ch-title" id={titleId} ref={headingRef} tabIndex={-1}>
          {messages.pickerTitle}
        </h2>
        <p className="ch-muted">{messages.pickerIntro}</p>
      </header>
      <div className="ch-picker-controls">
        {/* Not .ch-label: hidden text is still laid out, and its 600 14 px would be one more font
            for the page's first layout to set up. */}
        <label className="ch-visually-hidden" htmlFor={`${id}-search`}>
          {messages.searchLabel}
        </label>
        <div className="ch-search-box">
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
            onChange={(event) => search(event.target.value)}
            onKeyDown={onSearchKeyDown}
          />
          {/* Inline, not a CSS data URL: an SVG image is a whole document the first layout parses. */}
          <svg className="ch-search-icon" viewBox="0 0 20 20" aria-hidden="true" focusable="false">
            <circle cx="8.5" cy="8.5" r="5.5" fill="none" stroke="currentColor" strokeWidth="1.8" />
            <path d="M13 13l4 4" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" />
          </svg>
        </div>
        {categories.length > 1 && (
          <div
            className="ch-chips"
            role="group"
            aria-label={messages.categoryFilterLabel}
            ref={chipsRef}
            // Not a stop of its own where it scrolls (a narrow widget): Firefox puts a scroller in
            // the tab order even when what it holds takes the focus, one more Tab to the chips.
            tabIndex={-1}
            // Each chip the focus reaches, or a press (Safari and iOS do not focus a pressed button), wholly in view.
            onFocus={(event) => revealChip(event.target)}
          >
            {[ALL, ...categories].map((value) => (
              <button
                key={value || 'all'}
                type="button"
                className="ch-chip"
                aria-pressed={category === value}
                // A toggle: pressed again, it shows every category.
                onClick={(event) => {
                  filterBy(category === value ? ALL : value);
                  revealChip(event.currentTarget);
                }}
              >
                {value === ALL ? messages.allCategories : messages.categoryLabel(value)}
              </button>
            ))}
          </div>
        )}
      </div>
      <p className="ch-visually-hidden" role="status">
        {/* Not the advice with the query in it: that would be said again at every keystroke. */}
        {!filtered ? null : visible.length > 0 ? messages.providerCount(visible.length) : messages.noMatchTitle}
      </p>
      {visible.length > 0 ? (
        <>
          <ul className="ch-provider-list" id={`${id}-list`} ref={listRef} onKeyDown={onListKeyDown} aria-label={messages.providersLabel}>
            {shown.map((provider, index) => (
              <li key={provider.id} data-provider={provider.id} aria-setsize={hasMore ? visible.length : undefined} aria-posinset={hasMore ? index + 1 : undefined}>
                <ProviderOption provider={provider} text={textLanguage(provider, description)} idPrefix={id} onSelect={select} onReach={preload} />
              </li>
            ))}
          </ul>
          {hasMore && <div ref={sentinelRef} />}
        </>
      ) : (
        <div className="ch-empty" id={`${id}-list`}>
          <p className="ch-empty-title">{messages.noMatchTitle}</p>
          {/* The query set apart as the widget's isolate sets names apart, in every widget: its
              direction is the typist's, not the widget's ("עב abc" in an English sentence read
              "בע abc", not as the search box shows it). */}
          <p className="ch-muted">{messages.noMatchBody(`\u2068${query}\u2069`)}</p>
          <button type="button" className="ch-button" onClick={clear}>
            {messages.clearSearch}
          </button>
        </div>
      )}
    </div>
  );
}

/** The piece of a provider's text whose language its row takes: its name goes with it. */
const description = (provider: ProviderDefinition) => provider.description;

type ProviderOptionProps = {
  provider: ProviderDefinition;
  /** The language and direction of its name and description, where they are not the widget's. */
  text: TextAttributes;
  /** The picker's `useId`, so names and descriptions have ids unique on the page. */
  idPrefix: string;
  onSelect: (provider: ProviderDefinition) => void;
  /** Starts loading the provider screen's code. */
  onReach: () => void;
};

/** One provider in the list: logo, name and description, as one button. */
const ProviderOption = memo(function ProviderOption({ provider, text, idPrefix, onSelect, onReach }: ProviderOptionProps) {
  return (
    <button
      type="button"
      className="ch-provider-option"
      aria-labelledby={`${idPrefix}-${provider.id}-name`}
      aria-describedby={`${idPrefix}-${provider.id}-description`}
      onClick={() => onSelect(provider)}
      // Reaching a provider starts loading the provider screen's code, if idle time has not already.
      onPointerEnter={onReach}
      onFocus={onReach}
    >
      <ProviderLogo provider={provider} />
      <span className="ch-provider-text" {...text}>
        <span className="ch-provider-name" id={`${idPrefix}-${provider.id}-name`}>
          {provider.name}
        </span>
        <span className="ch-provider-description" id={`${idPrefix}-${provider.id}-description`}>
          {provider.description}
        </span>
      </span>
      <svg className="ch-chevron" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
        <path d="M6 3l5 5-5 5" fill="none" stroke="currentColor" strokeWidth="1.75" strokeLinecap="round" strokeLinejoin="round" />
      </svg>
    </button>
  );
});
