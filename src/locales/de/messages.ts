import { categoryName, formatters } from '../../i18n/format.js';
import type { Messages } from '../../i18n/messages.js';

const format = formatters('de');

// German quotation marks: „…“.
const quote = (text: string) => `„${text}“`;

const categoryNames: Record<string, string> = {
  payments: 'Zahlungen',
  'project-management': 'Projektmanagement',
  'feature-flags': 'Feature-Flags',
  hr: 'Personalwesen',
  crm: 'CRM',
};

/**
 * "ein Live-Schlüssel" → "Das ist ein Live-Schlüssel": a token noun that carries its article (as the
 * German translations of the built-in providers do) reads as is. Any other noun may be feminine
 * ("ein Zugangskennung") or an English provider word ("ein live key"), so the key's environment is
 * named instead.
 */
function describeToken(noun: string, environment: string): string {
  return /^eine?\s/i.test(noun) ? `Das ist ${noun}` : `Dieser Wert gehört zur Umgebung ${quote(environment)}`;
}

/** The German catalogue: formal „Sie“, German quotation marks, `Intl` formatting for `de`. */
export const messages: Messages = {
  pickerTitle: 'Konto verbinden',
  openTrigger: 'Konto verbinden',
  pickerIntro: 'Wählen Sie den Dienst, den Sie verbinden möchten.',
  searchLabel: 'Dienste durchsuchen',
  searchPlaceholder: 'Dienste durchsuchen',
  categoryFilterLabel: 'Nach Kategorie filtern',
  categoryLabel: (category) => categoryName(categoryNames, category),
  allCategories: 'Alle',
  providersLabel: 'Dienste',
  providerCount: (count) => format.count(count, { one: 'Dienst', other: 'Dienste' }),
  noMatchTitle: 'Keine passenden Dienste',
  noMatchBody: (query) =>
    `Keine Treffer für ${quote(query)}. Prüfen Sie die Schreibweise oder lassen Sie sich alle Dienste anzeigen.`,
  clearSearch: 'Alle Dienste anzeigen',
  back: 'Zurück',
  close: 'Schließen',
  beforeYouStart: 'Bevor Sie beginnen',
  skipToForm: (label) => `${label} schon zur Hand? Direkt zum Formular`,
  guideTitle: (provider) => `Zugangsdaten für ${provider} erstellen`,
  scopesLabel: 'Erforderliche Berechtigungen',
  formTitle: (provider) => `Ihr Konto bei ${provider} verbinden`,
  environmentLegend: 'Umgebung',
  reveal: (label) => `${label} anzeigen`,
  hide: (label) => `${label} verbergen`,
  optional: 'optional',
  connect: 'Verbinden',
  connecting: 'Wird verbunden …',
  retrying: (attempt, attempts) => `Wird noch verbunden: Versuch\u00a0${attempt}\u00a0von\u00a0${attempts}\u00a0…`,
  stillConnecting: 'Wird noch verbunden …',
  stop: 'Abbrechen',
  stopped: 'Abgebrochen. Sie können es erneut versuchen: Das Konto wird nicht doppelt verbunden.',
  stoppedMaybeLinked: 'Abgebrochen. Das Konto ist vielleicht schon verbunden: Prüfen Sie das, bevor Sie es erneut versuchen.',
  environmentDetected: (environment) => `Passend zu Ihren Zugangsdaten wurde ${quote(environment)} ausgewählt.`,
  // Without an article, which depends on the environment's name; short: one line at 320 px.
  switchTo: (environment) => `${environment} wählen`,
  successTitle: (provider) => `${provider} verbunden`,
  successBody: (account, environment) =>
    environment ? `${account} (${environment}) ist jetzt verbunden.` : `${account} ist jetzt verbunden.`,
  redacted: 'verborgener Wert',
  done: 'Fertig',
  connectAnother: 'Weiteres Konto verbinden',
  tryAgain: 'Erneut versuchen',
  screenLoading: 'Wird geladen …',
  screenOffline: 'Sie sind offline. Dieser Schritt wird geladen, sobald Sie wieder online sind.',
  screenLoadFailed: 'Dieser Schritt konnte nicht geladen werden. Prüfen Sie Ihre Verbindung und laden Sie die Seite neu.',
  reloadPage: 'Seite neu laden',
  // validation
  required: (label) => `Bitte füllen Sie das Feld ${quote(label)} aus.`,
  chooseOption: (label) => `Bitte wählen Sie eine Option für ${quote(label)}.`,
  choosePrompt: 'Bitte auswählen …',
  chooseEnvironment: (labels) => `Bitte wählen Sie eine Umgebung: ${format.or(labels)}.`,
  tooLong: (label, max) =>
    `Der Wert für ${quote(label)} ist zu lang: höchstens ${format.count(max, { one: 'Zeichen', other: 'Zeichen' })}.`,
  invisibleCharacters: (label) =>
    `Der Wert für ${quote(label)} enthält Leerzeichen oder unsichtbare Zeichen. Kopieren Sie ihn erneut, ohne etwas davor oder dahinter.`,
  pasteAlone: (label) => `Fügen Sie nur den Wert für ${quote(label)} ein, ohne Anführungszeichen und ohne vorangestellten Variablennamen mit Gleichheitszeichen (=).`,
  badFormat: (provider, label, example) =>
    example
      ? `Das entspricht nicht dem Format, das ${provider} für ${quote(label)} erwartet. Erwartet wird etwa: ${example}`
      : `Das entspricht nicht dem Format, das ${provider} für ${quote(label)} erwartet.`,
  environmentMismatch: (tokenNoun, selected, environment) =>
    `${describeToken(tokenNoun, environment)}, aber die Umgebung ${quote(selected)} ist ausgewählt.`,
  // request
  offline: 'Sie sind offline. Prüfen Sie Ihre Verbindung und versuchen Sie es dann erneut.',
  timeout: 'Der Server hat zu lange nicht geantwortet. Bitte versuchen Sie es erneut.',
  network: 'Der Server ist nicht erreichbar. Prüfen Sie Ihre Verbindung und versuchen Sie es erneut.',
  headersFailed: 'Die Anfrage konnte nicht vorbereitet werden, daher wurde nichts gesendet. Laden Sie die Seite neu und versuchen Sie es dann erneut.',
  httpStatus: (status) => `Der Server hat einen Fehler gemeldet (HTTP ${status}). Bitte versuchen Sie es erneut.`,
  badResponse:
    'Die Antwort des Servers hat ein unerwartetes Format. Bitte versuchen Sie es erneut oder wenden Sie sich an den Support.',
  aborted: 'Die Anfrage wurde abgebrochen.',
  opensInNewTab: ' (öffnet sich in einem neuen Tab)',
};
