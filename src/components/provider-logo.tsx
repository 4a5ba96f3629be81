import type { ProviderDefinition } from '../definition/provider-schema.js';
import { lettermark } from '../providers/logos.js';

/**
 * A provider's logo. Decorative: the provider's name is always next to it.
 *
 * `loading="lazy"` also for logos in view: an SVG data URL is otherwise parsed (a whole SVG
 * document, ~2 ms each) in the middle of the keystroke or click that inserts it; lazily, it is
 * drawn a moment after the list is already on screen, and rows further down never parse theirs
 * until they scroll near.
 */
export function ProviderLogo({ provider, size = 'medium' }: { provider: ProviderDefinition; size?: 'medium' | 'large' }) {
  return (
    <img
      className="ch-logo"
      data-size={size}
      src={provider.logo}
      alt=""
      width={40}
      height={40}
      loading="lazy"
      decoding="async"
      draggable={false}
      // A logo that cannot load (a moved file, a blocked host) shows the name's first letter, not
      // the browser's broken-image icon.
      onError={({ currentTarget: image }) => {
        const fallback = lettermark(Array.from(provider.name.trim())[0] ?? '?', '#475569');
        if (image.src !== fallback) image.src = fallback;
      }}
    />
  );
}
