import type { ComponentType, ReactElement } from 'react';
import { storyId, storyNameFromExport, type Meta, type Parameters, type PlayFunction, type StoryObj } from './csf.js';

// `any`: a story file may describe any component; the gallery only hands args back to it.
type AnyComponent = ComponentType<any>;
type AnyArgs = Record<string, unknown>;
type StoryModule = Record<string, unknown>;

/** One story, resolved from its file: meta and story merged as Storybook merges them. */
export type StoryEntry = {
  /** `kebab(title)--kebab(exportName)`, as in Storybook: `providers-stripe--mismatch`. */
  id: string;
  title: string;
  /** The first part of the title: the sidebar section. */
  group: string;
  /** The rest of the title (or the whole of a one-part title): the sidebar item. */
  component: string;
  name: string;
  /** The JSDoc comment above the story's export, as Storybook's docs show it. */
  description: string | undefined;
  exportName: string;
  /** The part of the id after `--`: the state a grid lines up across components. */
  state: string;
  /** The story file, from the project root: `src/providers/stripe.stories.tsx`. */
  file: string;
  componentType: AnyComponent;
  args: AnyArgs;
  parameters: Parameters;
  render: ((args: AnyArgs) => ReactElement) | undefined;
  play: PlayFunction<AnyArgs> | undefined;
};

/**
 * Section order in the sidebar, like Storybook's `storySort.order`, in the order a user meets the
 * screens: the picker, the provider screen loading, each provider's screen, then providers a host
 * defines and the modal mode. Sections not listed follow in alphabetical order.
 */
export const GROUP_ORDER = ['Picker', 'Provider screen', 'Providers', 'Custom provider', 'Modal'];

/** The glob key of a story file (relative to this folder) as a path from the project root. */
export function fileFromGlobKey(key: string): string {
  return `src/${key.replace(/^(\.\.\/)+/, '')}`;
}

/** The names of a file's named exports, in source order (module namespaces sort them). */
function exportOrder(source: string | undefined, module: StoryModule): string[] {
  const declared = [...(source ?? '').matchAll(/^export\s+(?:const|let|var|function)\s+([A-Za-z_$][\w$]*)/gm)].map(
    (match) => match[1] ?? '',
  );
  const rest = Object.keys(module).filter((name) => name !== 'default' && !declared.includes(name));
  return [...declared.filter((name) => name in module), ...rest];
}

/** The JSDoc comment right above `export const <name>`, without its stars. */
function describe(source: string | undefined, exportName: string): string | undefined {
  const name = exportName.replace(/\$/g, '\\$');
  const pattern = new RegExp(String.raw`/\*\*((?:(?!\*/)[\s\S])*)\*/\s*export\s+const\s+${name}\b`);
  const comment = source?.match(pattern)?.[1];
  if (!comment) return undefined;
  return comment
    .split('\n')
    .map((line) => line.replace(/^\s*\*\s?/, '').trim())
    .join(' ')
    .trim();
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

function groupRank(group: string): number {
  const rank = GROUP_ORDER.indexOf(group);
  return rank === -1 ? GROUP_ORDER.length : rank;
}

/** Orders stories by section, then title; a file's stories keep their source order. */
function compareEntries(a: StoryEntry, b: StoryEntry): number {
  return groupRank(a.group) - groupRank(b.group) || a.group.localeCompare(b.group) || a.title.localeCompare(b.title);
}

/**
 * Reads CSF 3 story files: the default export is the meta (`title`, `component`, `args`…), each
 * named export a story. Throws, naming the file, when a file does not follow the format.
 */
export function buildStoryIndex(
  modules: Record<string, StoryModule>,
  sources: Record<string, string> = {},
): StoryEntry[] {
  const entries: StoryEntry[] = [];
  const seen = new Map<string, string>();
  for (const [key, module] of Object.entries(modules)) {
    const file = fileFromGlobKey(key);
    const meta = module.default as Meta<AnyComponent> | undefined;
    if (!isObject(meta) || typeof meta.title !== 'string' || !meta.title.trim()) {
      throw new Error(`${file}: the default export must be the story meta, with a \`title\` (CSF 3).`);
    }
    if (typeof meta.component !== 'function' && !isObject(meta.component)) {
      throw new Error(`${file}: the story meta needs the \`component\` its stories render.`);
    }
    const [group = meta.title, ...rest] = meta.title.split('/').map((part) => part.trim());
    for (const exportName of exportOrder(sources[key], module)) {
      const story = module[exportName] as StoryObj<AnyComponent>;
      if (!isObject(story)) throw new Error(`${file}: the export ${exportName} is not a story object (CSF 3).`);
      const id = storyId(meta.title, exportName);
      const duplicate = seen.get(id);
      if (duplicate) throw new Error(`${file}: the story id "${id}" is also used in ${duplicate}.`);
      seen.set(id, file);
      entries.push({
        id,
        title: meta.title,
        group,
        component: rest.length > 0 ? rest.join(' / ') : group,
        name: story.name ?? storyNameFromExport(exportName),
        description: describe(sources[key], exportName),
        exportName,
        state: id.slice(id.indexOf('--') + 2),
        file,
        componentType: meta.component,
        args: { ...meta.args, ...story.args },
        parameters: { ...meta.parameters, ...story.parameters },
        render: (story.render ?? meta.render) as StoryEntry['render'],
        play: (story.play ?? meta.play) as StoryEntry['play'],
      });
    }
  }
  // A stable sort: each file's stories stay in source order.
  return entries.sort(compareEntries);
}

/** The states a grid can show: those at least two components have (directly or by a stand-in). */
export function gridStates(entries: readonly StoryEntry[]): string[] {
  const titles = new Map<string, Set<string>>();
  for (const entry of entries) {
    for (const state of [entry.state, entry.parameters.gallery?.standsInFor]) {
      if (!state) continue;
      const set = titles.get(state) ?? new Set();
      set.add(entry.title);
      titles.set(state, set);
    }
  }
  return [...titles].filter(([, set]) => set.size >= 2).map(([state]) => state);
}

/** For each component, its story in `state`, or the story that stands in for it. */
export function gridStories(entries: readonly StoryEntry[], state: string): StoryEntry[] {
  const byTitle = new Map<string, StoryEntry>();
  for (const entry of entries) {
    if (entry.state === state) byTitle.set(entry.title, entry);
  }
  for (const entry of entries) {
    if (entry.parameters.gallery?.standsInFor === state && !byTitle.has(entry.title)) byTitle.set(entry.title, entry);
  }
  return entries.filter((entry) => byTitle.get(entry.title) === entry);
}

const modules = import.meta.glob<StoryModule>('../../**/*.stories.tsx', { eager: true });
const sources = import.meta.glob<string>('../../**/*.stories.tsx', { eager: true, query: '?raw', import: 'default' });

/** Every story in the project, found by file name: `*.stories.tsx` anywhere under `src/`. */
export const storyIndex: readonly StoryEntry[] = buildStoryIndex(modules, sources);

/** The source text of a story file, by its path from the project root. */
export function storySource(file: string): string | undefined {
  const entry = Object.entries(sources).find(([key]) => fileFromGlobKey(key) === file);
  return entry?.[1];
}
