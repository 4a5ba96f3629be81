import { afterEach, describe, expect, expectTypeOf, it, vi } from 'vitest';
import { de as dePack } from '../locales/de.js';
import { messages as de } from '../locales/de/messages.js';
import { fr as frPack } from '../locales/fr.js';
import { messages as fr } from '../locales/fr/messages.js';
import { ADDED_LATER, builtInMessages, resolveMessages, shownLanguage, textDirection, warnUnservedLocale } from './locale.js';
import { en, type Messages } from './messages.js';

const packs = [frPack, dePack];

const NNBSP = '\u202f';

/** Sample arguments for every function in the catalogue, by key. */
const sampleArgs: Record<string, unknown[]> = {
  categoryLabel: ['payments'],
  providerCount: [5],
  noMatchBody: ['zzz'],
  skipToForm: ['API Key'],
  guideTitle: ['Stripe'],
  formTitle: ['Stripe'],
  reveal: ['API Key'],
  hide: ['API Key'],
  environmentDetected: ['Test Mode'],
  switchTo: ['Production'],
  successTitle: ['Stripe'],
  successBody: ['Acme Ltd', 'Test Mode'],
  required: ['API Key'],
  chooseOption: ['Instance'],
  chooseEnvironment: [['Production', 'Test Mode']],
  tooLong: ['API Key', 1000],
  invisibleCharacters: ['API Key'],
  pasteAlone: ['API Key'],
  badFormat: ['Stripe', 'API Key', 'sk_test_…'],
  environmentMismatch: ['live key', 'Test Mode', 'Production'],
  httpStatus: [502],
  retrying: [2, 3],
};

const catalogues: Array<[string, Messages]> = [
  ['en', en],
  ['fr', fr],
  ['de', de],
];

/** Every string a catalogue produces: its plain strings, and its functions called with sample args. */
function outputs(messages: Messages): Array<[string, string]> {
  return Object.entries(messages).map(([key, value]) => {
    if (typeof value === 'string') return [key, value];
    const args = sampleArgs[key];
    if (!args) throw new Error(`No sample arguments for the message function "${key}": add them to sampleArgs.`);
    return [key, (value as (...args: unknown[]) => string)(...args)];
  });
}

