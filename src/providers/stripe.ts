import { defineProvider } from '../definition/provider-schema.js';
import { lettermark, logoColors } from './logos.js';

/** Stripe: a secret (`sk_…`) or restricted (`rk_…`) API key; the prefix names the environment. */
export const stripe = defineProvider({
  id: 'stripe',
  name: 'Stripe',
  category: 'payments',
  logo: lettermark('S', logoColors.stripe),
  description: 'Payments, customers and subscriptions.',
  warning: 'You need access to your Stripe Dashboard, with permissions that let you view API keys.',
  environments: [
    {
      id: 'production',
      label: 'Production',
      description: 'Your live account: real customers, real charges.',
      tokenPrefixes: ['sk_live_', 'rk_live_'],
      tokenNoun: 'live key',
    },
    {
      id: 'test',
      label: 'Test Mode',
      description: 'Simulated data and test card numbers; no real payments are processed.',
      tokenPrefixes: ['sk_test_', 'rk_test_'],
      tokenNoun: 'test key',
    },
  ],
  fields: [
    {
      key: 'api_key',
      label: 'API Key',
      kind: 'secret',
      pattern: '(sk|rk)_(test|live)_[A-Za-z0-9]{20,247}',
      patternMessage:
        'Stripe secret keys start with sk_live_ or sk_test_ (restricted keys: rk_live_ or rk_test_) followed by letters and digits.',
      example: 'sk_test_…',
      help: 'Your **Secret key** (or a restricted key) from **Developers** → **API keys** in the Stripe Dashboard.',
      knownMistakes: [
        {
          prefix: 'pk_test_',
          message:
            'This is your publishable test key. Connecting needs the Secret key (sk_test_…) or a restricted key (rk_test_…) from the same API keys page.',
        },
        {
          prefix: 'pk_live_',
          message:
            'This is your publishable live key. Connecting needs the Secret key (sk_live_…) or a restricted key (rk_live_…) from the same API keys page.',
        },
        {
          prefix: 'whsec_',
          message:
            'This is a webhook signing secret, not an API key. Use the Secret key (sk_…) or a restricted key (rk_…) from Developers → API keys.',
        },
      ],
    },
  ],
  guide: [
    {
      title: 'Choose your environment',
      intro:
        'Stripe keeps separate API keys for live (production) use and for testing. Pick the environment that fits what you want to do.',
      steps: [
        {
          title: 'Select the right environment',
          body: 'The form below asks you to choose an environment:',
          bullets: [
            '**Production**: real transactions, with actual customer data and charges.',
            '**Test Mode**: development and testing without processing real payments.',
            'Test Mode works with simulated data and test card numbers.',
            'To change environment later, create a new connection.',
          ],
        },
      ],
    },
    {
      title: 'Find your API keys',
      intro: 'Stripe creates API keys for your account automatically. To connect, copy your **Secret key**.',
      steps: [
        {
          title: 'Sign in to Stripe',
          body: 'Sign in to your [Stripe account](https://dashboard.stripe.com).',
        },
        {
          title: 'Switch to Test mode (if needed)',
          body: 'Test keys are only visible once Test mode is turned on in the Dashboard.',
          bullets: [
            'Find the **Test mode** toggle in the top-right corner of the Dashboard.',
            'Click it to switch between Live and Test mode.',
            'While Test mode is on, an orange **TEST MODE** banner shows at the top.',
            'The Dashboard address then includes `/test` (for example `dashboard.stripe.com/test/apikeys`).',
          ],
        },
        {
          title: 'Open the API keys page',
          body: 'In the left sidebar, go to **Developers** → **API keys**.',
          bullets: [
            'Or go straight to [API keys (live)](https://dashboard.stripe.com/apikeys) or [API keys (test)](https://dashboard.stripe.com/test/apikeys).',
          ],
        },
        {
          title: 'Reveal and copy your Secret key',
          body: 'Find your Secret key and copy it.',
          bullets: [
            'In the **Standard keys** section, find the **Secret key** row.',
            'Click **Reveal test key** or **Reveal live key** to show the whole key.',
            'Copy it with the copy icon, or select it and copy it.',
            'Test keys start with `sk_test_`, live keys with `sk_live_`.',
            'A live key can be revealed only once, so copy it while it is shown.',
            'Keep the Secret key safe: it gives full API access to your Stripe account.',
          ],
        },
      ],
    },
    {
      title: 'Match your key to your environment',
      intro: 'The key must belong to the environment you select in the form.',
      steps: [
        {
          title: 'Check that key and environment match',
          body: 'Use the kind of key that goes with the selected environment:',
          bullets: [
            '**Production**: a key starting with `sk_live_` or `rk_live_`.',
            '**Test Mode**: a key starting with `sk_test_` or `rk_test_`.',
            'A key from the other environment fails to authenticate.',
          ],
        },
      ],
    },
    {
      title: 'Use a restricted API key (optional)',
      intro:
        'Instead of a Secret key with full access, you can use a restricted key that only reaches the resources this app needs.',
      scopes: ['**Customers**: **Read** (the minimum)', 'Any other resource: **Read** or **Write**, as needed'],
      steps: [
        {
          title: 'Create a restricted key',
          body: 'A restricted key is a drop-in replacement for a Secret key and authenticates the same way (as a Bearer token).',
          bullets: [
            'In **Developers** → **API keys**, click **Create restricted key**.',
            'Under **How will you be using this key?**, pick the closest match: Powering an integration you built, Providing this key to a third-party application, or Authorising an AI agent.',
            'Give the key a name you will recognise, such as the name of this app.',
            'Permissions are set per resource (None, Read or Write). Grant at least **Read** on **Customers**: the connection test needs it.',
            'Grant **Read** or **Write** on any other resources you want this app to use.',
            'Click **Create key** and copy the new key.',
            'Restricted keys start with `rk_live_` (production) or `rk_test_` (test mode).',
            'Actions on a resource the key has no permission for may fail.',
          ],
        },
      ],
    },
  ],
  translations: {
    fr: {
      description: 'Paiements, clients et abonnements.',
      warning:
        'Vous devez avoir accès à votre tableau de bord Stripe (Dashboard), avec des autorisations qui permettent d’afficher les clés API.',
      environments: {
        production: {
          label: 'Production',
          description: 'Votre compte live\u202f: de vrais clients, de vrais paiements.',
          tokenNoun: 'une clé live',
        },
        test: {
          label: 'Mode test',
          description: 'Des données simulées et des numéros de carte de test\u202f; aucun paiement réel n’est traité.',
          tokenNoun: 'une clé de test',
        },
      },
      fields: {
        api_key: {
          label: 'Clé API',
          patternMessage:
            'Les clés secrètes Stripe commencent par sk_live_ ou sk_test_ (clés restreintes\u202f: rk_live_ ou rk_test_), suivi de lettres et de chiffres.',
          help: 'Votre **Secret key** (ou une clé restreinte), sous **Developers** → **API keys** dans le tableau de bord Stripe.',
          knownMistakes: [
            {
              prefix: 'pk_test_',
              message:
                'Il s’agit de votre clé publiable de test. La connexion nécessite la Secret key (sk_test_…) ou une clé restreinte (rk_test_…), sur la même page API keys.',
            },
            {
              prefix: 'pk_live_',
              message:
                'Il s’agit de votre clé publiable live. La connexion nécessite la Secret key (sk_live_…) ou une clé restreinte (rk_live_…), sur la même page API keys.',
            },
            {
              prefix: 'whsec_',
              message:
                'Il s’agit d’un secret de signature de webhook, pas d’une clé API. Utilisez la Secret key (sk_…) ou une clé restreinte (rk_…), sous Developers → API keys.',
            },
          ],
        },
      },
      guide: [
        {
          title: 'Choisissez votre environnement',
          intro:
            'Stripe utilise des clés API distinctes pour l’usage réel (production) et pour les tests. Choisissez l’environnement qui correspond à ce que vous voulez faire.',
          steps: [
            {
              title: 'Sélectionnez le bon environnement',
              body: 'Le formulaire ci-dessous vous demande de choisir un environnement\u202f:',
              bullets: [
                '**Production**\u202f: transactions réelles, avec de vraies données clients et de vrais paiements.',
                '**Mode test**\u202f: développement et tests, sans traitement de paiements réels.',
                'Le mode test fonctionne avec des données simulées et des numéros de carte de test.',
                'Pour changer d’environnement plus tard, créez une nouvelle connexion.',
              ],
            },
          ],
        },
        {
          title: 'Trouvez vos clés API',
          intro: 'Stripe crée automatiquement des clés API pour votre compte. Pour vous connecter, copiez votre **Secret key**.',
          steps: [
            {
              title: 'Connectez-vous à Stripe',
              body: 'Connectez-vous à votre [compte Stripe](https://dashboard.stripe.com).',
            },
            {
              title: 'Passez en mode test (si nécessaire)',
              body: 'Les clés de test ne sont visibles qu’une fois le mode test activé dans le tableau de bord.',
              bullets: [
                'Repérez l’interrupteur **Test mode** en haut à droite du tableau de bord.',
                'Cliquez dessus pour basculer entre le mode live et le mode test.',
                'Tant que le mode test est activé, un bandeau orange **TEST MODE** s’affiche en haut de la page.',
                'L’adresse du tableau de bord contient alors `/test` (par exemple `dashboard.stripe.com/test/apikeys`).',
              ],
            },
            {
              title: 'Ouvrez la page API keys',
              body: 'Dans la barre latérale gauche, allez dans **Developers** → **API keys**.',
              bullets: [
                'Ou allez directement sur [API keys (live)](https://dashboard.stripe.com/apikeys) ou [API keys (test)](https://dashboard.stripe.com/test/apikeys).',
              ],
            },
            {
              title: 'Affichez et copiez votre Secret key',
              body: 'Trouvez votre Secret key et copiez-la.',
              bullets: [
                'Dans la section **Standard keys**, repérez la ligne **Secret key**.',
                'Cliquez sur **Reveal test key** ou **Reveal live key** pour afficher la clé complète.',
                'Copiez-la avec l’icône de copie, ou sélectionnez-la et copiez-la.',
                'Les clés de test commencent par `sk_test_`, les clés live par `sk_live_`.',
                'Une clé live ne peut être affichée qu’une seule fois\u202f: copiez-la tant qu’elle est visible.',
                'Conservez la Secret key en lieu sûr\u202f: elle donne un accès complet à l’API de votre compte Stripe.',
              ],
            },
          ],
        },
        {
          title: 'Faites correspondre la clé et l’environnement',
          intro: 'La clé doit appartenir à l’environnement que vous sélectionnez dans le formulaire.',
          steps: [
            {
              title: 'Vérifiez que la clé et l’environnement correspondent',
              body: 'Utilisez le type de clé qui va avec l’environnement sélectionné\u202f:',
              bullets: [
                '**Production**\u202f: une clé qui commence par `sk_live_` ou `rk_live_`.',
                '**Mode test**\u202f: une clé qui commence par `sk_test_` ou `rk_test_`.',
                'Une clé de l’autre environnement échoue à l’authentification.',
              ],
            },
          ],
        },
        {
          title: 'Utilisez une clé API restreinte (facultatif)',
          intro:
            'Au lieu d’une Secret key à accès complet, vous pouvez utiliser une clé restreinte qui n’accède qu’aux ressources dont cette application a besoin.',
          scopes: ['**Customers**\u202f: **Read** (le minimum)', 'Toute autre ressource\u202f: **Read** ou **Write**, selon les besoins'],
          steps: [
            {
              title: 'Créez une clé restreinte',
              body: 'Une clé restreinte remplace directement une Secret key et s’authentifie de la même façon (comme jeton Bearer).',
              bullets: [
                'Dans **Developers** → **API keys**, cliquez sur **Create restricted key**.',
                'Sous **How will you be using this key?**, choisissez l’option la plus proche\u202f: Powering an integration you built, Providing this key to a third-party application ou Authorising an AI agent.',
                'Donnez à la clé un nom facile à reconnaître, par exemple le nom de cette application.',
                'Les autorisations se règlent par ressource (None, Read ou Write). Accordez au moins **Read** sur **Customers**\u202f: le test de connexion en a besoin.',
                'Accordez **Read** ou **Write** sur toute autre ressource que cette application doit utiliser.',
                'Cliquez sur **Create key** et copiez la nouvelle clé.',
                'Les clés restreintes commencent par `rk_live_` (production) ou `rk_test_` (mode test).',
                'Les actions sur une ressource pour laquelle la clé n’a pas d’autorisation peuvent échouer.',
              ],
            },
          ],
        },
      ],
    },
    de: {
      description: 'Zahlungen, Kunden und Abonnements.',
      warning: 'Sie benötigen Zugriff auf Ihr Stripe-Dashboard, mit Berechtigungen, die das Anzeigen von API-Schlüsseln erlauben.',
      environments: {
        production: {
          label: 'Produktion',
          description: 'Ihr Live-Konto: echte Kunden, echte Zahlungen.',
          tokenNoun: 'ein Live-Schlüssel',
        },
        test: {
          label: 'Testmodus',
          description: 'Simulierte Daten und Testkartennummern; es werden keine echten Zahlungen abgewickelt.',
          tokenNoun: 'ein Testschlüssel',
        },
      },
      fields: {
        api_key: {
          label: 'API-Schlüssel',
          patternMessage:
            'Geheime Stripe-Schlüssel beginnen mit sk_live_ oder sk_test_ (eingeschränkte Schlüssel: rk_live_ oder rk_test_), gefolgt von Buchstaben und Ziffern.',
          help: 'Ihr **Secret key** (oder ein eingeschränkter Schlüssel) unter **Developers** → **API keys** im Stripe-Dashboard.',
          knownMistakes: [
            {
              prefix: 'pk_test_',
              message:
                'Das ist Ihr veröffentlichbarer Testschlüssel. Für die Verbindung brauchen Sie den Secret key (sk_test_…) oder einen eingeschränkten Schlüssel (rk_test_…) von derselben Seite API keys.',
            },
            {
              prefix: 'pk_live_',
              message:
                'Das ist Ihr veröffentlichbarer Live-Schlüssel. Für die Verbindung brauchen Sie den Secret key (sk_live_…) oder einen eingeschränkten Schlüssel (rk_live_…) von derselben Seite API keys.',
            },
            {
              prefix: 'whsec_',
              message:
                'Das ist ein Webhook-Signaturgeheimnis, kein API-Schlüssel. Verwenden Sie den Secret key (sk_…) oder einen eingeschränkten Schlüssel (rk_…) unter Developers → API keys.',
            },
          ],
        },
      },
      guide: [
        {
          title: 'Umgebung wählen',
          intro:
            'Stripe verwendet getrennte API-Schlüssel für den Live-Betrieb (Produktion) und für Tests. Wählen Sie die Umgebung, die zu Ihrem Vorhaben passt.',
          steps: [
            {
              title: 'Die richtige Umgebung auswählen',
              body: 'Im Formular unten wählen Sie eine Umgebung:',
              bullets: [
                '**Produktion**: echte Transaktionen mit tatsächlichen Kundendaten und Zahlungen.',
                '**Testmodus**: Entwicklung und Tests, ohne dass echte Zahlungen abgewickelt werden.',
                'Der Testmodus arbeitet mit simulierten Daten und Testkartennummern.',
                'Um die Umgebung später zu ändern, legen Sie eine neue Verbindung an.',
              ],
            },
          ],
        },
        {
          title: 'API-Schlüssel finden',
          intro: 'Stripe erstellt die API-Schlüssel für Ihr Konto automatisch. Kopieren Sie für die Verbindung Ihren **Secret key**.',
          steps: [
            {
              title: 'Bei Stripe anmelden',
              body: 'Melden Sie sich bei Ihrem [Stripe-Konto](https://dashboard.stripe.com) an.',
            },
            {
              title: 'In den Testmodus wechseln (falls nötig)',
              body: 'Testschlüssel sind erst sichtbar, wenn der Testmodus im Dashboard eingeschaltet ist.',
              bullets: [
                'Suchen Sie den Schalter **Test mode** oben rechts im Dashboard.',
                'Klicken Sie darauf, um zwischen Live- und Testmodus zu wechseln.',
                'Solange der Testmodus aktiv ist, wird oben ein orangefarbenes Banner **TEST MODE** angezeigt.',
                'Die Dashboard-Adresse enthält dann `/test` (zum Beispiel `dashboard.stripe.com/test/apikeys`).',
              ],
            },
            {
              title: 'Die Seite API keys öffnen',
              body: 'Gehen Sie in der linken Seitenleiste zu **Developers** → **API keys**.',
              bullets: [
                'Oder öffnen Sie direkt [API keys (live)](https://dashboard.stripe.com/apikeys) oder [API keys (test)](https://dashboard.stripe.com/test/apikeys).',
              ],
            },
            {
              title: 'Secret key anzeigen und kopieren',
              body: 'Suchen Sie Ihren Secret key und kopieren Sie ihn.',
              bullets: [
                'Suchen Sie im Abschnitt **Standard keys** die Zeile **Secret key**.',
                'Klicken Sie auf **Reveal test key** oder **Reveal live key**, um den ganzen Schlüssel anzuzeigen.',
                'Kopieren Sie ihn mit dem Kopiersymbol, oder markieren und kopieren Sie ihn.',
                'Testschlüssel beginnen mit `sk_test_`, Live-Schlüssel mit `sk_live_`.',
                'Ein Live-Schlüssel lässt sich nur einmal anzeigen: Kopieren Sie ihn, solange er sichtbar ist.',
                'Bewahren Sie den Secret key sicher auf: Er gewährt vollen API-Zugriff auf Ihr Stripe-Konto.',
              ],
            },
          ],
        },
        {
          title: 'Schlüssel und Umgebung abstimmen',
          intro: 'Der Schlüssel muss zu der Umgebung gehören, die Sie im Formular auswählen.',
          steps: [
            {
              title: 'Prüfen, ob Schlüssel und Umgebung zusammenpassen',
              body: 'Verwenden Sie die Art von Schlüssel, die zur ausgewählten Umgebung gehört:',
              bullets: [
                '**Produktion**: ein Schlüssel, der mit `sk_live_` oder `rk_live_` beginnt.',
                '**Testmodus**: ein Schlüssel, der mit `sk_test_` oder `rk_test_` beginnt.',
                'Ein Schlüssel aus der anderen Umgebung scheitert bei der Authentifizierung.',
              ],
            },
          ],
        },
        {
          title: 'Eingeschränkten API-Schlüssel verwenden (optional)',
          intro:
            'Statt eines Secret key mit vollem Zugriff können Sie einen eingeschränkten Schlüssel verwenden, der nur die Ressourcen erreicht, die diese App braucht.',
          scopes: ['**Customers**: **Read** (das Minimum)', 'Jede andere Ressource: **Read** oder **Write**, je nach Bedarf'],
          steps: [
            {
              title: 'Eingeschränkten Schlüssel erstellen',
              body: 'Ein eingeschränkter Schlüssel ersetzt einen Secret key direkt und authentifiziert sich genauso (als Bearer-Token).',
              bullets: [
                'Klicken Sie unter **Developers** → **API keys** auf **Create restricted key**.',
                'Wählen Sie unter **How will you be using this key?** die passendste Option: Powering an integration you built, Providing this key to a third-party application oder Authorising an AI agent.',
                'Geben Sie dem Schlüssel einen Namen, den Sie wiedererkennen, zum Beispiel den Namen dieser App.',
                'Berechtigungen werden pro Ressource festgelegt (None, Read oder Write). Gewähren Sie mindestens **Read** für **Customers**: Der Verbindungstest benötigt das.',
                'Gewähren Sie **Read** oder **Write** für alle weiteren Ressourcen, die diese App nutzen soll.',
                'Klicken Sie auf **Create key** und kopieren Sie den neuen Schlüssel.',
                'Eingeschränkte Schlüssel beginnen mit `rk_live_` (Produktion) oder `rk_test_` (Testmodus).',
                'Aktionen auf einer Ressource, für die der Schlüssel keine Berechtigung hat, können fehlschlagen.',
              ],
            },
          ],
        },
      ],
    },
  },
});
