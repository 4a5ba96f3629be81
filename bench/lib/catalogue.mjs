/**
 * The provider catalogues of the benchmark, shared by the host pages (bundled by Vite) and by the
 * runner (for @stackone/hub's API fixtures), so every subject lists the same providers in the same
 * order: the five built-ins first, then generated ones ("Acme 007", …) cloned from a built-in.
 *
 * Plain JavaScript with no imports: it runs in the browser and in Node alike.
 */

/** What the fixtures need to know of the built-ins (names, fields), in the library's order. */
export const BUILT_INS = [
  {
    id: 'gocardless',
    name: 'GoCardless',
    category: 'payments',
    description: 'Bank payments, mandates and customers.',
    field: { key: 'access_token', label: 'Access Token', example: 'live_…' },
    color: '#1F2F5C',
    letters: 'GC',
  },
  {
    id: 'launchdarkly',
    name: 'LaunchDarkly',
    category: 'feature-flags',
    description: 'Feature flags, projects and environments.',
    field: { key: 'access_token', label: 'Access Token', example: 'api-…' },
    color: '#2A2833',
    letters: 'LD',
  },
  {
    id: 'remote',
    name: 'Remote',
    category: 'hr',
    description: 'People, employments and HR data in your Remote company.',
    field: { key: 'api_token', label: 'API Token', example: 'ra_live_…' },
    color: '#1F5BC4',
    letters: 'R',
  },
  {
    id: 'shortcut',
    name: 'Shortcut',
    category: 'project-management',
    description: 'Stories, epics and iterations in your Shortcut workspace.',
    field: { key: 'api_token', label: 'API Token', example: '' },
    color: '#6E2BB5',
    letters: 'S',
  },
  {
    id: 'stripe',
    name: 'Stripe',
    category: 'payments',
    description: 'Payments, customers and subscriptions.',
    field: { key: 'api_key', label: 'API Key', example: 'sk_test_…' },
    color: '#5046E4',
    letters: 'S',
  },
];

// No digits anywhere in these words, nor in the built-ins' names, categories and descriptions:
// the search keystroke "7" then matches exactly the generated names whose number has a 7, in
// every subject (connect-hub also searches descriptions and categories; @stackone/hub names only).
const BRANDS = [
  'Acme', 'Apex', 'Beacon', 'Cobalt', 'Delta', 'Ember', 'Fable', 'Granite', 'Harbor', 'Indigo',
  'Juniper', 'Kestrel', 'Lumen', 'Meridian', 'Nimbus', 'Orbit', 'Pioneer', 'Quartz', 'Relay',
  'Summit', 'Tandem', 'Umbra', 'Vertex', 'Willow', 'Yonder', 'Zenith',
];
const COLORS = ['#1F2F5C', '#2A2833', '#1F5BC4', '#6E2BB5', '#5046E4', '#0B6E4F', '#8A3B12', '#5B2A86'];

/** The catalogue sizes a run can ask for with `?providers=`. */
export const CATALOGUE_SIZES = [5, 1000];

/** `?providers=N` of a page's query string; 5 (the built-ins) when absent. */
export function catalogueSize(search) {
  const value = Number(new URLSearchParams(search).get('providers') ?? 5);
  if (!Number.isInteger(value) || value < 1 || value > 10_000) throw new Error(`bench: bad ?providers=${value}`);
  return value;
}

/** The search keystroke of a catalogue, and what it matches in its names (for the report). */
export function searchQuery(size) {
  return size > BUILT_INS.length ? '7' : 'k';
}

function escapeXml(value) {
  return value.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

/** The same lettermark the library draws for its built-ins, as a data URL: nothing is fetched. */
export function lettermark(letters, background) {
  const fontSize = letters.length === 1 ? 22 : 17;
  const svg =
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 40 40" width="40" height="40">' +
    `<rect width="40" height="40" rx="9" fill="${background}"/>` +
    '<text x="20" y="20" dy="0.35em" text-anchor="middle" fill="#FFFFFF" ' +
    'font-family="system-ui,sans-serif" font-weight="700" font-size="' + fontSize + '">' +
    `${escapeXml(letters)}</text></svg>`;
  return `data:image/svg+xml,${encodeURIComponent(svg)}`;
}

/**
 * `count` generated providers: `{ id, name, template, category, description, logo }`, where
 * `template` is the id of the built-in whose guide, environments and fields they copy.
 */
export function generatedProviders(count) {
  const out = [];
  for (let i = 1; i <= count; i += 1) {
    const brand = BRANDS[(i - 1) % BRANDS.length];
    const template = BUILT_INS[(i - 1) % BUILT_INS.length];
    const number = String(i).padStart(3, '0');
    out.push({
      id: `${brand.toLowerCase()}-${number}`,
      name: `${brand} ${number}`,
      template: template.id,
      category: template.category,
      description: template.description,
      logo: lettermark(brand.slice(0, 2), COLORS[i % COLORS.length]),
    });
  }
  return out;
}

/** Every provider of a catalogue of `size`, as plain entries (built-ins first). */
export function catalogueEntries(size) {
  const builtIns = BUILT_INS.slice(0, size).map((builtIn) => ({
    id: builtIn.id,
    name: builtIn.name,
    template: builtIn.id,
    category: builtIn.category,
    description: builtIn.description,
    logo: lettermark(builtIn.letters, builtIn.color),
  }));
  return [...builtIns, ...generatedProviders(Math.max(0, size - BUILT_INS.length))];
}
