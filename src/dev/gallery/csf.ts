import type { ComponentProps, ComponentType, ReactElement } from 'react';

/**
 * The slice of Component Story Format 3 (https://storybook.js.org/docs/api/csf) that the gallery
 * reads. The shapes match Storybook's own `Meta` / `StoryObj`, so a story file would move to
 * Storybook or Ladle by swapping this type import for `@storybook/react-vite`'s.
 */

// `any` as in Storybook's own typings: a Meta must accept every component's props.
type AnyComponent = ComponentType<any>;

/** The gallery's own story parameters (Storybook ignores unknown parameters). */
export type GalleryParameters = {
  /**
   * The grid state this story stands in for when its component cannot show that state, e.g. a
   * wrong-key story for a provider without environments stands in for `mismatch`.
   */
  standsInFor?: string;
  /** A sentence shown under the story's title, e.g. why it stands in for another state. */
  note?: string;
};

export type Parameters = { gallery?: GalleryParameters; [name: string]: unknown };

/** What a `play` function receives: the story's own element to query within, like Storybook's. */
export type StoryContext<TArgs> = {
  id: string;
  title: string;
  name: string;
  args: TArgs;
  parameters: Parameters;
  canvasElement: HTMLElement;
  /** Groups interactions under a label (Storybook shows them in its Interactions panel). */
  step: (label: string, play: () => Promise<void> | void) => Promise<void>;
};

export type PlayFunction<TArgs> = (context: StoryContext<TArgs>) => Promise<void> | void;

/** The default export of a story file. */
export type Meta<TComponent extends AnyComponent> = {
  title: string;
  component: TComponent;
  args?: Partial<ComponentProps<TComponent>>;
  parameters?: Parameters;
  render?: (args: ComponentProps<TComponent>) => ReactElement;
  play?: PlayFunction<ComponentProps<TComponent>>;
};

/** A named export of a story file. */
export type StoryObj<TComponent extends AnyComponent> = {
  /** Display name; by default the export name in words (`FieldError` → "Field error"). */
  name?: string;
  args?: Partial<ComponentProps<TComponent>>;
  parameters?: Parameters;
  render?: (args: ComponentProps<TComponent>) => ReactElement;
  play?: PlayFunction<ComponentProps<TComponent>>;
};

/** Storybook's `sanitize`: lower case, every run of punctuation or spaces becomes one dash. */
export function sanitize(text: string): string {
  return text
    .toLowerCase()
    .replace(/[ ’–—―′¿'`~!@#$%^&*()_|+\-=?;:'",.<>{}[\]\\/]/gi, '-')
    .replace(/-+/g, '-')
    .replace(/^-+/, '')
    .replace(/-+$/, '');
}

/** The words of an export name, as lodash's `words` splits them: `FieldError` → Field, Error. */
function exportWords(exportName: string): string[] {
  return exportName.match(/[A-Z]{2,}(?=[A-Z][a-z]|[0-9]|\b)|[A-Z]?[a-z]+|[A-Z]+|[0-9]+/g) ?? [exportName];
}

/** A story's display name from its export name, in sentence case: `NoMatch` → "No match". */
export function storyNameFromExport(exportName: string): string {
  const sentence = exportWords(exportName).join(' ').toLowerCase();
  return sentence.charAt(0).toUpperCase() + sentence.slice(1);
}

/**
 * The story id, exactly as Storybook computes it (`toId(title, storyNameFromExport(name))`), so
 * a URL such as `?story=providers-stripe--mismatch` names the same story in both.
 *
 * @example
 * storyId('Providers/Stripe', 'FieldError'); // 'providers-stripe--field-error'
 */
export function storyId(title: string, exportName: string): string {
  return `${sanitize(title)}--${sanitize(exportWords(exportName).join(' '))}`;
}
