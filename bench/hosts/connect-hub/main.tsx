import { ConnectHub, builtInProviders, defineProvider, type ProviderDefinition } from 'connect-hub';
import { catalogueSize, generatedProviders } from '../../lib/catalogue.mjs';
import { mountHost } from '../shell/shell';

/**
 * The catalogue the way a host builds one: the built-ins, then `?providers=N` minus five more
 * definitions checked with `defineProvider` (copies of a built-in's guide and fields under a new
 * id, name and logo). The time that takes is measured apart ("catalogue" in the results).
 */
function catalogue(size: number): readonly ProviderDefinition[] {
  if (size <= builtInProviders.length) return builtInProviders.slice(0, size);
  performance.mark('bench:catalogue-start');
  const generated = generatedProviders(size - builtInProviders.length).map((entry) => {
    const template = builtInProviders.find((provider) => provider.id === entry.template);
    if (!template) throw new Error(`bench: no built-in ${entry.template}`);
    return defineProvider({ ...template, id: entry.id, name: entry.name, logo: entry.logo, description: entry.description });
  });
  performance.measure('bench:catalogue', 'bench:catalogue-start');
  return [...builtInProviders, ...generated];
}

const providers = catalogue(catalogueSize(location.search));

mountHost(<ConnectHub endpoint="/api/connect" providers={providers} />);