describe('message catalogues', () => {
  it('builds in English only; French and German are packs', () => {
    expect(builtInMessages).toEqual({ en });
    expect([frPack.locale, dePack.locale]).toEqual(['fr', 'de']);
  });

  it('types English as there, and any other language as maybe there', () => {
    expectTypeOf(builtInMessages.en).toEqualTypeOf<Messages>();
    expectTypeOf(builtInMessages['fr']).toEqualTypeOf<Messages | undefined>();
    // The shipped packs hold every string, the later ones too.
    expectTypeOf(frPack.messages.screenLoading).toEqualTypeOf<string>();
    expectTypeOf(dePack.messages.retrying).toEqualTypeOf<Messages['retrying']>();
  });

  it.each(catalogues)('%s has exactly the keys of en, each of the same kind', (_tag, messages) => {
    expect(Object.keys(messages).sort()).toEqual(Object.keys(en).sort());
    for (const key of Object.keys(en) as Array<keyof Messages>) {
      expect(typeof messages[key], key).toBe(typeof en[key]);
    }
  });

  it.each(catalogues)('%s returns a non-empty string for every message', (_tag, messages) => {
    for (const [key, text] of outputs(messages)) {
      expect(typeof text, key).toBe('string');
      expect(text.trim(), key).not.toBe('');
      expect(text, key).not.toMatch(/undefined|NaN|\[object/);
    }
  });

  it.each([
    ['fr', fr],
    ['de', de],
  ] as const)('%s is translated: no message is left in English', (_tag, messages) => {
    const english = new Map(outputs(en));
    // Words that are the same in both languages.
    const sameEverywhere = new Set(['providersLabel', 'providerCount', 'optional']);
    for (const [key, text] of outputs(messages)) {
      if (sameEverywhere.has(key)) continue;
      expect(text, key).not.toBe(english.get(key));
    }
  });

  it.each(catalogues)('%s names no button in a sentence, so a host that renames the button keeps the sentence true', (_tag, messages) => {
    const buttons = ['connect', 'tryAgain', 'stop', 'reloadPage', 'done', 'clearSearch', 'connectAnother', 'back', 'close'] as const;
    // Labels and titles that start with the same verb are not sentences about a button.
    const labels = new Set<string>([...buttons, 'pickerTitle', 'openTrigger', 'formTitle']);
    for (const [key, text] of outputs(messages)) {
      if (labels.has(key)) continue;
      for (const button of buttons) {
        const label = messages[button];
        expect(text, `${key} names ${button}`).not.toMatch(new RegExp(`(^|\\P{L})${label}(\\P{L}|$)`, 'u'));
      }
    }
  });

  it('keeps the English strings other tests and hosts rely on', () => {
    expect(en.required('API Key')).toBe('Enter your API Key.');
    expect(en.chooseEnvironment(['Production', 'Test Mode'])).toBe('Choose Production or Test Mode.');
    expect(en.switchTo('Production')).toBe('Switch to Production');
    expect(en.environmentDetected('Test Mode')).toBe('Test Mode selected to match your key.');
    expect(en.environmentMismatch('live key', 'Test Mode', 'Production')).toBe('This is a live key, but Test Mode is selected.');
    expect(en.successTitle('Stripe')).toBe('Stripe connected');
    expect(en.noMatchTitle).toBe('No services match');
  });
});

describe('Intl formatting', () => {
  it('counts services with the locale’s digit grouping and plural rules', () => {
    expect(en.providerCount(0)).toBe('0 services');
    expect(en.providerCount(1)).toBe('1 service');
    expect(en.providerCount(5)).toBe('5 services');
    expect(en.providerCount(1000)).toBe('1,000 services');
    expect(fr.providerCount(0)).toBe('0 service'); // French singular covers 0 and 1
    expect(fr.providerCount(1)).toBe('1 service');
    expect(fr.providerCount(2)).toBe('2 services');
    expect(fr.providerCount(1000)).toBe(`1${NNBSP}000 services`);
    expect(fr.providerCount(1_000_000)).toBe(`1${NNBSP}000${NNBSP}000 de services`);
    expect(de.providerCount(1)).toBe('1 Dienst');
    expect(de.providerCount(0)).toBe('0 Dienste');
    expect(de.providerCount(1000)).toBe('1.000 Dienste');
  });

  it('joins alternatives with the locale’s “or”', () => {
    expect(en.chooseEnvironment(['Production', 'Sandbox', 'Test Mode'])).toBe('Choose Production, Sandbox, or Test Mode.');
    expect(fr.chooseEnvironment(['Production', 'Mode test'])).toBe(`Choisissez un environnement${NNBSP}: Production ou Mode test.`);
    expect(de.chooseEnvironment(['Produktion', 'Testmodus'])).toBe('Bitte wählen Sie eine Umgebung: Produktion oder Testmodus.');
  });

  it('puts “an” before a provider name that starts with a vowel, in the format message', () => {
    expect(en.badFormat('Acme CRM', 'API Key', undefined)).toBe("This doesn't look like an Acme CRM API Key.");
    expect(en.badFormat('Stripe', 'API Key', 'sk_test_…')).toBe("This doesn't look like a Stripe API Key. It should look like sk_test_…");
  });

  it('puts “a” or “an” by how the noun sounds, not by its first letter', () => {
    expect(en.environmentMismatch('API key', 'Sandbox', 'Production')).toBe('This is an API key, but Sandbox is selected.');
    expect(en.environmentMismatch('SSH key', 'Sandbox', 'Production')).toBe('This is an SSH key, but Sandbox is selected.');
    expect(en.environmentMismatch('user token', 'Sandbox', 'Production')).toBe('This is a user token, but Sandbox is selected.');
    expect(en.environmentMismatch('one-time token', 'Sandbox', 'Production')).toBe('This is a one-time token, but Sandbox is selected.');
    expect(en.environmentMismatch('hourly token', 'Sandbox', 'Production')).toBe('This is an hourly token, but Sandbox is selected.');
    expect(en.environmentMismatch('update key', 'Sandbox', 'Production')).toBe('This is an update key, but Sandbox is selected.');
    expect(en.chooseOption('URL')).toBe('Choose a URL.');
    expect(en.chooseOption('Unique ID')).toBe('Choose a Unique ID.');
    expect(en.chooseOption('MFA method')).toBe('Choose an MFA method.');
    expect(en.chooseOption('Region')).toBe('Choose a Region.');
    expect(en.chooseOption('European region')).toBe('Choose a European region.');
    expect(en.chooseOption('Instance')).toBe('Choose an Instance.');
    expect(en.tooLong('HTTP header', 1)).toBe('That is too long for an HTTP header: at most 1 character.');
    expect(en.badFormat('OAuth', 'token', undefined)).toBe("This doesn't look like an OAuth token.");
    expect(en.badFormat('JWT', 'token', undefined)).toBe("This doesn't look like a JWT token.");
  });

  it('reads the noun’s sound past the isolate a right-to-left widget puts around it', () => {
    const isolated = (noun: string) => `\u2068${noun}\u2069`;
    expect(en.chooseOption(isolated('Instance'))).toBe(`Choose an ${isolated('Instance')}.`);
    expect(en.chooseOption(isolated('MFA method'))).toBe(`Choose an ${isolated('MFA method')}.`);
    expect(en.environmentMismatch(isolated('API key'), 'Sandbox', 'Production')).toBe(`This is an ${isolated('API key')}, but Sandbox is selected.`);
    expect(en.badFormat(isolated('Acme'), isolated('token'), undefined)).toBe(`This doesn't look like an ${isolated('Acme')} ${isolated('token')}.`);
    expect(en.chooseOption(isolated('Region'))).toBe(`Choose a ${isolated('Region')}.`);
  });

  it('formats limits as numbers of the locale', () => {
    expect(fr.tooLong('API Key', 1000)).toContain(`1${NNBSP}000 caractères`);
    expect(de.tooLong('API Key', 1000)).toContain('höchstens 1.000 Zeichen');
    expect(fr.tooLong('API Key', 1)).toContain('1 caractère au maximum');
    expect(en.tooLong('API Key', 1000)).toBe('That is too long for an API Key: at most 1,000 characters.');
    expect(en.tooLong('API Key', 1)).toContain('at most 1 character.');
  });

  it('names the field a reveal button shows in French with a grammatical phrase, whatever its gender', () => {
    expect(fr.reveal('Clé API')).toBe('Afficher la valeur du champ «\u202fClé API\u202f»');
    expect(fr.hide('Jeton d’accès')).toBe('Masquer la valeur du champ «\u202fJeton d’accès\u202f»');
  });
});

describe('French and German sentences', () => {
  it('follow French typography: narrow no-break spaces, « » quotes, typographic apostrophes', () => {
    for (const [key, text] of outputs(fr)) {
      for (const match of text.matchAll(/[?!:;]/g)) {
        expect(text.charAt(match.index - 1), `${key}: ${text}`).toBe(NNBSP);
      }
      expect(text, key).not.toMatch(/["“”']/);
      expect(text, key).not.toMatch(/« |«(?!\u202f)| »|(?<!\u202f)»/);
    }
  });

  it('use German quotation marks', () => {
    for (const [key, text] of outputs(de)) {
      expect(text, key).not.toMatch(/["”']/);
      expect((text.match(/„/g) ?? []).length, key).toBe((text.match(/“/g) ?? []).length);
    }
  });

  it('read well with an English provider word or a translated one', () => {
    expect(fr.required('API Key')).toBe(`Renseignez le champ «${NNBSP}API Key${NNBSP}».`);
    expect(fr.skipToForm('Clé API')).toBe(`Vous avez déjà votre clé API${NNBSP}? Aller au formulaire`);
    expect(fr.skipToForm('Access Token')).toBe(`Vous avez déjà votre Access Token${NNBSP}? Aller au formulaire`);
    expect(fr.switchTo('Mode test')).toBe('Passer en mode test');
    expect(fr.switchTo('Test Mode')).toBe('Passer en Test Mode');
    expect(de.required('API Key')).toBe('Bitte füllen Sie das Feld „API Key“ aus.');
    expect(de.switchTo('Produktion')).toBe('Produktion wählen');
    // Whatever the label, with no article it needs: "nach „API-Schlüssel“" was not German.
    expect(de.badFormat('Acme', 'API-Schlüssel', undefined)).toBe('Das entspricht nicht dem Format, das Acme für „API-Schlüssel“ erwartet.');
    expect(fr.badFormat('Acme', 'Clé API', undefined)).toBe(`Ce n’est pas le format attendu par Acme pour le champ «${NNBSP}Clé API${NNBSP}».`);
  });

  it('agree with a token noun that carries its article, and name the key’s environment for any other noun', () => {
    expect(fr.environmentMismatch('une clé live', 'Mode test', 'Production')).toBe(
      `Il s’agit d’une clé live, mais l’environnement «${NNBSP}Mode test${NNBSP}» est sélectionné.`,
    );
    expect(fr.environmentMismatch('un jeton sandbox', 'Production', 'Sandbox')).toMatch(/^Il s’agit d’un jeton sandbox, /);
    // A noun without its article has no known gender, and may be English ("Production API Key").
    const otherEnvironment = `Cette valeur correspond à l’environnement «${NNBSP}Production${NNBSP}», mais l’environnement «${NNBSP}Test Mode${NNBSP}» est sélectionné.`;
    expect(fr.environmentMismatch('Production API Key', 'Test Mode', 'Production')).toBe(otherEnvironment);
    expect(fr.environmentMismatch('clé live', 'Test Mode', 'Production')).toBe(otherEnvironment);
    expect(de.environmentMismatch('ein Live-Schlüssel', 'Testmodus', 'Produktion')).toBe(
      'Das ist ein Live-Schlüssel, aber die Umgebung „Testmodus“ ist ausgewählt.',
    );
    expect(de.environmentMismatch('eine Zugangskennung', 'Testmodus', 'Produktion')).toBe(
      'Das ist eine Zugangskennung, aber die Umgebung „Testmodus“ ist ausgewählt.',
    );
    // "ein live key", "ein Zugangskennung": an English noun, or a feminine one without its article.
    const otherUmgebung = 'Dieser Wert gehört zur Umgebung „Production“, aber die Umgebung „Test Mode“ ist ausgewählt.';
    expect(de.environmentMismatch('live key', 'Test Mode', 'Production')).toBe(otherUmgebung);
    expect(de.environmentMismatch('Zugangskennung', 'Test Mode', 'Production')).toBe(otherUmgebung);
    expect(de.environmentMismatch('Production API Key', 'Test Mode', 'Production')).toBe(otherUmgebung);
  });

  it('name categories in each language, and humanise unknown ones', () => {
    expect([en, fr, de].map((messages) => messages.categoryLabel('payments'))).toEqual(['Payments', 'Paiements', 'Zahlungen']);
    expect([en, fr, de].map((messages) => messages.categoryLabel('hr'))).toEqual(['HR', 'RH', 'Personalwesen']);
    expect(fr.categoryLabel('customer-support')).toBe('Customer support');
    expect(en.categoryLabel('customer_success')).toBe('Customer success');
    // A slug that names an inherited property is still only a slug.
    expect([en, fr, de].map((messages) => messages.categoryLabel('constructor'))).toEqual(['Constructor', 'Constructor', 'Constructor']);
  });
});

describe('the strings added since the first catalogue', () => {
  // The first catalogue's strings (2026-11-23): a host's own catalogue needs these, and no other,
  // to count as whole. Frozen: never add to this list.
  const FIRST = `pickerTitle openTrigger pickerIntro searchLabel searchPlaceholder categoryFilterLabel categoryLabel
    allCategories providersLabel providerCount noMatchTitle noMatchBody clearSearch back close beforeYouStart skipToForm
    guideTitle scopesLabel formTitle environmentLegend reveal hide optional connect connecting environmentDetected
    switchTo successTitle successBody done connectAnother tryAgain required chooseOption chooseEnvironment tooLong
    invisibleCharacters badFormat environmentMismatch offline timeout network httpStatus badResponse aborted opensInNewTab`.split(/\s+/);

  it('are each listed as added later, so that a catalogue made before them still counts as whole', () => {
    expect(new Set(Object.keys(en).filter((key) => !FIRST.includes(key)))).toEqual(new Set(ADDED_LATER));
  });
});

describe('resolveMessages', () => {
  it('fills the strings a host’s pack made for an earlier version lacks with English ones', () => {
    const { screenOffline: _added, ...earlier } = { ...en, connect: 'Conectar' };
    const spanish = resolveMessages('es', undefined, [{ locale: 'es', messages: earlier }]);
    expect(spanish.connect).toBe('Conectar');
    expect(spanish.screenOffline).toBe(en.screenOffline);
  });

  it('fills a string such a pack gives as undefined with the English one too', () => {
    const earlier = { ...en, connect: 'Conectar', screenOffline: undefined };
    const spanish = resolveMessages('es', undefined, [{ locale: 'es', messages: earlier }]);
    expect(spanish.connect).toBe('Conectar');
    expect(spanish.screenOffline).toBe(en.screenOffline);
  });


  it('picks the exact tag, then the language, then English, among the given packs', () => {
    expect(resolveMessages('fr', undefined, packs)).toBe(fr);
    expect(resolveMessages('fr-CA', undefined, packs)).toBe(fr);
    expect(resolveMessages('de-CH', undefined, packs)).toBe(de);
    expect(resolveMessages('de_AT', undefined, packs)).toBe(de);
    expect(resolveMessages('DE', undefined, packs)).toBe(de);
    expect(resolveMessages('es', undefined, packs)).toBe(en);
    expect(resolveMessages('en-GB', undefined, packs)).toBe(en);
    expect(resolveMessages(undefined, undefined, packs)).toBe(en);
    expect(resolveMessages('', undefined, packs)).toBe(en);
  });

  it('speaks English for French and German without their packs', () => {
    expect(resolveMessages('fr')).toBe(en);
    expect(resolveMessages('de-CH', undefined, [frPack])).toBe(en);
  });

  it('prefers a pack for the exact tag, then the first pack given for a tag', () => {
    const canadian = { locale: 'fr-CA', messages: { ...fr, connect: 'Lier' } };
    expect(resolveMessages('fr-ca', undefined, [frPack, canadian]).connect).toBe('Lier');
    expect(resolveMessages('fr-BE', undefined, [frPack, canadian])).toBe(fr);
    const mine = { locale: 'fr', messages: { ...fr, connect: 'Associer' } };
    expect(resolveMessages('fr', undefined, [mine, frPack]).connect).toBe('Associer');
    const english = { locale: 'en', messages: { ...en, connect: 'Link' } };
    expect(resolveMessages('en-US', undefined, [english]).connect).toBe('Link');
  });

  it('does not mistake an inherited property for a catalogue', () => {
    expect(resolveMessages('constructor', undefined, packs)).toBe(en);
    expect(resolveMessages('__proto__', undefined, packs)).toBe(en);
    expect(resolveMessages('toString-x', undefined, packs)).toBe(en);
  });

  it('puts the host’s overrides on top, ignoring undefined ones', () => {
    const messages = resolveMessages('de', { connect: 'Verknüpfen', back: undefined }, packs);
    expect(messages.connect).toBe('Verknüpfen');
    expect(messages.back).toBe('Zurück');
    expect(de.connect).toBe('Verbinden');
  });
});

describe('shownLanguage', () => {
  it('is the locale when a pack or the host’s messages serve it, else English', () => {
    expect(shownLanguage('de-CH', false, packs)).toBe('de-CH');
    expect(shownLanguage('de-CH', false)).toBe('en');
    expect(shownLanguage('de-CH', true)).toBe('de-CH');
    expect(shownLanguage('en-GB', false)).toBe('en-GB');
    expect(shownLanguage(undefined, false, packs)).toBe('en');
  });
});

describe('warnUnservedLocale', () => {
  afterEach(() => {
    vi.unstubAllEnvs();
    vi.restoreAllMocks();
  });

  it('names the pack to import, once per language', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    warnUnservedLocale('de-CH', false);
    warnUnservedLocale('de', false);
    expect(warn).toHaveBeenCalledTimes(1);
    expect(warn.mock.calls[0]?.[0]).toContain("import { de } from 'connect-hub/locales/de'");
  });

  it('says when connect-hub has no pack for the language', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    warnUnservedLocale('pt-BR', false);
    expect(warn).toHaveBeenCalledTimes(1);
    expect(warn.mock.calls[0]?.[0]).toMatch(/no pack for "pt".*LocalePack of your own/);
  });

  it('stays quiet when a pack or the host’s messages serve the locale, for English, and in production', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    warnUnservedLocale('fr-CA', false, packs);
    warnUnservedLocale('it', true);
    warnUnservedLocale('en-AU', false);
    warnUnservedLocale(undefined, false);
    vi.stubEnv('NODE_ENV', 'production');
    warnUnservedLocale('nl', false);
    expect(warn).not.toHaveBeenCalled();
  });
});

describe('textDirection', () => {
  it.each([
    ['ar', 'rtl'],
    ['ar-EG', 'rtl'],
    ['he', 'rtl'],
    ['fa-IR', 'rtl'],
    ['ur', 'rtl'],
    ['ckb', 'rtl'],
    ['pa-Arab', 'rtl'],
    ['az-Arab-IR', 'rtl'],
    ['ku', 'ltr'],
    ['ar-Latn', 'ltr'],
    ['en', 'ltr'],
    ['fr-CA', 'ltr'],
    ['de', 'ltr'],
    [undefined, 'ltr'],
  ] as const)('%s is %s', (locale, direction) => {
    expect(textDirection(locale)).toBe(direction);
  });
});
