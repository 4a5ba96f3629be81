import { Fragment, useEffect, useMemo, useRef, useState, useSyncExternalStore, type ReactNode } from 'react';
import {
  isGalleryWidth,
  LOCALES,
  localeLabel,
  MAX_WIDTH,
  MIN_WIDTH,
  THEMES,
  WIDTHS,
  type GalleryDensity,
  type GalleryDirection,
  type GalleryTheme,
  type GalleryWidth,
  type Globals,
} from './globals.js';
import { Sidebar } from './sidebar.js';
import { StoryCanvas } from './story-canvas.js';
import { gridStates, gridStories, storyIndex, type StoryEntry } from './story-index.js';
import { ActionsPanel, SourcePanel } from './story-panels.js';
import { Picker, Segmented, Toolbar } from './toolbar.js';
import { useTouchPreview } from './touch-preview.js';
import { parseGalleryUrl, useGalleryUrl, type GalleryUrl } from './use-gallery-url.js';
import { useHeightVariable } from './use-height-variable.js';

const THEME_LABELS: Record<GalleryTheme, string> = { light: 'Light', dark: 'Dark', system: 'System', brand: 'Brand' };
const themeOptions = THEMES.map((value) => ({ value, label: THEME_LABELS[value] }));
const widthOptions = WIDTHS.map((value) => ({ value, label: `${value}` }));
const densityOptions: { value: GalleryDensity; label: string }[] = [
  { value: 'comfortable', label: 'Comfortable' },
  { value: 'compact', label: 'Compact' },
];
const directionOptions: { value: GalleryDirection; label: string }[] = [
  { value: 'ltr', label: 'Left to right' },
  { value: 'rtl', label: 'Right to left' },
];
const pointerOptions = [
  { value: 'mouse', label: 'Mouse' },
  { value: 'touch', label: 'Touch' },
] as const;

/** Whether the viewer's system asks for dark colours now (the `system` theme follows it). */
function usePrefersDark(): boolean {
  return useSyncExternalStore(
    (onChange) => {
      const query = window.matchMedia('(prefers-color-scheme: dark)');
      query.addEventListener('change', onChange);
      return () => query.removeEventListener('change', onChange);
    },
    () => window.matchMedia('(prefers-color-scheme: dark)').matches,
  );
}

/** Any width in px, for those the presets do not offer; the URL changes once the number is one the gallery can show. */
function WidthInput({ value, onChange }: { value: GalleryWidth; onChange: (width: GalleryWidth) => void }) {
  const preset = (WIDTHS as readonly string[]).includes(value);
  const [draft, setDraft] = useState(preset ? '' : value);
  // Emptied when the width becomes a preset from elsewhere, not while the user types one ("390").
  useEffect(() => setDraft((typed) => (typed === value ? typed : preset ? '' : value)), [preset, value]);
  return (
    <label className="gallery-picker gallery-width-input">
      <span>Other width</span>
      <input
        type="number"
        inputMode="numeric"
        min={MIN_WIDTH}
        max={MAX_WIDTH}
        step={1}
        placeholder="px"
        value={draft}
        onChange={(event) => {
          setDraft(event.target.value);
          if (isGalleryWidth(event.target.value)) onChange(event.target.value);
        }}
      />
    </label>
  );
}
const localeOptions = LOCALES.map((value) => ({ value, label: localeLabel(value) }));

/** What "Skip to the story" moves the focus to: the story's canvas, or the grid. */
const STORY_TARGET = 'gallery-story';

/** Text with `code` spans, as story descriptions write them. */
function InlineCode({ text }: { text: string }) {
  return (
    <>
      {text.split('`').map((part, index) => (
        <Fragment key={index}>{index % 2 === 1 ? <code>{part}</code> : part}</Fragment>
      ))}
    </>
  );
}

/** The accessible name of a story's canvas: "Story: Providers / Stripe / Mismatch". */
function canvasLabel(entry: StoryEntry): string {
  return `Story: ${entry.title.split('/').join(' / ')} / ${entry.name}`;
}

/** The display name of a grid state, from a story that has it: `field-error` → "Field error". */
function stateName(state: string): string {
  return storyIndex.find((entry) => entry.state === state)?.name ?? state;
}

type Go = ReturnType<typeof useGalleryUrl>['go'];
type Link = ReturnType<typeof useGalleryUrl>['link'];

