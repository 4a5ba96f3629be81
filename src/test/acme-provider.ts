import { defineProvider, type ProviderDefinitionInput } from '../definition/provider-schema.js';

/**
 * A host's own provider for tests: one secret field of no particular format and no environments.
 * Pass what a test needs changed.
 *
 * @example
 * const acme = acmeProvider({ fields: [{ key: 'api_key', label: 'API Key', kind: 'secret', maxLength: 12 }] });
 */
export function acmeProvider(change: Partial<ProviderDefinitionInput> = {}) {
  return defineProvider({
    id: 'acme',
    name: 'Acme',
    category: 'crm',
    logo: 'https://acme.example/logo.svg',
    description: 'Acme.',
    warning: 'Careful.',
    environments: [],
    fields: [{ key: 'api_key', label: 'API Key', kind: 'secret' }],
    guide: [{ title: 'Create a key', steps: [{ title: 'Open settings' }] }],
    ...change,
  });
}
