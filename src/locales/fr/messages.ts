import { categoryName, formatters } from '../../i18n/format.js';
import type { Messages } from '../../i18n/messages.js';

const format = formatters('fr');

// French typography: a narrow no-break space (U+202F) before ? ! : ; and inside « ».
const quote = (text: string) => `«\u202f${text}\u202f»`;

const categoryNames: Record<string, string> = {
  payments: 'Paiements',
  'project-management': 'Gestion de projet',
  'feature-flags': 'Feature flags',
  hr: 'RH',
  crm: 'CRM',
};

/**
 * A label inside a sentence: "Clé API" → "clé API", "Mode test" → "mode test"; labels whose other
 * words are capitalised ("Access Token", "Test Mode": English provider words) or that start with
 * an acronym ("API Key") keep their case.
 */
function inSentence(label: string): string {
  const [first = '', ...rest] = label.split(/\s+/);
  const titleCase = (word: string) => /^\p{Lu}\p{Ll}/u.test(word);
  return titleCase(first) && !rest.some(titleCase) ? first.charAt(0).toLocaleLowerCase('fr') + label.slice(1) : label;
}

/**
 * "une clé live" → "Il s’agit d’une clé live": a token noun that carries its article (as the French
 * translations of the built-in providers do) reads as is. Any other noun has no known gender and
 * may be an English provider word ("Production API Key"), so the key's environment is named instead.
 */
function describeToken(noun: string, environment: string): string {
  return /^une?\s/i.test(noun) ? `Il s’agit d’${noun}` : `Cette valeur correspond à l’environnement ${quote(environment)}`;
}

/** The French catalogue: formal « vous », French typography, `Intl` formatting for `fr`. */
export const messages: Messages = {
  pickerTitle: 'Connecter un compte',
  openTrigger: 'Connecter un compte',
  pickerIntro: 'Choisissez le service à connecter.',
  searchLabel: 'Rechercher un service',
  searchPlaceholder: 'Rechercher un service',
  categoryFilterLabel: 'Filtrer par catégorie',
  categoryLabel: (category) => categoryName(categoryNames, category),
  allCategories: 'Toutes',
  providersLabel: 'Services',
  providerCount: (count) => format.count(count, { one: 'service', many: 'de services', other: 'services' }),
  noMatchTitle: 'Aucun service ne correspond',
  noMatchBody: (query) =>
    `Aucun résultat pour ${quote(query)}. Vérifiez l’orthographe ou affichez tous les services.`,
  clearSearch: 'Afficher tous les services',
  back: 'Retour',
  close: 'Fermer',
  beforeYouStart: 'Avant de commencer',
  skipToForm: (label) => `Vous avez déjà votre ${inSentence(label)}\u202f? Aller au formulaire`,
  guideTitle: (provider) => `Créer vos identifiants ${provider}`,
  scopesLabel: 'Autorisations requises',
  formTitle: (provider) => `Connecter votre compte ${provider}`,
  environmentLegend: 'Environnement',
  // The field's gender is unknown ("la clé", "le jeton"): name the field, as the errors do.
  reveal: (label) => `Afficher la valeur du champ ${quote(label)}`,
  hide: (label) => `Masquer la valeur du champ ${quote(label)}`,
  optional: 'facultatif',
  connect: 'Connecter',
  // Short: the button keeps one line at 320 px.
  connecting: 'Connexion…',
  retrying: (attempt, attempts) => `Connexion toujours en cours\u202f: tentative\u00a0${attempt}\u00a0sur\u00a0${attempts}…`,
  stillConnecting: 'Connexion toujours en cours…',
  stop: 'Arrêter',
  stopped: 'Connexion arrêtée. Vous pouvez réessayer\u202f: le compte ne sera pas connecté deux fois.',
  stoppedMaybeLinked: 'Connexion arrêtée. Le compte est peut-être déjà connecté\u202f: vérifiez-le avant de réessayer.',
  environmentDetected: (environment) => `Environnement ${quote(environment)} sélectionné d’après vos identifiants.`,
  switchTo: (environment) => `Passer en ${inSentence(environment)}`,
  successTitle: (provider) => `Compte ${provider} connecté`,
  successBody: (account, environment) =>
    environment
      ? `Le compte ${account} (${environment}) est maintenant connecté.`
      : `Le compte ${account} est maintenant connecté.`,
  redacted: 'valeur masquée',
  done: 'Terminé',
  connectAnother: 'Connecter un autre compte',
  tryAgain: 'Réessayer',
  screenLoading: 'Chargement…',
  screenOffline: 'Vous êtes hors ligne. Cette étape se chargera dès que vous serez de nouveau en ligne.',
  screenLoadFailed: 'Cette étape n’a pas pu se charger. Vérifiez votre connexion, puis rechargez la page.',
  reloadPage: 'Recharger la page',
  // validation
  required: (label) => `Renseignez le champ ${quote(label)}.`,
  chooseOption: (label) => `Choisissez une option pour ${quote(label)}.`,
  choosePrompt: 'Choisissez…',
  chooseEnvironment: (labels) => `Choisissez un environnement\u202f: ${format.or(labels)}.`,
  tooLong: (label, max) =>
    `La valeur du champ ${quote(label)} est trop longue\u202f: ${format.count(max, {
      one: 'caractère',
      many: 'de caractères',
      other: 'caractères',
    })} au maximum.`,
  invisibleCharacters: (label) =>
    `Le champ ${quote(label)} contient des espaces ou des caractères invisibles. Copiez de nouveau la valeur, sans espace ni autre caractère avant ou après.`,
  pasteAlone: (label) => `Collez uniquement la valeur du champ ${quote(label)}, sans guillemets ni nom de variable suivi du signe égal (=).`,
  badFormat: (provider, label, example) =>
    example
      ? `Ce n’est pas le format attendu par ${provider} pour le champ ${quote(label)}. Exemple\u202f: ${example}`
      : `Ce n’est pas le format attendu par ${provider} pour le champ ${quote(label)}.`,
  environmentMismatch: (tokenNoun, selected, environment) =>
    `${describeToken(tokenNoun, environment)}, mais l’environnement ${quote(selected)} est sélectionné.`,
  // request
  offline: 'Vous êtes hors ligne. Vérifiez votre connexion, puis réessayez.',
  timeout: 'Le serveur a mis trop de temps à répondre. Veuillez réessayer.',
  network: 'Impossible de joindre le serveur. Vérifiez votre connexion et réessayez.',
  headersFailed: 'La requête n’a pas pu être préparée, rien n’a donc été envoyé. Rechargez la page, puis réessayez.',
  httpStatus: (status) => `Le serveur a renvoyé une erreur (HTTP ${status}). Veuillez réessayer.`,
  badResponse: 'Le serveur a répondu dans un format inattendu. Veuillez réessayer ou contacter l’assistance.',
  aborted: 'La requête a été annulée.',
  opensInNewTab: ' (s’ouvre dans un nouvel onglet)',
};
