import type { ProviderDefinition } from '../definition/provider-schema.js';

/** A provider's logo. Decorative: the provider's name is always next to it. */
export function ProviderLogo({ provider, size = 'medium' }: { provider: ProviderDefinition; size?: 'medium' | 'large' }) {
  return <img className="ch-logo" data-size={size} src={provider.logo} alt="" width={40} height={40} draggable={false} />;
}
