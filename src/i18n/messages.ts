import { categoryName, formatters } from './format.js';

const format = formatters('en');

/**
 * Every string the widget shows, in one catalogue. Functions take the values they need,
 * so a translation can reorder them. Other locales implement the same {@link Messages} shape.
 */
export const en = {
  pickerTitle: 'Connect an account',
  openTrigger: 'Connect an account',
  pickerIntro: 'Choose the service you want to link.',
  searchLabel: 'Search services',
  searchPlaceholder: 'Search services',
  categoryFilterLabel: 'Filter by category',
  categoryLabel: (category: string) => categoryName(categoryNames, category),
  allCategories: 'All',
  providersLabel: 'Services',
  providerCount: (count: number) => format.count(count, { one: 'service', other: 'services' }),
  noMatchTitle: 'No services match',
  noMatchBody: (query: string) => `Nothing matches “${query}”. Check the spelling, or show all services.`,
  clearSearch: 'Show all services',
  back: 'Back',
  close: 'Close',
  beforeYouStart: 'Before you start',
  skipToForm: (label: string) => `Already have your ${label}? Go to the form`,
  guideTitle: (provider: string) => `Create your ${provider} credentials`,
  scopesLabel: 'Permissions needed',
  formTitle: (provider: string) => `Link your ${provider} account`,
  environmentLegend: 'Environment',
  reveal: (label: string) => `Show ${label}`,
  hide: (label: string) => `Hide ${label}`,
  optional: 'optional',
  connect: 'Connect',
  connecting: 'Connecting…',
  /** Said while a request that failed is sent again, so a wait of seconds is not a silence. */
  retrying: (attempt: number, attempts: number) => `Still connecting: attempt ${attempt} of ${attempts}…`,
  /** Said when the first attempt takes seconds, beside {@link en.stop}. */
  stillConnecting: 'Still connecting…',
  /** The button that stops a slow submission. */
  stop: 'Stop',
  /** After Stop: the same inputs again keep their Idempotency-Key, so the backend does not link twice. */
  stopped: "Stopped. You can try again: the account won't be linked twice.",
  /** After Stop on a page without WebCrypto, where the same inputs get a new Idempotency-Key. */
  stoppedMaybeLinked: 'Stopped. The account may have been linked already: check before you try again.',
  environmentDetected: (environment: string) => `${environment} selected to match your key.`,
  switchTo: (environment: string) => `Switch to ${environment}`,
  successTitle: (provider: string) => `${provider} connected`,
  successBody: (account: string, environment: string | undefined) =>
    environment ? `${account} (${environment}) is now linked.` : `${account} is now linked.`,
  /** Read out in place of the `••••` that stands for a key the backend quoted (in a message, the account's name). */
  redacted: 'hidden value',
  done: 'Done',
  connectAnother: 'Connect another account',
  tryAgain: 'Try again',
  screenLoading: 'Loading…',
  screenOffline: 'You are offline. This step loads once you are back online.',
  screenLoadFailed: 'This step could not load. Check your connection, then reload the page.',
  reloadPage: 'Reload page',
  // validation
  required: (label: string) => `Enter your ${label}.`,
  chooseOption: (label: string) => `Choose ${withArticle(label)}.`,
  /** What the box of a required choice shows until one is chosen. */
  choosePrompt: 'Choose…',
  chooseEnvironment: (labels: string[]) => `Choose ${format.or(labels)}.`,
  tooLong: (label: string, max: number) => `That is too long for ${withArticle(label)}: at most ${format.count(max, { one: 'character', other: 'characters' })}.`,
  invisibleCharacters: (label: string) =>
    `The ${label} contains spaces or invisible characters. Copy it again, without anything around it.`,
  /** A value that would be right without the quotation marks or the variable name pasted with it. */
  pasteAlone: (label: string) => `Paste only the ${label} itself, without quotation marks or a name and = before it.`,
  badFormat: (provider: string, label: string, example: string | undefined) =>
    example
      ? `This doesn't look like ${withArticle(`${provider} ${label}`)}. It should look like ${example}`
      : `This doesn't look like ${withArticle(`${provider} ${label}`)}.`,
  /**
   * `tokenNoun` is the key's environment's `tokenNoun`, else its label and the field's ("Production
   * API Key"); `environment` is that label alone, for languages that cannot put a noun of unknown
   * gender in their sentence.
   */
  environmentMismatch: (tokenNoun: string, selected: string, _environment: string) =>
    `This is ${withArticle(tokenNoun)}, but ${selected} is selected.`,
  // request
  offline: 'You are offline. Check your connection, then try again.',
  timeout: 'The server took too long to answer. Please try again.',
  network: 'Could not reach the server. Check your connection and try again.',
  headersFailed: 'The request could not be prepared, so nothing was sent. Reload the page, then try again.',
  httpStatus: (status: number) => `The server answered with an error (HTTP ${status}). Please try again.`,
  badResponse: 'The server answered in an unexpected format. Please try again, or contact support.',
  aborted: 'The request was cancelled.',
  opensInNewTab: ' (opens in a new tab)',
};

/** The message catalogue's shape: every string, and every function that builds one. */
export type Messages = typeof en;

const categoryNames: Record<string, string> = {
  payments: 'Payments',
  'project-management': 'Project management',
  'feature-flags': 'Feature flags',
  hr: 'HR',
  crm: 'CRM',
};

/**
 * "a" or "an" by the sound the noun starts with, not its letter, for the nouns hosts give: an
 * initialism is read letter by letter ("an SSH key", "an MFA method", "a URL"); a word goes by its
 * vowel, except "u" and "eu" read "you" ("a user token", "a European region"), "one", and "hour".
 */
function withArticle(noun: string): string {
  // A right-to-left widget sets the noun apart (U+2068 FIRST STRONG ISOLATE before it): its sound starts after.
  const sound = noun.replace(/^\u2068/, '');
  const an = /^[A-Z]+\b/.test(sound) ? /^[AEIOFHLMNRSX]/.test(sound) : /^(?:[ai]|e(?!u)|o(?!ne\b)|u(?!ni|s[aeiu])|hour)/i.test(sound);
  return `${an ? 'an' : 'a'} ${noun}`;
}
