import { defineProvider } from '../definition/provider-schema.js';
import { lettermark, logoColors } from './logos.js';

/** GoCardless: an access token; `live_` and `sandbox_` tokens belong to separate accounts. */
export const gocardless = defineProvider({
  id: 'gocardless',
  name: 'GoCardless',
  category: 'payments',
  logo: lettermark('GC', logoColors.gocardless),
  description: 'Bank payments, mandates and customers.',
  warning:
    'Access tokens are for using **your own** GoCardless account through the API; partner integrations that manage other users’ accounts must use OAuth 2.0 instead. Use the token of the right environment: sandbox tokens only work with the sandbox API, live tokens only with the live API.',
  environments: [
    {
      id: 'production',
      label: 'Production',
      description: 'Your live GoCardless account, for real payments.',
      tokenPrefixes: ['live_'],
      tokenNoun: 'live token',
    },
    {
      id: 'sandbox',
      label: 'Sandbox',
      description: 'A separate GoCardless sandbox account, for testing without real payments.',
      tokenPrefixes: ['sandbox_'],
      tokenNoun: 'sandbox token',
    },
  ],
  fields: [
    {
      key: 'access_token',
      label: 'Access Token',
      kind: 'secret',
      // Documented nowhere: scanners see 40 characters after the prefix. Allow slack either way.
      pattern: '(live|sandbox)_[A-Za-z0-9_=-]{30,80}',
      patternMessage:
        'GoCardless access tokens start with live_ or sandbox_ followed by about 40 letters, digits, dashes, underscores or equals signs.',
      example: 'live_…',
      help: 'Created under **Developers** → **API settings** in the GoCardless dashboard; it is shown only once.',
    },
  ],
  guide: [
    {
      title: 'Create your GoCardless access token',
      intro:
        'GoCardless authenticates API calls with a Bearer access token. Create one in your GoCardless dashboard as follows.',
      scopes: ['**Read only access**: read-only operations', '**Read-write access**: full API access (create, update, delete)'],
      steps: [
        {
          title: 'Sign in to the GoCardless dashboard',
          body: 'Sign in to your [GoCardless dashboard](https://manage.gocardless.com), or to the [sandbox dashboard](https://manage-sandbox.gocardless.com) for testing.',
        },
        {
          title: 'Open the API settings',
          body: 'In the left sidebar, click **Developers**, then **API settings**.',
        },
        {
          title: 'Go to Access tokens',
          body: 'The **Access tokens** page lists the tokens you already have, if any.',
        },
        {
          title: 'Create an access token',
          body: 'Click the **Create access token** button in the top-right corner.',
        },
        {
          title: 'Fill in the token details',
          body: 'In the dialog that opens, enter:',
          bullets: [
            '**Name**: a descriptive name you will recognise, such as the name of this app.',
            '**Scope**: the access level, either **Read only access** for read-only operations or **Read-write access** for full API access (create, update and delete).',
          ],
        },
        {
          title: 'Create and copy the token',
          body: 'Click **Create** to generate the token.',
          bullets: ['Copy the token straight away: it is shown only once.', 'Keep it somewhere safe.'],
        },
        {
          title: 'Choose the matching environment',
          body: 'In the form, pick the environment that matches your token:',
          bullets: [
            '**Production** for live tokens (starting with `live_`), used for real payments.',
            '**Sandbox** for sandbox tokens (starting with `sandbox_`), used for testing.',
          ],
        },
      ],
    },
  ],
  translations: {
    fr: {
      description: 'Paiements bancaires, mandats et clients.',
      warning:
        'Les jetons d’accès servent à utiliser **votre propre** compte GoCardless via l’API\u202f; les intégrations partenaires qui gèrent les comptes d’autres utilisateurs doivent utiliser OAuth 2.0 à la place. Utilisez le jeton du bon environnement\u202f: les jetons sandbox ne fonctionnent qu’avec l’API sandbox, les jetons live qu’avec l’API live.',
      environments: {
        production: {
          label: 'Production',
          description: 'Votre compte GoCardless live, pour de vrais paiements.',
          tokenNoun: 'un jeton live',
        },
        sandbox: {
          label: 'Sandbox',
          description: 'Un compte sandbox GoCardless distinct, pour tester sans paiements réels.',
          tokenNoun: 'un jeton sandbox',
        },
      },
      fields: {
        access_token: {
          label: 'Jeton d’accès',
          patternMessage:
            'Les jetons d’accès GoCardless commencent par live_ ou sandbox_, suivi d’environ 40 lettres, chiffres, tirets, traits de soulignement ou signes égal.',
          help: 'Créé sous **Developers** → **API settings** dans le tableau de bord GoCardless\u202f; il n’est affiché qu’une seule fois.',
        },
      },
      guide: [
        {
          title: 'Créez votre jeton d’accès GoCardless',
          intro:
            'GoCardless authentifie les appels à l’API avec un jeton d’accès de type Bearer. Créez-en un dans votre tableau de bord GoCardless comme suit.',
          scopes: [
            '**Read only access**\u202f: opérations en lecture seule',
            '**Read-write access**\u202f: accès complet à l’API (création, modification, suppression)',
          ],
          steps: [
            {
              title: 'Connectez-vous au tableau de bord GoCardless',
              body: 'Connectez-vous à votre [tableau de bord GoCardless](https://manage.gocardless.com), ou au [tableau de bord sandbox](https://manage-sandbox.gocardless.com) pour les tests.',
            },
            {
              title: 'Ouvrez les paramètres de l’API',
              body: 'Dans la barre latérale gauche, cliquez sur **Developers**, puis sur **API settings**.',
            },
            {
              title: 'Accédez à Access tokens',
              body: 'La page **Access tokens** liste les jetons que vous avez déjà, s’il y en a.',
            },
            {
              title: 'Créez un jeton d’accès',
              body: 'Cliquez sur le bouton **Create access token** en haut à droite.',
            },
            {
              title: 'Renseignez les détails du jeton',
              body: 'Dans la boîte de dialogue qui s’ouvre, saisissez\u202f:',
              bullets: [
                '**Name**\u202f: un nom descriptif que vous reconnaîtrez, par exemple le nom de cette application.',
                '**Scope**\u202f: le niveau d’accès, soit **Read only access** pour les opérations en lecture seule, soit **Read-write access** pour un accès complet à l’API (création, modification et suppression).',
              ],
            },
            {
              title: 'Créez et copiez le jeton',
              body: 'Cliquez sur **Create** pour générer le jeton.',
              bullets: ['Copiez le jeton immédiatement\u202f: il n’est affiché qu’une seule fois.', 'Conservez-le en lieu sûr.'],
            },
            {
              title: 'Choisissez l’environnement correspondant',
              body: 'Dans le formulaire, choisissez l’environnement qui correspond à votre jeton\u202f:',
              bullets: [
                '**Production** pour les jetons live (qui commencent par `live_`), utilisés pour les vrais paiements.',
                '**Sandbox** pour les jetons sandbox (qui commencent par `sandbox_`), utilisés pour les tests.',
              ],
            },
          ],
        },
      ],
    },
    de: {
      description: 'Bankzahlungen, Mandate und Kunden.',
      warning:
        'Zugriffstokens sind für die Nutzung **Ihres eigenen** GoCardless-Kontos über die API gedacht; Partnerintegrationen, die Konten anderer Nutzer verwalten, müssen stattdessen OAuth 2.0 verwenden. Verwenden Sie das Token der richtigen Umgebung: Sandbox-Tokens funktionieren nur mit der Sandbox-API, Live-Tokens nur mit der Live-API.',
      environments: {
        production: {
          label: 'Produktion',
          description: 'Ihr Live-Konto bei GoCardless, für echte Zahlungen.',
          tokenNoun: 'ein Live-Token',
        },
        sandbox: {
          label: 'Sandbox',
          description: 'Ein separates Sandbox-Konto bei GoCardless, zum Testen ohne echte Zahlungen.',
          tokenNoun: 'ein Sandbox-Token',
        },
      },
      fields: {
        access_token: {
          label: 'Zugriffstoken',
          patternMessage:
            'GoCardless-Zugriffstokens beginnen mit live_ oder sandbox_, gefolgt von etwa 40 Buchstaben, Ziffern, Bindestrichen, Unterstrichen oder Gleichheitszeichen.',
          help: 'Wird im GoCardless-Dashboard unter **Developers** → **API settings** erstellt und nur einmal angezeigt.',
        },
      },
      guide: [
        {
          title: 'GoCardless-Zugriffstoken erstellen',
          intro:
            'GoCardless authentifiziert API-Aufrufe mit einem Bearer-Zugriffstoken. Erstellen Sie eines in Ihrem GoCardless-Dashboard wie folgt.',
          scopes: [
            '**Read only access**: nur lesende Vorgänge',
            '**Read-write access**: voller API-Zugriff (erstellen, ändern, löschen)',
          ],
          steps: [
            {
              title: 'Beim GoCardless-Dashboard anmelden',
              body: 'Melden Sie sich bei Ihrem [GoCardless-Dashboard](https://manage.gocardless.com) an, oder zum Testen beim [Sandbox-Dashboard](https://manage-sandbox.gocardless.com).',
            },
            {
              title: 'API-Einstellungen öffnen',
              body: 'Klicken Sie in der linken Seitenleiste auf **Developers** und dann auf **API settings**.',
            },
            {
              title: 'Zu Access tokens wechseln',
              body: 'Die Seite **Access tokens** listet Ihre vorhandenen Tokens auf, falls es welche gibt.',
            },
            {
              title: 'Zugriffstoken erstellen',
              body: 'Klicken Sie oben rechts auf die Schaltfläche **Create access token**.',
            },
            {
              title: 'Token-Details ausfüllen',
              body: 'Geben Sie im Dialog, der sich öffnet, Folgendes ein:',
              bullets: [
                '**Name**: einen aussagekräftigen Namen, den Sie wiedererkennen, zum Beispiel den Namen dieser App.',
                '**Scope**: die Zugriffsstufe, entweder **Read only access** für nur lesende Vorgänge oder **Read-write access** für vollen API-Zugriff (erstellen, ändern und löschen).',
              ],
            },
            {
              title: 'Token erstellen und kopieren',
              body: 'Klicken Sie auf **Create**, um das Token zu erzeugen.',
              bullets: ['Kopieren Sie das Token sofort: Es wird nur einmal angezeigt.', 'Bewahren Sie es an einem sicheren Ort auf.'],
            },
            {
              title: 'Passende Umgebung wählen',
              body: 'Wählen Sie im Formular die Umgebung, die zu Ihrem Token passt:',
              bullets: [
                '**Produktion** für Live-Tokens (beginnen mit `live_`), für echte Zahlungen.',
                '**Sandbox** für Sandbox-Tokens (beginnen mit `sandbox_`), zum Testen.',
              ],
            },
          ],
        },
      ],
    },
  },
});
