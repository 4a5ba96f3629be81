import { defineProvider, type ProviderDefinitionInput } from '../definition/provider-schema.js';
import { shortcut } from '../providers/shortcut.js';

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

/**
 * Shortcut (its token field and guide) with more fields, as a host's own provider named `name`:
 * for tests of field kinds the built-in providers do not have.
 *
 * @example
 * const regions = shortcutWith('Regions', { key: 'region', label: 'Region', kind: 'select', options });
 */
export function shortcutWith(name: string, ...fields: ProviderDefinitionInput['fields']) {
  return defineProvider({ ...shortcut, id: name.toLowerCase(), name, fields: [...shortcut.fields, ...fields] });
}
