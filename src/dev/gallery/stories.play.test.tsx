import { render } from '@testing-library/react';
import { createElement } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { storyIndex } from './story-index.js';

afterEach(() => {
  vi.restoreAllMocks();
});

// The same stories the gallery shows and e2e/gallery.spec.ts checks in Chromium, here without a
// browser: a broken play function fails `npm run test:unit` too, under React 18 and 19.
describe('every story', () => {
  it.each(storyIndex.map((entry) => [entry.id, entry] as const))('%s renders and plays to its end', async (_id, entry) => {
    const consoleError = vi.spyOn(console, 'error');
    const element = entry.render ? entry.render(entry.args) : createElement(entry.componentType, entry.args);
    const { container } = render(element);
    await entry.play?.({
      id: entry.id,
      title: entry.title,
      name: entry.name,
      args: entry.args,
      parameters: entry.parameters,
      canvasElement: container,
      step: async (_label, run) => {
        await run();
      },
    });
    expect(consoleError).not.toHaveBeenCalled();
  });
});
