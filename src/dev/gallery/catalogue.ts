import { defineProvider, type ProviderDefinition } from '../../index.js';
import { lettermark } from '../../providers/logos.js';

/**
 * A catalogue of made-up providers for picker stories: every name is a prefix and a product word
 * (Acme Pay, Bright Desk…), so 20 × 10 gives 200 distinct names in 10 categories; each of 4 more
 * editions (Acme Pay Plus…) adds 200, up to 1,000.
 */

const PREFIXES = [
  'Acme', 'Bright', 'Cobalt', 'Delta', 'Echo', 'Fable', 'Granite', 'Harbor', 'Indigo', 'Juniper',
  'Kite', 'Lumen', 'Maple', 'Nimbus', 'Orbit', 'Pioneer', 'Quartz', 'Ridge', 'Summit', 'Tidal',
] as const;

const PRODUCTS = [
  { word: 'Pay', category: 'payments', what: 'Card payments, payouts and refunds.' },
  { word: 'Desk', category: 'support', what: 'Tickets, inboxes and customer conversations.' },
  { word: 'Flow', category: 'automation', what: 'Workflows that run when something changes.' },
  { word: 'People', category: 'hr', what: 'Employees, time off and payroll data.' },
  { word: 'CRM', category: 'crm', what: 'Contacts, companies and deals.' },
  { word: 'Mail', category: 'email', what: 'Campaigns, lists and delivery statistics.' },
  { word: 'Books', category: 'accounting', what: 'Invoices, bills and the general ledger.' },
  { word: 'Track', category: 'project-management', what: 'Projects, tasks and sprints.' },
  { word: 'Cloud', category: 'infrastructure', what: 'Servers, buckets and usage metrics.' },
  { word: 'Sign', category: 'documents', what: 'Contracts and e-signatures.' },
] as const;

/** The first 200 names have none, so that the 200-provider catalogue stays as it was. */
const EDITIONS = ['', 'Plus', 'Go', 'Pro', 'Cloud Edition'] as const;

/** Lettermark backgrounds, each with at least 4.5:1 contrast against the white letters. */
const COLORS = ['#1F5BC4', '#5046E4', '#6E2BB5', '#1F2F5C', '#0F766E', '#B42318', '#9A3412', '#3F6212', '#155E75', '#86198F'];

function slug(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]+/g, '-');
}

/** The most providers {@link generatedCatalogue} can make. */
export const MAX_CATALOGUE = PREFIXES.length * PRODUCTS.length * EDITIONS.length;

/**
 * `count` valid provider definitions (at most {@link MAX_CATALOGUE}), each made with
 * `defineProvider`, in alphabetical order of name.
 *
 * @example
 * <ConnectHub endpoint="/api/connect" providers={generatedCatalogue(200)} />
 */
export function generatedCatalogue(count = 200): ProviderDefinition[] {
  const providers: ProviderDefinition[] = [];
  for (const edition of EDITIONS) {
    if (providers.length >= count) break;
    providers.push(...editionOf(edition));
  }
  return providers.sort((a, b) => a.name.localeCompare(b.name)).slice(0, count);
}

/** The 200 providers of one edition. */
function editionOf(edition: string): ProviderDefinition[] {
  const providers: ProviderDefinition[] = [];
  PREFIXES.forEach((prefix, row) => {
    PRODUCTS.forEach((product, column) => {
      const name = [prefix, product.word, edition].filter(Boolean).join(' ');
      providers.push(
        defineProvider({
          id: slug(name),
          name,
          category: product.category,
          logo: lettermark(`${prefix.charAt(0)}${product.word.charAt(0)}`, COLORS[(row + column) % COLORS.length] ?? '#1F2F5C'),
          description: product.what,
          warning: `Only **${name} admins** can create API keys.`,
          environments: [],
          fields: [{ key: 'api_key', label: 'API Key', kind: 'secret', example: `${slug(prefix)}_…` }],
          guide: [
            {
              title: 'Create an API key',
              steps: [
                { title: `Sign in to ${name}`, body: `Open **Settings** → **API** in ${name}.` },
                { title: 'Click **New key**', bullets: ['Copy it now: it is shown **only once**.'] },
              ],
            },
          ],
        }),
      );
    });
  });
  return providers;
}
