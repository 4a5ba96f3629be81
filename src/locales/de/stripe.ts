import type { ProviderTranslation } from '../../definition/provider-schema.js';

/** The built-in Stripe definition's text in German; its ids and checks stay in src/providers/stripe.ts. */
export const stripe: ProviderTranslation = {
  description: 'Zahlungen, Kunden und Abonnements.',
  warning: 'Sie benötigen Zugriff auf Ihr Stripe-Dashboard und die Berechtigung, API-Schlüssel anzuzeigen.',
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
        'Geheime Stripe-Schlüssel beginnen mit sk_live_ oder sk_test_ (eingeschränkte Schlüssel: rk_live_ oder rk_test_), gefolgt von mindestens 20 Buchstaben und Ziffern.',
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
            'Mit einem Schlüssel aus der anderen Umgebung schlägt die Authentifizierung fehl.',
          ],
        },
      ],
    },
    {
      title: 'Eingeschränkten API-Schlüssel verwenden (optional)',
      intro:
        'Statt des Secret key mit vollem Zugriff können Sie einen eingeschränkten Schlüssel verwenden, der nur auf die Ressourcen zugreifen kann, die diese App braucht.',
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
            'Aktionen für eine Ressource, für die der Schlüssel keine Berechtigung hat, können fehlschlagen.',
          ],
        },
      ],
    },
  ],
};
