import { Component, createElement, useEffect, useMemo, useRef, useState, type ReactNode, type RefObject } from 'react';
import { applyGlobals, type Globals } from './globals.js';
import type { StoryEntry } from './story-index.js';

export type PlayState = 'none' | 'playing' | 'done' | 'failed';

// Plays run one at a time, page-wide: user-event types into whatever has focus, so two plays
// interleaving (the grid mounts several stories at once) would type into each other's fields.
let playQueue: Promise<unknown> = Promise.resolve();
function enqueue<T>(task: () => Promise<T>): Promise<T> {
  const run = playQueue.then(task);
  playQueue = run.catch(() => undefined);
  return run;
}

class StoryErrorBoundary extends Component<{ children: ReactNode }, { error: Error | null }> {
  override state = { error: null as Error | null };
  static getDerivedStateFromError(error: Error) {
    return { error };
  }
  override render() {
    if (this.state.error) {
      return (
        <div className="gallery-failure" role="alert">
          <strong>The story threw while rendering.</strong> {this.state.error.message}
        </div>
      );
    }
    return this.props.children;
  }
}

/** Whether a container of `width` px overflows the stage (a narrow window): it then scrolls sideways. */
function useTooWide(stageRef: RefObject<HTMLElement | null>, width: number): boolean {
  const [tooWide, setTooWide] = useState(false);
  useEffect(() => {
    const stage = stageRef.current;
    if (!stage) return;
    const check = () => {
      const style = getComputedStyle(stage);
      const inner = stage.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
      setTooWide(inner + 0.5 < width);
    };
    const observer = new ResizeObserver(check);
    observer.observe(stage);
    return () => observer.disconnect();
  }, [stageRef, width]);
  return tooWide;
}

/** Scrolls a clipped stage so the element focused in the story sits in its upper middle. */
function showFocused(stage: HTMLElement | null, canvasElement: HTMLElement) {
  const focused = canvasElement.ownerDocument.activeElement;
  if (!stage || !focused || !canvasElement.contains(focused)) return;
  const offset = focused.getBoundingClientRect().top - stage.getBoundingClientRect().top;
  stage.scrollTop += offset - stage.clientHeight * 0.4;
}

const PLAY_STATUS: Record<PlayState, string> = {
  none: 'No interactions',
  playing: 'Playing interactions…',
  done: 'Interactions done',
  failed: 'Interactions failed',
};

/**
 * Renders one story as Storybook does, `<Component {...args} />` (or the story's `render`), in a
 * container of the chosen width; then runs its `play` with that container as `canvasElement`.
 * While play runs the canvas is `aria-busy`, and a status line says how it went.
 */
export function StoryCanvas({
  entry,
  globals,
  width,
  label,
  clipped = false,
}: {
  entry: StoryEntry;
  globals: Globals;
  width: string;
  label: string;
  /**
   * For the grid: the stage has a maximum height and scrolls, and after play it scrolls to what
   * the play left focused (the field with the error, the busy button…), while the page stays put.
   */
  clipped?: boolean;
}) {
  const canvasRef = useRef<HTMLDivElement>(null);
  const stageRef = useRef<HTMLDivElement>(null);
  const tooWide = useTooWide(stageRef, Number(width));
  const [playState, setPlayState] = useState<PlayState>(entry.play ? 'playing' : 'none');
  const [failure, setFailure] = useState<string | null>(null);
  const args = useMemo(() => applyGlobals(entry.args, globals), [entry, globals]);
  // Play runs once per mount, with the args it mounted with: a theme change restyles the story,
  // it does not replay it (the parent remounts the canvas to replay).
  const playArgs = useRef(args);

  useEffect(() => {
    const { play } = entry;
    if (!play) return;
    let live = true;
    // Deferred, so StrictMode's mount-unmount-mount in development starts one play, not two.
    const timer = setTimeout(() => {
      const canvasElement = canvasRef.current;
      if (!canvasElement) return;
      enqueue(async () => {
        if (!live) return;
        const pageScroll = window.scrollY;
        await play({
          id: entry.id,
          title: entry.title,
          name: entry.name,
          args: playArgs.current,
          parameters: entry.parameters,
          canvasElement,
          step: async (_label, run) => {
            await run();
          },
        });
        if (clipped && live) {
          showFocused(stageRef.current, canvasElement);
          window.scrollTo({ top: pageScroll });
        } else if (live) {
          // A story on its own: end on the state it shows (the error, the busy button), not
          // wherever the guide's sections, laid out as they came near, left the page. Once more
          // after two frames: the sections passed on the way lay out and move it.
          const focused = document.activeElement;
          if (focused instanceof HTMLElement && canvasElement.contains(focused)) {
            focused.scrollIntoView({ block: 'center' });
            await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
            if (live && focused.isConnected) focused.scrollIntoView({ block: 'center' });
          }
        }
      }).then(
        () => {
          if (live) setPlayState('done');
        },
        (error: unknown) => {
          if (!live) return; // the story was left while it played: its DOM is gone, so is the error
          const message = error instanceof Error ? error.message : String(error);
          console.error(`The play function of story "${entry.id}" failed: ${message}`);
          setFailure(message);
          setPlayState('failed');
        },
      );
    });
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [entry, clipped]);

  return (
    <section
      className="gallery-canvas"
      aria-label={label}
      aria-busy={playState === 'playing'}
      data-story={entry.id}
      data-play-state={playState}
    >
      {tooWide && (
        <p className="gallery-fit-note">
          The {width} px container is wider than this window: scroll sideways to see all of it, or choose a narrower width.
        </p>
      )}
      <div className="gallery-stage" ref={stageRef} data-clipped={clipped || undefined} data-too-wide={tooWide || undefined}>
        <div className="gallery-frame" ref={canvasRef} style={{ width: `${width}px` }} dir={globals.dir}>
          <StoryErrorBoundary>{entry.render ? entry.render(args) : createElement(entry.componentType, args)}</StoryErrorBoundary>
        </div>
      </div>
      <p className="gallery-play-status" role="status" data-play-state={playState}>
        {PLAY_STATUS[playState]}
        {failure && `: ${failure}`}
      </p>
    </section>
  );
}
