import { describe, expect, it } from 'vitest';
import { builtInProviders, providerDefinitionSchema } from '../../index.js';
import { generatedCatalogue, MAX_CATALOGUE } from './catalogue.js';
import { sanitize, storyId, storyNameFromExport } from './csf.js';
import { buildStoryIndex, fileFromGlobKey, gridStates, gridStories, storyIndex } from './story-index.js';

/** The states a designer reviews for every built-in provider (issue #4, and the design review's). */
const REQUIRED_STATES = [
  'empty',
  'required',
  'field-error',
  'mismatch',
  'submitting',
  'retrying',
  'stopped',
  'stopped-maybe-linked',
  'server-error',
  'not-json',
  'headers-failed',
  'offline',
  'success',
] as const;

/** The states of providers with environments only: a key's prefix picks one. */
const ENVIRONMENT_STATES = ['detected'] as const;

describe('story ids', () => {
  it('are computed as Storybook computes them', () => {
    expect(storyId('Providers/Stripe', 'Mismatch')).toBe('providers-stripe--mismatch');
    expect(storyId('Providers/LaunchDarkly', 'FieldError')).toBe('providers-launchdarkly--field-error');
    expect(storyId('Picker', 'NoMatch')).toBe('picker--no-match');
    expect(storyId('Picker', 'Catalogue200')).toBe('picker--catalogue-200');
    expect(storyId('Custom provider/Acme CRM', 'InThePicker')).toBe('custom-provider-acme-crm--in-the-picker');
    expect(sanitize('  A / B (c)  ')).toBe('a-b-c');
  });

  it('give each story a readable name from its export', () => {
    expect(storyNameFromExport('ServerError')).toBe('Server error');
    expect(storyNameFromExport('Empty')).toBe('Empty');
  });
});

describe('the story index', () => {
  it('finds every *.stories.tsx file under src/, with its path from the project root', () => {
    const files = new Set(storyIndex.map((entry) => entry.file));
    expect(files).toContain('src/providers/stripe.stories.tsx');
    expect(files).toContain('src/components/provider-picker.stories.tsx');
    expect(files).toContain('src/definition/define-provider.stories.tsx');
    expect(fileFromGlobKey('../../providers/stripe.stories.tsx')).toBe('src/providers/stripe.stories.tsx');
  });

  it('keeps each file’s stories in source order, and ids unique', () => {
    const stripe = storyIndex.filter((entry) => entry.title === 'Providers/Stripe').map((entry) => entry.exportName);
    expect(stripe).toEqual([
      'Empty',
      'Required',
      'FieldError',
      'Mismatch',
      'WrongKey',
      'Detected',
      'Submitting',
      'Retrying',
      'Stopped',
      'StoppedMaybeLinked',
      'ServerError',
      'NotJson',
      'HeadersFailed',
      'Offline',
      'Success',
    ]);
    expect(new Set(storyIndex.map((entry) => entry.id)).size).toBe(storyIndex.length);
  });

  it('merges meta args under story args, and reads the JSDoc above each story as its description', () => {
    const entry = storyIndex.find((candidate) => candidate.id === 'providers-stripe--submitting');
    expect(entry?.args).toMatchObject({ endpoint: '/api/connect', provider: 'stripe', timeoutMs: expect.any(Number) });
    expect(entry?.description).toMatch(/backend has not answered yet/);
  });

  it('lists sections in the order a user meets them: picker, provider screen, providers, custom', () => {
    const groups = [...new Set(storyIndex.map((entry) => entry.group))];
    expect(groups.slice(0, 4)).toEqual(['Picker', 'Provider screen', 'Providers', 'Custom provider']);
    expect(storyIndex[0]?.id).toBe('picker--default');
  });

  it('rejects a file whose default export is not a meta with a title, naming the file', () => {
    expect(() => buildStoryIndex({ '../../x/bad.stories.tsx': { default: { component: () => null } } })).toThrow(
      /src\/x\/bad\.stories\.tsx: the default export must be the story meta/,
    );
  });
});

