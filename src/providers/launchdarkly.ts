import { defineProvider } from '../definition/provider-schema.js';
import { lettermark, logoColors } from './logos.js';

/** LaunchDarkly: an API access token (`api-` + UUID), plus the instance the account lives on. */
export const launchdarkly = defineProvider({
  id: 'launchdarkly',
  name: 'LaunchDarkly',
  category: 'feature-flags',
  logo: lettermark('LD', logoColors.launchdarkly),
  description: 'Feature flags, projects and environments.',
  warning:
    'Creating API access tokens requires admin privileges, or a custom role with the appropriate resource permissions.',
  environments: [],
  fields: [
    {
      key: 'access_token',
      label: 'Access Token',
      kind: 'secret',
      pattern: 'api-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}',
      patternMessage:
        'LaunchDarkly access tokens start with api- followed by 32 letters and digits in dashed groups, like api-xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx.',
      example: 'api-xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx',
      help: 'Created under **Organization settings** → **Authorization**; it is shown only once.',
      knownMistakes: [
        {
          prefix: 'sdk-',
          message:
            'This is an SDK key (sdk-…), which cannot call the LaunchDarkly REST API. Create an access token under Organization settings → Authorization instead; it starts with api-.',
        },
        {
          prefix: 'mob-',
          message:
            'This is a mobile key (mob-…), which cannot call the LaunchDarkly REST API. Create an access token under Organization settings → Authorization instead; it starts with api-.',
        },
      ],
    },
    {
      key: 'instance',
      label: 'Instance',
      kind: 'select',
      required: true,
      defaultValue: 'commercial',
      help: 'Where your account is hosted: pick the address you sign in at.',
      options: [
        { value: 'commercial', label: 'Commercial', description: 'app.launchdarkly.com' },
        { value: 'eu', label: 'EU', description: 'app.eu.launchdarkly.com' },
        { value: 'federal', label: 'Federal', description: 'app.launchdarkly.us' },
      ],
    },
  ],
  guide: [
    {
      title: 'Create an API access token',
      intro: 'To connect LaunchDarkly, create an API access token in your LaunchDarkly account.',
      scopes: ['**Reader**: read-only access', '**Writer**: can make changes', '**Admin**: full access (recommended)'],
      steps: [
        {
          title: 'Open the Authorization settings',
          body: 'Sign in to your [LaunchDarkly account](https://app.launchdarkly.com) and go to the Authorization settings.',
          bullets: [
            'Click the gear icon at the bottom of the left sidebar to open **Organization settings**.',
            'Click **Authorization** in the sidebar to reach the access tokens page.',
            'If your account is on the EU (`app.eu.launchdarkly.com`) or Federal (`app.launchdarkly.us`) instance, sign in there instead and choose that **Instance** in the form.',
          ],
        },
        {
          title: 'Create a new token',
          body: 'In the **Access tokens** section, click **Create token**.',
        },
        {
          title: 'Configure the token',
          body: 'Fill in the token details:',
          bullets: [
            '**Name**: a descriptive name, such as the name of this app.',
            '**Role**: **Reader** for read-only access, **Writer** to make changes, or **Admin** for full access (recommended).',
            'Tick **This is a service token** for a long-term integration.',
            'A service token’s permissions are fixed for good once it is created: they cannot be edited.',
          ],
        },
        {
          title: 'Copy the access token',
          body: 'Right after creating it, copy the token and store it somewhere safe.',
          bullets: [
            '**Important**: the token is shown only once. If you leave or refresh the page, it is obscured and cannot be retrieved.',
            'It looks like `api-xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx`.',
          ],
        },
      ],
    },
  ],
  translations: {
    fr: {
      description: 'Feature flags, projets et environnements.',
      warning:
        'La création de jetons d’accès à l’API nécessite des droits d’administrateur, ou un rôle personnalisé disposant des autorisations adéquates sur les ressources.',
      fields: {
        access_token: {
          label: 'Jeton d’accès',
          patternMessage:
            'Les jetons d’accès LaunchDarkly commencent par api-, suivi de 32 lettres et chiffres en groupes séparés par des tirets, comme api-xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx.',
          help: 'Créé sous **Organization settings** → **Authorization**\u202f; il n’est affiché qu’une seule fois.',
          knownMistakes: [
            {
              prefix: 'sdk-',
              message:
                'Il s’agit d’une clé SDK (sdk-…), qui ne permet pas d’appeler l’API REST de LaunchDarkly. Créez plutôt un jeton d’accès sous Organization settings → Authorization\u202f; il commence par api-.',
            },
            {
              prefix: 'mob-',
              message:
                'Il s’agit d’une clé mobile (mob-…), qui ne permet pas d’appeler l’API REST de LaunchDarkly. Créez plutôt un jeton d’accès sous Organization settings → Authorization\u202f; il commence par api-.',
            },
          ],
        },
        instance: {
          label: 'Instance',
          help: 'L’endroit où votre compte est hébergé\u202f: choisissez l’adresse à laquelle vous vous connectez.',
          options: {
            commercial: { label: 'Commerciale' },
            eu: { label: 'UE' },
            federal: { label: 'Fédérale' },
          },
        },
      },
      guide: [
        {
          title: 'Créez un jeton d’accès à l’API',
          intro: 'Pour connecter LaunchDarkly, créez un jeton d’accès à l’API dans votre compte LaunchDarkly.',
          scopes: [
            '**Reader**\u202f: accès en lecture seule',
            '**Writer**\u202f: peut apporter des modifications',
            '**Admin**\u202f: accès complet (recommandé)',
          ],
          steps: [
            {
              title: 'Ouvrez les paramètres Authorization',
              body: 'Connectez-vous à votre [compte LaunchDarkly](https://app.launchdarkly.com) et ouvrez les paramètres Authorization.',
              bullets: [
                'Cliquez sur l’icône en forme d’engrenage en bas de la barre latérale gauche pour ouvrir **Organization settings**.',
                'Cliquez sur **Authorization** dans la barre latérale pour accéder à la page des jetons d’accès.',
                'Si votre compte se trouve sur l’instance UE (`app.eu.launchdarkly.com`) ou Fédérale (`app.launchdarkly.us`), connectez-vous plutôt à celle-ci et choisissez cette **Instance** dans le formulaire.',
              ],
            },
            {
              title: 'Créez un nouveau jeton',
              body: 'Dans la section **Access tokens**, cliquez sur **Create token**.',
            },
            {
              title: 'Configurez le jeton',
              body: 'Renseignez les détails du jeton\u202f:',
              bullets: [
                '**Name**\u202f: un nom descriptif, par exemple le nom de cette application.',
                '**Role**\u202f: **Reader** pour un accès en lecture seule, **Writer** pour apporter des modifications, ou **Admin** pour un accès complet (recommandé).',
                'Cochez **This is a service token** pour une intégration durable.',
                'Les autorisations d’un jeton de service sont définitives une fois qu’il est créé\u202f: elles ne peuvent pas être modifiées.',
              ],
            },
            {
              title: 'Copiez le jeton d’accès',
              body: 'Juste après l’avoir créé, copiez le jeton et conservez-le en lieu sûr.',
              bullets: [
                '**Important**\u202f: le jeton n’est affiché qu’une seule fois. Si vous quittez ou actualisez la page, il est masqué et ne peut plus être récupéré.',
                'Il ressemble à `api-xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx`.',
              ],
            },
          ],
        },
      ],
    },
    de: {
      description: 'Feature-Flags, Projekte und Umgebungen.',
      warning:
        'Zum Erstellen von API-Zugriffstokens brauchen Sie Adminrechte oder eine benutzerdefinierte Rolle mit den passenden Ressourcenberechtigungen.',
      fields: {
        access_token: {
          label: 'Zugriffstoken',
          patternMessage:
            'LaunchDarkly-Zugriffstokens beginnen mit api-, gefolgt von 32 Buchstaben und Ziffern in Gruppen mit Bindestrichen, etwa api-xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx.',
          help: 'Wird unter **Organization settings** → **Authorization** erstellt und nur einmal angezeigt.',
          knownMistakes: [
            {
              prefix: 'sdk-',
              message:
                'Das ist ein SDK-Schlüssel (sdk-…), mit dem sich die REST-API von LaunchDarkly nicht aufrufen lässt. Erstellen Sie stattdessen ein Zugriffstoken unter Organization settings → Authorization; es beginnt mit api-.',
            },
            {
              prefix: 'mob-',
              message:
                'Das ist ein mobiler Schlüssel (mob-…), mit dem sich die REST-API von LaunchDarkly nicht aufrufen lässt. Erstellen Sie stattdessen ein Zugriffstoken unter Organization settings → Authorization; es beginnt mit api-.',
            },
          ],
        },
        instance: {
          label: 'Instanz',
          help: 'Wo Ihr Konto gehostet wird: Wählen Sie die Adresse, unter der Sie sich anmelden.',
          options: {
            commercial: { label: 'Kommerziell' },
            eu: { label: 'EU' },
            federal: { label: 'Federal' },
          },
        },
      },
      guide: [
        {
          title: 'API-Zugriffstoken erstellen',
          intro: 'Um LaunchDarkly zu verbinden, erstellen Sie ein API-Zugriffstoken in Ihrem LaunchDarkly-Konto.',
          scopes: ['**Reader**: nur Lesezugriff', '**Writer**: kann Änderungen vornehmen', '**Admin**: voller Zugriff (empfohlen)'],
          steps: [
            {
              title: 'Authorization-Einstellungen öffnen',
              body: 'Melden Sie sich bei Ihrem [LaunchDarkly-Konto](https://app.launchdarkly.com) an und öffnen Sie die Authorization-Einstellungen.',
              bullets: [
                'Klicken Sie unten in der linken Seitenleiste auf das Zahnradsymbol, um **Organization settings** zu öffnen.',
                'Klicken Sie in der Seitenleiste auf **Authorization**, um zur Seite mit den Zugriffstokens zu gelangen.',
                'Liegt Ihr Konto auf der Instanz EU (`app.eu.launchdarkly.com`) oder Federal (`app.launchdarkly.us`), melden Sie sich stattdessen dort an und wählen Sie diese **Instanz** im Formular.',
              ],
            },
            {
              title: 'Neues Token erstellen',
              body: 'Klicken Sie im Abschnitt **Access tokens** auf **Create token**.',
            },
            {
              title: 'Token konfigurieren',
              body: 'Füllen Sie die Token-Details aus:',
              bullets: [
                '**Name**: ein aussagekräftiger Name, zum Beispiel der Name dieser App.',
                '**Role**: **Reader** für Lesezugriff, **Writer** für Änderungen oder **Admin** für vollen Zugriff (empfohlen).',
                'Aktivieren Sie **This is a service token** für eine dauerhafte Integration.',
                'Die Berechtigungen eines Service-Tokens stehen nach dem Erstellen endgültig fest und lassen sich nicht bearbeiten.',
              ],
            },
            {
              title: 'Zugriffstoken kopieren',
              body: 'Kopieren Sie das Token direkt nach dem Erstellen und bewahren Sie es sicher auf.',
              bullets: [
                '**Wichtig**: Das Token wird nur einmal angezeigt. Wenn Sie die Seite verlassen oder neu laden, wird es verdeckt und lässt sich nicht wiederherstellen.',
                'Es sieht so aus: `api-xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx`.',
              ],
            },
          ],
        },
      ],
    },
  },
});