function PreviewSettings({ url, go, children }: { url: GalleryUrl; go: Go; children?: ReactNode }) {
  return (
    <Toolbar>
      {children}
      <Segmented legend="Theme" options={themeOptions} value={url.theme} onChange={(theme) => go({ theme }, { replace: true })} />
      <Segmented
        legend="Width (px)"
        options={widthOptions}
        value={url.width}
        onChange={(width: GalleryWidth) => go({ width }, { replace: true })}
      />
      <WidthInput value={url.width} onChange={(width) => go({ width }, { replace: true })} />
      <Picker label="Locale" options={localeOptions} value={url.locale} onChange={(locale) => go({ locale }, { replace: true })} />
      <Segmented legend="Density" options={densityOptions} value={url.density} onChange={(density) => go({ density }, { replace: true })} />
      <Segmented legend="Direction" options={directionOptions} value={url.dir} onChange={(dir) => go({ dir }, { replace: true })} />
      <Segmented
        legend="Pointer"
        options={pointerOptions}
        value={url.touch ? 'touch' : 'mouse'}
        onChange={(pointer) => go({ touch: pointer === 'touch' }, { replace: true })}
      />
    </Toolbar>
  );
}

function StoryView({
  entry,
  url,
  go,
  link,
  globals,
}: {
  entry: StoryEntry;
  url: GalleryUrl;
  go: Go;
  link: Link;
  globals: Globals;
}) {
  const [generation, setGeneration] = useState(0);
  const key = `${entry.id}|${url.locale}|${generation}`;
  return (
    <>
      <PreviewSettings url={url} go={go} />
      <header className="gallery-story-head">
        <p className="gallery-breadcrumb">{entry.title.split('/').join(' / ')}</p>
        <h1>{entry.name}</h1>
        {entry.description && (
          <p className="gallery-description">
            <InlineCode text={entry.description} />
          </p>
        )}
        {entry.parameters.gallery?.note && <p className="gallery-note">{entry.parameters.gallery.note}</p>}
        <p className="gallery-meta">
          <span>
            Source:{' '}
            <a {...link({ source: !url.source })} aria-expanded={url.source}>
              <code>{entry.file}</code>
            </a>
          </span>
          <span>
            id <code>{entry.id}</code>
          </span>
          {entry.play && (
            <button type="button" className="gallery-button" onClick={() => setGeneration((value) => value + 1)}>
              Replay
            </button>
          )}
        </p>
      </header>
      <div id={STORY_TARGET} tabIndex={-1} className="gallery-skip-target">
        <StoryCanvas key={key} entry={entry} globals={globals} width={url.width} label={canvasLabel(entry)} />
      </div>
      <ActionsPanel key={`actions|${key}`} />
      {url.source && <SourcePanel file={entry.file} exportName={entry.exportName} />}
    </>
  );
}

function GridView({
  url,
  go,
  link,
  globals,
}: {
  url: GalleryUrl;
  go: Go;
  link: Link;
  globals: Globals;
}) {
  const states = useMemo(() => gridStates(storyIndex), []);
  const stories = useMemo(() => gridStories(storyIndex, url.state), [url.state]);
  const [generation, setGeneration] = useState(0);
  const standIns = stories.filter((entry) => entry.state !== url.state).length;
  const stateOptions = states.map((value) => ({ value, label: stateName(value) }));
  return (
    <>
      <PreviewSettings url={url} go={go}>
        <Picker label="State" options={stateOptions} value={url.state} onChange={(state) => go({ state })} />
      </PreviewSettings>
      <header className="gallery-story-head">
        <p className="gallery-breadcrumb">Grid</p>
        <h1>{stateName(url.state)}</h1>
        <p className="gallery-description">
          {stories.length} components side by side, each in its own story.
          {standIns > 0 && ` ${standIns} cannot show this state and show the story that stands in for it, marked below.`}
        </p>
        <p className="gallery-meta">
          <button type="button" className="gallery-button" onClick={() => setGeneration((value) => value + 1)}>
            Replay all
          </button>
        </p>
      </header>
      {stories.length === 0 ? (
        <p className="gallery-empty">No story shows the state “{url.state}”.</p>
      ) : (
        <div className="gallery-grid gallery-skip-target" id={STORY_TARGET} tabIndex={-1}>
          {stories.map((entry) => (
            <article key={entry.id} className="gallery-card" aria-labelledby={`card-${entry.id}`}>
              <header>
                <h2 id={`card-${entry.id}`}>{entry.component}</h2>
                <a {...link({ view: 'story', story: entry.id })}>
                  Open story<span className="gallery-visually-hidden">: {entry.component}, {entry.name}</span>
                </a>
              </header>
              {entry.state !== url.state && (
                <p className="gallery-note">
                  Shows “{entry.name}”. {entry.parameters.gallery?.note}
                </p>
              )}
              <StoryCanvas
                key={`${entry.id}|${url.locale}|${generation}`}
                entry={entry}
                globals={globals}
                width={url.width}
                label={canvasLabel(entry)}
                clipped
              />
            </article>
          ))}
        </div>
      )}
    </>
  );
}

