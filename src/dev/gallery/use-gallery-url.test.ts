import { describe, expect, it } from 'vitest';
import { storyIndex } from './story-index.js';
import { searchStories } from './sidebar.js';
import { canonicalSearch, galleryHref, parseGalleryUrl } from './use-gallery-url.js';

describe('gallery URLs', () => {
  it('read every setting, falling back to the defaults for missing or unknown values', () => {
    expect(parseGalleryUrl('?story=providers-stripe--mismatch&theme=dark&width=320')).toMatchObject({
      view: 'story',
      story: 'providers-stripe--mismatch',
      theme: 'dark',
      width: '320',
      locale: 'en',
    });
    expect(parseGalleryUrl('?theme=neon&width=abc&view=nope')).toMatchObject({ view: 'story', theme: 'light', width: '480' });
  });

  it('show any width in px that a shared link asks for, not only the presets', () => {
    expect(parseGalleryUrl('?width=390').width).toBe('390');
    expect(parseGalleryUrl('?width=999').width).toBe('999');
    expect(parseGalleryUrl('?width=1280px').width).toBe('1280');
    for (const unusable of ['0', '50', '99999', '-320', '3.5e2', '']) expect(parseGalleryUrl(`?width=${unusable}`).width).toBe('480');
  });

  it('offer the system theme, which a host can choose too', () => {
    expect(parseGalleryUrl('?theme=system').theme).toBe('system');
  });

  it('read the density and the direction, and write them only when they are not the defaults', () => {
    const url = parseGalleryUrl('?story=picker--default&dir=rtl&density=compact');
    expect(url).toMatchObject({ density: 'compact', dir: 'rtl' });
    expect(galleryHref(url)).toBe('?story=picker--default&density=compact&dir=rtl');
    expect(parseGalleryUrl('?dir=sideways&density=airy')).toMatchObject({ density: 'comfortable', dir: 'ltr' });
    expect(canonicalSearch('?story=picker--default&dir=sideways')).toBe('?story=picker--default');
    // A default written out says what is shown: left as written, like `width=480`.
    expect(canonicalSearch('?story=picker--default&dir=ltr&density=comfortable')).toBeUndefined();
  });

  it('read the touch preview, write it as touch=1 in the story and grid views, and drop a value it cannot show', () => {
    const url = parseGalleryUrl('?story=picker--default&dir=rtl&touch=1&q=pay');
    expect(url.touch).toBe(true);
    expect(galleryHref(url)).toBe('?story=picker--default&dir=rtl&touch=1&q=pay');
    expect(galleryHref({ ...url, view: 'grid' })).toBe('?view=grid&state=empty&dir=rtl&touch=1&q=pay');
    expect(galleryHref({ ...url, touch: false })).toBe('?story=picker--default&dir=rtl&q=pay');
    expect(parseGalleryUrl('?touch=yes').touch).toBe(false);
    expect(canonicalSearch('?story=picker--default&touch=yes')).toBe('?story=picker--default');
    expect(canonicalSearch('?story=picker--default&touch=1')).toBeUndefined();
    expect(canonicalSearch('?story=picker--default&touch=0')).toBeUndefined();
  });

  it('are rewritten to say what they show when a value cannot be shown, and left alone otherwise', () => {
    expect(canonicalSearch('?story=picker--default&theme=neon&width=390')).toBe('?story=picker--default&width=390');
    expect(canonicalSearch('?story=picker--default&width=390px')).toBe('?story=picker--default&width=390');
    expect(canonicalSearch('?view=nope&locale=xx&story=picker--default')).toBe('?story=picker--default');
    expect(canonicalSearch('?width=480&theme=dark&story=picker--default')).toBeUndefined();
    expect(canonicalSearch('?story=picker--default&theme=system&width=1280')).toBeUndefined();
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
