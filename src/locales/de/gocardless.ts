import type { ProviderTranslation } from '../../definition/provider-schema.js';

/** The built-in GoCardless definition's text in German; its ids and checks stay in src/providers/gocardless.ts. */
export const gocardless: ProviderTranslation = {
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
        'GoCardless authentifiziert API-Aufrufe mit einem Bearer-Zugriffstoken. So erstellen Sie eines in Ihrem GoCardless-Dashboard:',
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
          title: 'Zur Seite Access tokens wechseln',
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
};
