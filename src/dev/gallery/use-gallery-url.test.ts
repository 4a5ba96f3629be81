import { describe, expect, it } from 'vitest';
import { storyIndex } from './story-index.js';
import { searchStories } from './sidebar.js';
import { galleryHref, parseGalleryUrl } from './use-gallery-url.js';

describe('gallery URLs', () => {
  it('read every setting, falling back to the defaults for missing or unknown values', () => {
    expect(parseGalleryUrl('?story=providers-stripe--mismatch&theme=dark&width=320')).toMatchObject({
      view: 'story',
      story: 'providers-stripe--mismatch',
      theme: 'dark',
      width: '320',
      locale: 'en',
    });
    expect(parseGalleryUrl('?theme=neon&width=999&view=nope')).toMatchObject({ view: 'story', theme: 'light', width: '480' });
  });

  it('are written without defaults, in a fixed order, so each view has one address', () => {
    const url = parseGalleryUrl('?width=480&theme=dark&story=providers-stripe--mismatch');
    expect(galleryHref(url)).toBe('?story=providers-stripe--mismatch&theme=dark');
    expect(galleryHref(parseGalleryUrl('?view=grid&state=mismatch&story=ignored'))).toBe('?view=grid&state=mismatch');
  });
});

describe('the sidebar search', () => {
  it('finds stories by every word, in title, name or id', () => {
    expect(searchStories(storyIndex, 'stripe mism').map((entry) => entry.id)).toEqual(['providers-stripe--mismatch']);
    expect(searchStories(storyIndex, 'nothing like this')).toEqual([]);
  });
});