/** The designer gallery: every story in the project, with a sidebar, a toolbar and a grid view. */
export function Gallery() {
  const { url, go, link } = useGalleryUrl();
  const topbarRef = useRef<HTMLElement>(null);
  useHeightVariable(topbarRef, '--gallery-topbar-height');
  const globals = useMemo<Globals>(
    () => ({ theme: url.theme, locale: url.locale, density: url.density, dir: url.dir }),
    [url.theme, url.locale, url.density, url.dir],
  );
  const first = storyIndex[0];
  const entry = url.view === 'story' ? storyIndex.find((candidate) => candidate.id === (url.story ?? first?.id)) : undefined;

  // The touch screen's layout (44 px targets…), on a desktop: every widget on the page, story or grid.
  useTouchPreview(url.touch);

  const prefersDark = usePrefersDark();
  useEffect(() => {
    // The page around the widget follows its theme, so a dark widget is judged on a dark host.
    const dark = url.theme === 'dark' || (url.theme === 'system' && prefersDark);
    document.documentElement.dataset.theme = dark ? 'dark' : 'light';
  }, [url.theme, prefersDark]);

  useEffect(() => {
    // The bare /gallery/ address shows the first story: give it its stable URL. Unless the address
    // has named a story since this render (a link followed before the effect ran): `go` patches the
    // address as it is now, and would put the first story in place of that one.
    if (url.view === 'story' && !url.story && first && !parseGalleryUrl(window.location.search).story) {
      go({ story: first.id }, { replace: true });
    }
  }, [url.view, url.story, first, go]);

  useEffect(() => {
    const page = url.view === 'grid' ? `Grid: ${stateName(url.state)}` : entry ? `${entry.title} / ${entry.name}` : 'Not found';
    document.title = `${page} · ConnectHub gallery`;
  }, [url.view, url.state, entry]);

  return (
    <div className="gallery">
      {/* First in the tab order: past the top bar, the story list and the toolbar, straight to what is shown. */}
      <a
        className="gallery-skip"
        href={`#${STORY_TARGET}`}
        onClick={(event) => {
          const target = document.getElementById(STORY_TARGET);
          if (!target) return;
          event.preventDefault();
          target.focus();
        }}
      >
        {url.view === 'grid' ? 'Skip to the stories' : 'Skip to the story'}
      </a>
      <header className="dev-topbar gallery-topbar" ref={topbarRef}>
        <p className="dev-brand">
          ConnectHub <span>gallery</span>
        </p>
        <nav className="gallery-views" aria-label="Dev page">
          <a {...link({ view: 'story' })} aria-current={url.view === 'story' ? 'page' : undefined}>
            Stories
          </a>
          <a {...link({ view: 'grid' })} aria-current={url.view === 'grid' ? 'page' : undefined}>
            Grid
          </a>
          <a href="/">Playground</a>
        </nav>
      </header>
      <div className="gallery-layout">
        <Sidebar
          entries={storyIndex}
          current={entry}
          query={url.q}
          onQuery={(q) => go({ q }, { replace: true })}
          link={link}
        />
        <main className="gallery-main">
          {url.view === 'grid' ? (
            <GridView url={url} go={go} link={link} globals={globals} />
          ) : entry ? (
            <StoryView key={entry.id} entry={entry} url={url} go={go} link={link} globals={globals} />
          ) : (
            <div className="gallery-story-head gallery-skip-target" id={STORY_TARGET} tabIndex={-1}>
              <h1>No story “{url.story}”</h1>
              <p className="gallery-description">
                Its id may have changed with its title or export name.{' '}
                {first && <a {...link({ story: first.id })}>Open the first story</a>}
              </p>
            </div>
          )}
        </main>
      </div>
    </div>
  );
}
