import type { ProviderTranslation } from '../../definition/provider-schema.js';

/** The built-in Remote definition's text in German; its ids and checks stay in src/providers/remote.ts. */
export const remote: ProviderTranslation = {
  description: 'Mitarbeitende, Beschäftigungs\u00adverhältnisse und Personaldaten Ihres Unternehmens bei Remote.',
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
            'Wählen Sie im Bereich **Endpoint collections** entweder **Read Only** oder **Full Access**. Die Verbindung benötigt mindestens eine Berechtigungsstufe.',
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
            'Die Umgebung muss zum Token passen: Ein Sandbox-Token funktioniert nicht in der Umgebung „Produktion“, ein Produktions-Token nicht in der Umgebung „Sandbox“.',
          ],
        },
      ],
    },
  ],
};