describe('every built-in provider', () => {
  // Shortcut and LaunchDarkly have no environments, so there is nothing to mismatch. Their
  // equivalent is a story of the same look (the field's error) for the wrong kind of key, which
  // declares `parameters.gallery.standsInFor: 'mismatch'`; the grid shows it in the mismatch row.
  it.each(builtInProviders.map((provider) => [provider.name, provider] as const))(
    'has a story for every required state: %s',
    (_name, provider) => {
      const stories = storyIndex.filter((entry) => entry.title === `Providers/${provider.name}`);
      expect(stories.length, `no stories titled Providers/${provider.name}`).toBeGreaterThan(0);
      for (const story of stories) expect(story.args.provider).toBe(provider.id);

      const covered = new Set(stories.flatMap((entry) => [entry.state, entry.parameters.gallery?.standsInFor ?? '']));
      const missing = REQUIRED_STATES.filter((state) => !covered.has(state));
      expect(missing, `${provider.name} has no story for: ${missing.join(', ')}`).toEqual([]);

      const mismatch = stories.find((entry) => entry.state === 'mismatch');
      if (provider.environments.length === 0) {
        expect(mismatch, `${provider.name} has no environments: use a stand-in, not a Mismatch story`).toBeUndefined();
      } else {
        expect(mismatch, `${provider.name} has environments: it needs a real Mismatch story`).toBeDefined();
        const lacking = ENVIRONMENT_STATES.filter((state) => !covered.has(state));
        expect(lacking, `${provider.name} has environments but no story for: ${lacking.join(', ')}`).toEqual([]);
      }
      // Where a definition checks the key's format, a story shows that check failing.
      if (provider.fields.some((field) => field.pattern || field.knownMistakes?.length)) {
        expect(stories.map((entry) => entry.state), `${provider.name} checks its key's format: it needs a WrongKey story`).toContain('wrong-key');
      }
    },
  );

  it('is in the grid for every required state', () => {
    for (const state of REQUIRED_STATES) {
      expect(gridStates(storyIndex)).toContain(state);
      const titles = gridStories(storyIndex, state).map((entry) => entry.title);
      for (const provider of builtInProviders) expect(titles).toContain(`Providers/${provider.name}`);
    }
  });

  it('with environments is in the grid for the states of environments', () => {
    for (const state of ENVIRONMENT_STATES) {
      expect(gridStates(storyIndex)).toContain(state);
      const titles = gridStories(storyIndex, state).map((entry) => entry.title);
      for (const provider of builtInProviders.filter((candidate) => candidate.environments.length > 0)) {
        expect(titles).toContain(`Providers/${provider.name}`);
      }
    }
  });
});

describe('the generated catalogue', () => {
  it.each([200, 1000])('is %i valid, distinct providers', (count) => {
    const catalogue = generatedCatalogue(count);
    expect(catalogue).toHaveLength(count);
    expect(new Set(catalogue.map((provider) => provider.id)).size).toBe(count);
    expect(new Set(catalogue.map((provider) => provider.name)).size).toBe(count);
    for (const provider of catalogue) expect(providerDefinitionSchema.safeParse(provider).success).toBe(true);
  });

  it('makes at most 1,000, and its first 200 are those of the 200-provider story', () => {
    expect(MAX_CATALOGUE).toBe(1000);
    const first = new Set(generatedCatalogue(200).map((provider) => provider.name));
    expect([...first].every((name) => name.split(' ').length === 2)).toBe(true);
  });
});

describe('the single stories of the design review', () => {
  it.each(['modal--trigger', 'modal--open', 'modal--open-on-provider', 'picker--huge-catalogue', 'picker--huge-catalogue-searched'])(
    'include %s, with a play where a user acts',
    (id) => {
      const entry = storyIndex.find((candidate) => candidate.id === id);
      expect(entry, `no story ${id}`).toBeDefined();
      if (id !== 'modal--trigger') expect(entry?.play).toBeTypeOf('function');
    },
  );
});
