import { getDefaultNormalizer, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ConnectHub } from '../components/connect-hub.js';
import { localizeProvider } from '../definition/localize-provider.js';
import { builtInMessages } from './locale.js';
import { en } from './messages.js';
import { de } from '../locales/de.js';
import { fr } from '../locales/fr.js';
import { builtInProviders } from '../providers/index.js';
import { expectNoAxeViolations } from '../test/axe.js';
import { renderHub } from '../test/render.js';
import { acmeProvider } from '../test/acme-provider.js';

/** axe-core walks the whole tree; give it room on a busy machine. */
const AXE_TIMEOUT_MS = 15_000;
const NNBSP = '\u202f';
const STRIPE_LIVE_KEY = 'sk_live_51HxYzAbCdEfGhIjKlMnOpQr';
const STRIPE_TEST_KEY = 'sk_test_4eC39HqLyjWDarjtT1zdp7dc';
// The default normalizer turns every \s, the narrow no-break space included, into a plain space.
const exactSpaces = { normalizer: getDefaultNormalizer({ collapseWhitespace: false }) };

function root(container: HTMLElement): HTMLElement {
  const element = container.querySelector<HTMLElement>('.ch-root');
  if (!element) throw new Error('expected the widget root (.ch-root)');
  return element;
}

describe('locale', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  describe('given French without the French pack', () => {
    it('speaks English, and says once in development which pack to import', () => {
      const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
      const { container, rerender } = renderHub({ locale: 'fr', provider: 'stripe' });
      expect(root(container)).toHaveAttribute('lang', 'en');
      expect(screen.getByRole('button', { name: 'Connect' })).toBeInTheDocument();
      expect(screen.getByText('Payments, customers and subscriptions.')).toBeInTheDocument();
      expect(screen.getByRole('radio', { name: /^Test Mode/ })).toBeInTheDocument();
      rerender(<ConnectHub endpoint="/api/connect" locale="fr-CA" provider="stripe" />);
      expect(warn).toHaveBeenCalledTimes(1);
      expect(warn.mock.calls[0]?.[0]).toContain("import { fr } from 'connect-hub/locales/fr'");
    });
  });

  describe('given German without the pack but with a string of the host’s own', () => {
    it('still names English as the language shown, and still says which pack to import', () => {
      const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
      const { container } = renderHub({ locale: 'de-AT', provider: 'stripe', messages: { connect: 'Verbinden' } });
      expect(screen.getByRole('button', { name: 'Verbinden' })).toBeInTheDocument();
      expect(screen.getByRole('radiogroup', { name: 'Environment' })).toBeInTheDocument();
      expect(root(container)).toHaveAttribute('lang', 'en');
      expect(warn).toHaveBeenCalledWith(expect.stringContaining("import { de } from 'connect-hub/locales/de'"));
    });
  });

  describe('given a whole catalogue of the host’s own in messages', () => {
    it('names the locale as the language shown, without a warning', () => {
      const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
      const italian = { ...builtInMessages.en, connect: 'Collega', environmentLegend: 'Ambiente' };
      const { container } = renderHub({ locale: 'it', provider: 'stripe', messages: italian });
      expect(screen.getByRole('button', { name: 'Collega' })).toBeInTheDocument();
      expect(root(container)).toHaveAttribute('lang', 'it');
      expect(warn).not.toHaveBeenCalled();
    });
  });

  describe('given a whole catalogue of the host’s own made before the strings added since', () => {
    it('still names the locale as the language shown, without a warning', () => {
      const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
      // English stands in for these (src/i18n/messages.test.ts).
      const { screenLoading: _loading, screenLoadFailed: _failed, reloadPage: _reload, screenOffline: _offline, headersFailed: _headers, choosePrompt: _prompt, ...before } =
        builtInMessages.en;
      const italian = { ...before, connect: 'Collega' };
      const { container } = renderHub({ locale: 'it', provider: 'stripe', messages: italian });
      expect(screen.getByRole('button', { name: 'Collega' })).toBeInTheDocument();
      expect(root(container)).toHaveAttribute('lang', 'it');
      expect(warn).not.toHaveBeenCalled();
    });
  });

  describe('given German with the German pack', () => {
    it('shows the UI and the provider’s own text in German, without a warning', () => {
      const warn = vi.spyOn(console, 'warn');
      const { container } = renderHub({ locale: 'de', locales: [de], provider: 'stripe' });
      expect(root(container)).toHaveAttribute('lang', 'de');
      expect(screen.getByRole('button', { name: 'Verbinden' })).toBeInTheDocument();
      expect(screen.getByText('Zahlungen, Kunden und Abonnements.')).toBeInTheDocument();
      expect(screen.getByRole('radio', { name: /^Testmodus/ })).toBeInTheDocument();
      expect(screen.getByLabelText('API-Schlüssel')).toBeInTheDocument();
      expect(warn).not.toHaveBeenCalled();
    });
  });

  describe('given an Arabic locale', () => {
    beforeEach(() => {
      // No pack serves Arabic: the development warning says so (see messages.test.ts).
      vi.spyOn(console, 'warn').mockImplementation(() => {});
    });

    it('lays the widget out right to left', () => {
      const { container } = renderHub({ locale: 'ar' });
      expect(root(container)).toHaveAttribute('dir', 'rtl');
      // The text is the English fallback, so screen readers must read it as English.
      expect(root(container)).toHaveAttribute('lang', 'en');
    });

    it('still speaks English, the fallback catalogue', () => {
      renderHub({ locale: 'ar' });
      expect(screen.getByRole('heading', { level: 2, name: 'Connect an account' })).toBeInTheDocument();
    });
  });

  describe('given Arabic with a pack of the host’s own', () => {
    // A whole catalogue: English with the strings these tests read in Arabic.
    const arabic = {
      locale: 'ar',
      messages: {
        ...en,
        connect: 'ربط',
        guideTitle: (provider: string) => `أنشئ بيانات اعتماد ${provider}`,
        formTitle: (provider: string) => `اربط حسابك في ${provider}`,
        successTitle: (provider: string) => `تم ربط ${provider}`,
        reveal: (label: string) => `إظهار ${label}`,
        required: (label: string) => `أدخل ${label}.`,
        chooseEnvironment: (labels: string[]) => `اختر ${labels.join(' أو ')}.`,
        environmentDetected: (environment: string) => `تم اختيار ${environment} ليطابق مفتاحك.`,
        environmentMismatch: (tokenNoun: string, selected: string) => `هذا ${tokenNoun}، لكن المحدد ${selected}.`,
        switchTo: (environment: string) => `التبديل إلى ${environment}`,
        tooLong: (label: string, max: number) => `${label} طويل جدًا: ${max} حرفًا على الأكثر.`,
        badFormat: (provider: string, label: string, example: string | undefined) => `لا يبدو هذا ${label} من ${provider}. مثال: ${example}`,
        successBody: (account: string, environment: string | undefined) => `تم ربط ${account} (${environment}).`,
        noMatchBody: (query: string) => `لا شيء يطابق “${query}”.`,
      },
    };
    const acme = acmeProvider({
      name: 'Acme Inc.',
      language: 'en',
      description: 'Contacts and deals.',
      warning: 'Only admins can create keys.',
      fields: [{ key: 'api_key', label: 'API Key', kind: 'secret', help: 'Under **Settings**.' }],
      guide: [{ title: 'Create a key', intro: 'In your Acme account.', scopes: ['Contacts: **Read**'], steps: [{ title: 'Open settings' }, { title: 'Copy the key' }] }],
    });
    // The direction an element's text is laid out in: that of its nearest `dir`.
    const direction = (element: HTMLElement) => element.closest('[dir]')?.getAttribute('dir');
    const FSI = '\u2068';
    const PDI = '\u2069';

    it('lays the provider’s English text out left to right, in a widget that stays right to left', async () => {
      const { container, user } = renderHub({ locale: 'ar', locales: [arabic], providers: [...builtInProviders, acme] });
      expect(root(container)).toHaveAttribute('dir', 'rtl');
      expect(direction(screen.getByText('Payments, customers and subscriptions.'))).toBe('ltr');
      expect(direction(screen.getByText('Contacts and deals.'))).toBe('ltr');
      await user.click(screen.getByRole('button', { name: /^Acme/ }));
      expect(direction(screen.getByText('Only admins can create keys.'))).toBe('ltr');
      expect(direction(screen.getByRole('heading', { level: 4, name: 'Create a key' }))).toBe('ltr');
      expect(direction(screen.getByText('In your Acme account.'))).toBe('ltr');
      expect(direction(screen.getByRole('list', { name: en.scopesLabel }))).toBe('ltr');
      expect(direction(screen.getByText('Open settings'))).toBe('ltr');
      expect(direction(screen.getByText('API Key', { selector: 'label *' }))).toBe('ltr');
      expect(direction(screen.getByText('Settings'))).toBe('ltr');
      // The widget's own words stay right to left.
      expect(direction(screen.getByRole('button', { name: 'ربط' }))).toBe('rtl');
    });

    it('isolates the provider’s name in a sentence, so that its full stop stays with it', async () => {
      const { user } = renderHub({ locale: 'ar', locales: [arabic], providers: [acme] });
      await user.click(screen.getByRole('button', { name: /^Acme/ }));
      expect(screen.getByRole('heading', { level: 3, name: `أنشئ بيانات اعتماد ${FSI}Acme Inc.${PDI}` })).toBeInTheDocument();
      expect(screen.getByRole('heading', { level: 3, name: `اربط حسابك في ${FSI}Acme Inc.${PDI}` })).toBeInTheDocument();
      const account = { id: 'acct_1', provider: 'acme' };
      vi.stubGlobal('fetch', vi.fn<typeof fetch>(async () => Response.json({ account })));
      await user.type(screen.getByLabelText('API Key'), 'acme_key_1');
      await user.click(screen.getByRole('button', { name: 'ربط' }));
      expect(await screen.findByRole('heading', { level: 2, name: `تم ربط ${FSI}Acme Inc.${PDI}` })).toBeInTheDocument();
      vi.unstubAllGlobals();
    });

    it('isolates field and environment labels, examples and the account’s name in the widget’s sentences', async () => {
      const { user } = renderHub({ locale: 'ar', locales: [arabic], provider: 'stripe' });
      const key = screen.getByLabelText('API Key');
      expect(screen.getByRole('button', { name: `إظهار ${FSI}API Key${PDI}` })).toBeInTheDocument();
      await user.click(screen.getByRole('button', { name: 'ربط' }));
      expect(await screen.findByText(`أدخل ${FSI}API Key${PDI}.`)).toBeInTheDocument();
      expect(screen.getByText(`اختر ${FSI}Production${PDI} أو ${FSI}Test Mode${PDI}.`)).toBeInTheDocument();
      await user.click(key);
      await user.paste(STRIPE_TEST_KEY);
      expect(await screen.findByText(`تم اختيار ${FSI}Test Mode${PDI} ليطابق مفتاحك.`)).toBeInTheDocument();
      await user.click(screen.getByRole('radio', { name: /^Production/ }));
      expect(await screen.findByText(`هذا ${FSI}test key${PDI}، لكن المحدد ${FSI}Production${PDI}.`)).toBeInTheDocument();
      await user.click(screen.getByRole('button', { name: `التبديل إلى ${FSI}Test Mode${PDI}` }));
      const account = { id: 'acct_1', provider: 'stripe', name: 'Acme Ltd.', environment: 'test' };
      vi.stubGlobal('fetch', vi.fn<typeof fetch>(async () => Response.json({ account })));
      await user.click(screen.getByRole('button', { name: 'ربط' }));
      expect(await screen.findByText(`تم ربط ${FSI}Acme Ltd.${PDI} (${FSI}Test Mode${PDI}).`)).toBeInTheDocument();
      vi.unstubAllGlobals();
    });

    it('isolates the provider’s name, the label and the example in the format and length messages', async () => {
      const formatted = acmeProvider({
        name: 'Acme Inc.',
        language: 'en',
        fields: [{ key: 'api_key', label: 'Secret key (sk_…)', kind: 'secret', pattern: 'sk_[a-z0-9]{8}', example: 'sk_…', maxLength: 12 }],
      });
      const { user } = renderHub({ locale: 'ar', locales: [arabic], providers: [formatted], provider: 'acme' });
      const key = screen.getByLabelText('Secret key (sk_…)');
      await user.type(key, 'sk_1234567890');
      await user.tab();
      expect(await screen.findByText(`${FSI}Secret key (sk_…)${PDI} طويل جدًا: 12 حرفًا على الأكثر.`)).toBeInTheDocument();
      await user.clear(key);
      await user.type(key, 'sk_1');
      await user.tab();
      expect(
        await screen.findByText(`لا يبدو هذا ${FSI}Secret key (sk_…)${PDI} من ${FSI}Acme Inc.${PDI}. مثال: ${FSI}sk_…${PDI}`),
      ).toBeInTheDocument();
    });

    it('isolates a search query in the sentence that quotes it: a Latin one keeps its "++" at its end', async () => {
      const { user } = renderHub({ locale: 'ar', locales: [arabic] });
      await user.type(screen.getByRole('searchbox'), 'C++');
      expect(await screen.findByText(`لا شيء يطابق “${FSI}C++${PDI}”.`)).toBeInTheDocument();
    });

    it('gives a host’s own message the label isolated, in an English widget laid out right to left', async () => {
      const required = vi.fn((label: string) => `Enter your ${label}.`);
      const { user } = renderHub({ dir: 'rtl', provider: 'launchdarkly', messages: { required } });
      await user.click(screen.getByRole('button', { name: 'Connect' }));
      expect(await screen.findByText(`Enter your ${FSI}Access Token${PDI}.`)).toBeInTheDocument();
      expect(required).toHaveBeenCalledWith(`${FSI}Access Token${PDI}`);
    });

    it('leaves a left-to-right widget as it was: no direction on its parts, names not isolated', async () => {
      const { container, user } = renderHub({ locale: 'fr', locales: [fr], providers: [...builtInProviders, acme] });
      await user.click(screen.getByRole('button', { name: /^Acme/ }));
      expect(container.querySelectorAll('.ch-root [dir]')).toHaveLength(0);
      expect(screen.getByRole('heading', { level: 3, name: 'Connecter votre compte Acme Inc.' })).toBeInTheDocument();
      await user.click(screen.getByRole('button', { name: 'Connecter' }));
      expect(await screen.findByRole('alert')).toHaveTextContent(/API Key/);
      expect(container.innerHTML).not.toMatch(/[\u2068\u2069]/);
    });
  });

  describe('given French', () => {
    it('shows the picker in French, left to right', async () => {
      const { container, user } = renderHub({ locale: 'fr', locales: [fr] });
      expect(root(container)).toHaveAttribute('dir', 'ltr');
      expect(screen.getByRole('heading', { level: 2, name: 'Connecter un compte' })).toBeInTheDocument();
      expect(screen.getByRole('searchbox', { name: 'Rechercher un service' })).toHaveAttribute('placeholder', 'Rechercher un service');
      const chips = within(screen.getByRole('group', { name: 'Filtrer par catégorie' })).getAllByRole('button');
      expect(chips.map((chip) => chip.textContent)).toEqual(['Toutes', 'Paiements', 'Feature flags', 'RH', 'Gestion de projet']);
      await user.click(screen.getByRole('button', { name: 'Paiements' }));
      expect(screen.getByRole('status')).toHaveTextContent('2 services');
    });

    it('says « Aucun service ne correspond » when nothing matches', async () => {
      const { user } = renderHub({ locale: 'fr', locales: [fr] });
      await user.type(screen.getByRole('searchbox', { name: 'Rechercher un service' }), 'zzz');
      expect(await screen.findByRole('status')).toHaveTextContent('Aucun service ne correspond');
      expect(screen.getByText(`Aucun résultat pour «${NNBSP}\u2068zzz\u2069${NNBSP}». Vérifiez l’orthographe ou affichez tous les services.`, exactSpaces)).toBeInTheDocument();
      expect(screen.getByRole('button', { name: 'Afficher tous les services' })).toBeInTheDocument();
    });
  });

  describe('given a regional German tag the widget has no catalogue for', () => {
    it('falls back to German', async () => {
      const { container, user } = renderHub({ locale: 'de-CH', locales: [fr, de] });
      expect(root(container)).toHaveAttribute('lang', 'de-CH');
      expect(screen.getByRole('heading', { level: 2, name: 'Konto verbinden' })).toBeInTheDocument();
      expect(screen.getByRole('searchbox', { name: 'Dienste durchsuchen' })).toBeInTheDocument();
      await user.click(screen.getByRole('button', { name: 'Zahlungen' }));
      expect(screen.getByRole('status')).toHaveTextContent('2 Dienste');
    });
  });

  describe('given message overrides', () => {
    it('replaces just that string', () => {
      renderHub({ provider: 'stripe', messages: { connect: 'Link' } });
      expect(screen.getByRole('button', { name: 'Link' })).toBeInTheDocument();
      expect(screen.queryByRole('button', { name: 'Connect' })).not.toBeInTheDocument();
      expect(screen.getByRole('radiogroup', { name: 'Environment' })).toBeInTheDocument();
    });

    it('applies on top of the locale’s catalogue', () => {
      renderHub({ provider: 'stripe', locale: 'fr', locales: [fr], messages: { connect: 'Lier' } });
      expect(screen.getByRole('button', { name: 'Lier' })).toBeInTheDocument();
      expect(screen.getByRole('radiogroup', { name: 'Environnement' })).toBeInTheDocument();
    });
  });

  describe('given a provider of the host’s own without a translation into the widget’s language', () => {
    const acme = acmeProvider({
      language: 'en',
      description: 'Contacts and deals.',
      warning: 'Only admins can create keys.',
      fields: [
        { key: 'api_key', label: 'API Key', kind: 'secret', help: 'Under **Settings**.', pattern: 'acme_[a-z]{8}', patternMessage: 'Acme keys start with acme_.' },
        { key: 'region', label: 'Region', kind: 'select', options: [{ value: 'eu', label: 'Europe' }, { value: 'us', label: 'United States' }] },
      ],
      guide: [{ title: 'Create a key', intro: 'In your Acme account.', scopes: ['Contacts: **Read**'], steps: [{ title: 'Open settings' }] }],
    });
    const english = (element: HTMLElement) => expect(element.closest('[lang]')).toHaveAttribute('lang', 'en');
    const french = (element: HTMLElement) => expect(element.closest('[lang]')).toHaveAttribute('lang', 'fr');

    it('marks the provider’s own text as English, and leaves the widget’s own words French', async () => {
      const { user } = renderHub({ locale: 'fr', locales: [fr], providers: [...builtInProviders, acme] });
      english(screen.getByText('Contacts and deals.'));
      french(screen.getByText('Paiements, clients et abonnements.'));
      await user.click(screen.getByRole('button', { name: /^Acme/ }));
      english(screen.getByRole('heading', { level: 2, name: 'Acme' }));
      english(screen.getByText('Only admins can create keys.'));
      for (const text of ['Create a key', 'In your Acme account.', 'Open settings', 'Settings', 'Europe']) english(screen.getByText(text));
      english(screen.getByText('API Key', { selector: 'label *' }));
      french(screen.getByRole('heading', { level: 3, name: 'Connecter votre compte Acme' }));
      french(screen.getByText('Autorisations requises'));
      french(screen.getByRole('button', { name: 'Connecter' }));
      await user.type(screen.getByLabelText('API Key'), 'acme_1');
      await user.click(screen.getByRole('button', { name: 'Connecter' }));
      english(await screen.findByText('Acme keys start with acme_.'));
      french(screen.getByText(/^Choisissez/, { selector: '[role="alert"] *' }));
    });

    it('marks nothing where the provider is translated, or where the widget speaks its language', () => {
      const { container, unmount } = renderHub({ locale: 'fr', locales: [fr], provider: 'stripe' });
      expect(container.querySelectorAll('.ch-root [lang]')).toHaveLength(0);
      unmount();
      const { container: inEnglish } = renderHub({ providers: [acme], provider: 'acme' });
      expect(inEnglish.querySelectorAll('.ch-root [lang]')).toHaveLength(0);
    });

    it('marks a definition’s own language, and the locale’s where only the definition translates it', () => {
      const german = acmeProvider({ language: 'de', description: 'Kontakte und Geschäfte.' });
      const { unmount } = renderHub({ providers: [german] });
      expect(screen.getByText('Kontakte und Geschäfte.').closest('[lang]')).toHaveAttribute('lang', 'de');
      unmount();
      const translated = acmeProvider({ language: 'en', translations: { fr: { description: 'Contacts et affaires.' } } });
      renderHub({ locale: 'fr', providers: [translated] });
      french(screen.getByText('Contacts et affaires.'));
      expect(screen.getByText('Contacts et affaires.').closest('.ch-root')).toHaveAttribute('lang', 'en');
    });

    it('marks options a translation keeps as they are (a provider’s own names) in the definition’s language', async () => {
      const kept = acmeProvider({
        ...acme,
        translations: { fr: { fields: { region: { label: 'Région', options: { eu: { label: 'Europe' }, us: { label: 'United States' } } } } } },
      });
      const { user } = renderHub({ locale: 'fr', locales: [fr], providers: [kept] });
      await user.click(screen.getByRole('button', { name: /^Acme/ }));
      french(screen.getByText('Région'));
      english(screen.getByText('Europe'));
      english(screen.getByText('United States'));
    });

    it('marks each piece by its own language where a translation covers only some', async () => {
      const partly = acmeProvider({ ...acme, translations: { fr: { description: 'Contacts et affaires.', fields: { api_key: { label: 'Clé API' } } } } });
      const { user } = renderHub({ locale: 'fr', locales: [fr], providers: [partly] });
      french(screen.getByText('Contacts et affaires.'));
      await user.click(screen.getByRole('button', { name: /^Acme/ }));
      french(screen.getByText('Contacts et affaires.'));
      french(screen.getByText('Clé API', { selector: 'label' }));
      for (const text of ['Only admins can create keys.', 'Create a key', 'Open settings', 'Settings', 'Europe']) english(screen.getByText(text));
    });

    it('marks nothing in a definition that does not say its language', () => {
      const unknown = acmeProvider({ description: 'Contacts et affaires.' });
      const { container } = renderHub({ locale: 'fr', locales: [fr], providers: [unknown], provider: 'acme' });
      expect(container.querySelectorAll('.ch-root [lang]')).toHaveLength(0);
    });

    it('writes a tag as lang wants it', () => {
      renderHub({ providers: [acmeProvider({ language: 'de_CH', description: 'Kontakte.' })] });
      expect(screen.getByText('Kontakte.').closest('[lang]')).toHaveAttribute('lang', 'de-CH');
    });
  });

  describe('given a key of the other environment, for a provider of the host’s own that names its keys only in English', () => {
    const acme = acmeProvider({
      environments: [
        { id: 'production', label: 'Production', tokenPrefixes: ['acme_live_'], tokenNoun: 'live key' },
        { id: 'sandbox', label: 'Sandbox', tokenPrefixes: ['acme_test_'] },
      ],
      translations: { fr: { environments: { sandbox: { label: 'Bac à sable' } }, fields: { api_key: { label: 'Clé API' } } } },
    });

    it('names the key’s environment in German, not „ein live key“', async () => {
      const { user } = renderHub({ locale: 'de', locales: [de], providers: [acme], provider: 'acme' });
      await user.click(screen.getByRole('radio', { name: /^Sandbox/ }));
      await user.click(screen.getByLabelText('API Key'));
      await user.paste('acme_live_abcdef');
      await user.click(screen.getByRole('button', { name: 'Verbinden' }));
      expect(
        await screen.findByText('Dieser Wert gehört zur Umgebung „Production“, aber die Umgebung „Sandbox“ ist ausgewählt.'),
      ).toBeInTheDocument();
    });

    it('names the key’s environment in French, not « Bac à sable Clé API »', async () => {
      const { user } = renderHub({ locale: 'fr', locales: [fr], providers: [acme], provider: 'acme' });
      await user.click(screen.getByRole('radio', { name: /^Production/ }));
      await user.click(screen.getByLabelText('Clé API'));
      await user.paste('acme_test_abcdef');
      await user.click(screen.getByRole('button', { name: 'Connecter' }));
      expect(
        await screen.findByText(
          `Cette valeur correspond à l’environnement «${NNBSP}Bac à sable${NNBSP}», mais l’environnement «${NNBSP}Production${NNBSP}» est sélectionné.`,
          exactSpaces,
        ),
      ).toBeInTheDocument();
    });
  });

  describe('given providers localised with localizeProvider', () => {
    const french = builtInProviders.map((provider) => localizeProvider(provider, 'fr', [fr]));

    it('shows the guide, the form and its errors in French', async () => {
      const { user } = renderHub({ provider: 'stripe', locale: 'fr', locales: [fr], providers: french });
      expect(screen.getByText('Paiements, clients et abonnements.')).toBeInTheDocument();
      expect(screen.getByRole('heading', { level: 3, name: 'Créer vos identifiants Stripe' })).toBeInTheDocument();
      await user.click(screen.getByRole('radio', { name: /^Mode test/ }));
      await user.click(screen.getByLabelText('Clé API'));
      await user.paste(STRIPE_LIVE_KEY);
      await user.click(screen.getByRole('button', { name: 'Connecter' }));
      expect(
        await screen.findByText(
          `Il s’agit d’une clé live, mais l’environnement «${NNBSP}Mode test${NNBSP}» est sélectionné.`,
          exactSpaces,
        ),
      ).toBeInTheDocument();
      await user.click(screen.getByRole('button', { name: 'Passer en production' }));
      expect(screen.getByRole('radio', { name: /^Production/ })).toBeChecked();
    });

    it('has no axe violations in French', async () => {
      const { container } = renderHub({ provider: 'launchdarkly', locale: 'fr', locales: [fr], providers: french });
      expect(screen.getByRole('radio', { name: /^Commercial/ })).toBeChecked();
      await expectNoAxeViolations(container);
    }, AXE_TIMEOUT_MS);
  });
});
