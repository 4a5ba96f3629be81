import { defineProvider } from '../definition/provider-schema.js';
import { lettermark, logoColors } from './logos.js';

/** Remote: an API token; `ra_live_` is Production, `ra_test_` is Sandbox. */
export const remote = defineProvider({
  id: 'remote',
  name: 'Remote',
  category: 'hr',
  logo: lettermark('R', logoColors.remote),
  description: 'People, employments and HR data in your Remote company.',
  warning: 'Only a company admin or company owner can create and revoke API tokens.',
  environments: [
    {
      id: 'production',
      label: 'Production',
      description: 'Your live Remote account.',
      tokenPrefixes: ['ra_live_'],
      tokenNoun: 'production token',
    },
    {
      id: 'sandbox',
      label: 'Sandbox',
      description: 'A Remote sandbox account, for testing.',
      tokenPrefixes: ['ra_test_'],
      tokenNoun: 'sandbox token',
    },
  ],
  fields: [
    {
      key: 'api_token',
      label: 'API Token',
      kind: 'secret',
      // Only the prefix is known; the rest of the format is unverified.
      pattern: 'ra_(live|test)_[A-Za-z0-9_-]+',
      patternMessage: 'Remote API tokens start with ra_live_ (Production) or ra_test_ (Sandbox).',
      example: 'ra_live_…',
      help: 'Copy it from the tokens table under **Integrations & APIs** → **Remote API** (⋯ → **Copy token**).',
    },
  ],
  guide: [
    {
      title: 'Generate an API token',
      intro: 'An API token authenticates requests to Remote’s API.',
      scopes: ['**Endpoint collections**: **Read Only** or **Full Access** (at least one)'],
      steps: [
        {
          title: 'Sign in to Remote',
          body: 'Sign in to your [Remote account](https://employ.remote.com).',
          bullets: [
            'In the left navigation panel, go to **Company** → **Company Settings** → **Integrations & APIs**.',
            'Click the **Remote API** card.',
          ],
        },
        {
          title: 'Generate a new API token',
          body: 'Click the **Generate API token** button.',
          bullets: [
            'Enter a descriptive name for the token, such as the name of this app.',
            'Under **Endpoint collections**, choose **Read Only** or **Full Access**. The connection needs at least one permission level.',
            'Read and agree to the **Remote API Terms of Use**.',
            'Click **Generate** to create the token.',
          ],
        },
        {
          title: 'Copy the API token',
          body: 'The new token appears in the tokens table.',
          bullets: [
            'Click the three-dot menu (⋯) next to the token and choose **Copy token**.',
            'Store it somewhere safe.',
          ],
        },
      ],
    },
    {
      title: 'Select your environment',
      intro: 'The environment must match your Remote account type and your token’s prefix.',
      steps: [
        {
          title: 'Pick the matching environment',
          bullets: [
            '**Production** for a live Remote account: production API tokens start with `ra_live_`.',
            '**Sandbox** for a Remote sandbox account used for testing: sandbox API tokens start with `ra_test_`.',
            'The environment must match the token: a sandbox token does not work with Production, and a production token does not work with Sandbox.',
          ],
        },
      ],
    },
  ],
  translations: {
    fr: {
      description: 'Collaborateurs, contrats de travail et données RH de votre entreprise sur Remote.',
      warning: 'Seul un administrateur ou un propriétaire de l’entreprise peut créer et révoquer des jetons d’API.',
      environments: {
        production: {
          label: 'Production',
          description: 'Votre compte Remote live.',
          tokenNoun: 'un jeton de production',
        },
        sandbox: {
          label: 'Sandbox',
          description: 'Un compte sandbox Remote, pour les tests.',
          tokenNoun: 'un jeton sandbox',
        },
      },
      fields: {
        api_token: {
          label: 'Jeton d’API',
          patternMessage: 'Les jetons d’API Remote commencent par ra_live_ (Production) ou ra_test_ (Sandbox).',
          help: 'Copiez-le depuis le tableau des jetons sous **Integrations & APIs** → **Remote API** (⋯ → **Copy token**).',
        },
      },
      guide: [
        {
          title: 'Générez un jeton d’API',
          intro: 'Un jeton d’API authentifie les requêtes envoyées à l’API de Remote.',
          scopes: ['**Endpoint collections**\u202f: **Read Only** ou **Full Access** (au moins un)'],
          steps: [
            {
              title: 'Connectez-vous à Remote',
              body: 'Connectez-vous à votre [compte Remote](https://employ.remote.com).',
              bullets: [
                'Dans le panneau de navigation de gauche, allez dans **Company** → **Company Settings** → **Integrations & APIs**.',
                'Cliquez sur la carte **Remote API**.',
              ],
            },
            {
              title: 'Générez un nouveau jeton d’API',
              body: 'Cliquez sur le bouton **Generate API token**.',
              bullets: [
                'Saisissez un nom descriptif pour le jeton, par exemple le nom de cette application.',
                'Sous **Endpoint collections**, choisissez **Read Only** ou **Full Access**. La connexion nécessite au moins un niveau d’autorisation.',
                'Lisez et acceptez les **Remote API Terms of Use**.',
                'Cliquez sur **Generate** pour créer le jeton.',
              ],
            },
            {
              title: 'Copiez le jeton d’API',
              body: 'Le nouveau jeton apparaît dans le tableau des jetons.',
              bullets: [
                'Cliquez sur le menu à trois points (⋯) à côté du jeton et choisissez **Copy token**.',
                'Conservez-le en lieu sûr.',
              ],
            },
          ],
        },
        {
          title: 'Sélectionnez votre environnement',
          intro: 'L’environnement doit correspondre au type de votre compte Remote et au préfixe de votre jeton.',
          steps: [
            {
              title: 'Choisissez l’environnement correspondant',
              bullets: [
                '**Production** pour un compte Remote live\u202f: les jetons d’API de production commencent par `ra_live_`.',
                '**Sandbox** pour un compte sandbox Remote utilisé pour les tests\u202f: les jetons d’API sandbox commencent par `ra_test_`.',
                'L’environnement doit correspondre au jeton\u202f: un jeton sandbox ne fonctionne pas avec Production, et un jeton de production ne fonctionne pas avec Sandbox.',
              ],
            },
          ],
        },
      ],
    },
    de: {
      description: 'Mitarbeitende, Beschäftigungsverhältnisse und Personaldaten Ihres Unternehmens bei Remote.',
      warning: 'Nur Unternehmensadmins oder Unternehmensinhaber können API-Tokens erstellen und widerrufen.',
      environments: {
        production: {
          label: 'Produktion',
          description: 'Ihr Live-Konto bei Remote.',
          tokenNoun: 'ein Produktions-Token',
        },
        sandbox: {
          label: 'Sandbox',
          description: 'Ein Sandbox-Konto bei Remote, zum Testen.',
          tokenNoun: 'ein Sandbox-Token',
        },
      },
      fields: {
        api_token: {
          label: 'API-Token',
          patternMessage: 'Remote-API-Tokens beginnen mit ra_live_ (Produktion) oder ra_test_ (Sandbox).',
          help: 'Kopieren Sie es aus der Token-Tabelle unter **Integrations & APIs** → **Remote API** (⋯ → **Copy token**).',
        },
      },
      guide: [
        {
          title: 'API-Token generieren',
          intro: 'Ein API-Token authentifiziert Anfragen an die API von Remote.',
          scopes: ['**Endpoint collections**: **Read Only** oder **Full Access** (mindestens eines)'],
          steps: [
            {
              title: 'Bei Remote anmelden',
              body: 'Melden Sie sich bei Ihrem [Remote-Konto](https://employ.remote.com) an.',
              bullets: [
                'Gehen Sie im linken Navigationsbereich zu **Company** → **Company Settings** → **Integrations & APIs**.',
                'Klicken Sie auf die Karte **Remote API**.',
              ],
            },
            {
              title: 'Neues API-Token generieren',
              body: 'Klicken Sie auf die Schaltfläche **Generate API token**.',
              bullets: [
                'Geben Sie einen aussagekräftigen Namen für das Token ein, zum Beispiel den Namen dieser App.',
                'Wählen Sie unter **Endpoint collections** **Read Only** oder **Full Access**. Die Verbindung benötigt mindestens eine Berechtigungsstufe.',
                'Lesen und akzeptieren Sie die **Remote API Terms of Use**.',
                'Klicken Sie auf **Generate**, um das Token zu erstellen.',
              ],
            },
            {
              title: 'API-Token kopieren',
              body: 'Das neue Token erscheint in der Token-Tabelle.',
              bullets: [
                'Klicken Sie neben dem Token auf das Drei-Punkte-Menü (⋯) und wählen Sie **Copy token**.',
                'Bewahren Sie es an einem sicheren Ort auf.',
              ],
            },
          ],
        },
        {
          title: 'Umgebung auswählen',
          intro: 'Die Umgebung muss zum Typ Ihres Remote-Kontos und zum Präfix Ihres Tokens passen.',
          steps: [
            {
              title: 'Passende Umgebung wählen',
              bullets: [
                '**Produktion** für ein Live-Konto bei Remote: Produktions-API-Tokens beginnen mit `ra_live_`.',
                '**Sandbox** für ein Sandbox-Konto bei Remote zum Testen: Sandbox-API-Tokens beginnen mit `ra_test_`.',
                'Die Umgebung muss zum Token passen: Ein Sandbox-Token funktioniert nicht mit Produktion, und ein Produktions-Token funktioniert nicht mit Sandbox.',
              ],
            },
          ],
        },
      ],
    },
  },
});
