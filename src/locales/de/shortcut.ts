import type { ProviderTranslation } from '../../definition/provider-schema.js';

/** The built-in Shortcut definition's text in German; its ids and checks stay in src/providers/shortcut.ts. */
export const shortcut: ProviderTranslation = {
  description: 'Storys, Epics und Iterationen in Ihrem Shortcut-Workspace.',
  warning:
    'Ein API-Token gewährt vollen Zugriff auf die Daten Ihres Shortcut-Workspaces: Bewahren Sie es sicher auf und geben Sie es niemals öffentlich weiter. Neue Tokens sind standardmäßig schreibgeschützt; entfernen Sie das Häkchen bei Read-only, wenn diese App Daten erstellen, ändern oder löschen muss.',
  fields: {
    api_token: {
      label: 'API-Token',
      patternMessage:
        'Shortcut-API-Tokens beginnen mit sct_rw_ oder sct_ro_. Ältere Tokens haben 36 Zeichen: Ziffern und Buchstaben a–f in Gruppen von 8-4-4-4-12, durch Bindestriche getrennt.',
      help: 'Wird unter **Settings** → **My Account** → **API Tokens** erzeugt und nur einmal angezeigt.',
      hints: [
        {
          prefix: 'sct_ro_',
          message:
            'Das ist ein schreibgeschütztes Token: Diese App kann Ihren Workspace lesen, aber nichts erstellen, ändern oder löschen. Wenn sie schreiben muss, erzeugen Sie ein Token ohne Häkchen bei Read-only.',
        },
      ],
    },
  },
  guide: [
    {
      title: 'API-Token generieren',
      intro:
        'Erstellen Sie ein neues API-Token in den Einstellungen Ihres eigenen Shortcut-Kontos. Sie brauchen dafür keine Adminrechte.',
      scopes: [
        '**Read-only** (standardmäßig aktiviert): kann keine Daten erstellen, ändern oder löschen',
        'Deaktivieren Sie **Read-only**, wenn diese App schreiben muss',
      ],
      steps: [
        {
          title: 'Bei Shortcut anmelden',
          body: 'Melden Sie sich bei Ihrem [Shortcut-Konto](https://app.shortcut.com) an.',
          bullets: [
            'Klicken Sie unten in der linken Seitenleiste auf **Settings**.',
            'Klicken Sie unter **My Account** auf **API Tokens**.',
          ],
        },
        {
          title: 'Neues Token erstellen',
          body: 'Geben Sie in das Feld **Token Name** einen aussagekräftigen Namen ein (zum Beispiel den Namen dieser App), legen Sie die Zugriffsstufe fest und klicken Sie dann auf **Generate Token**.',
          bullets: [
            'Das Kontrollkästchen **Read-only (cannot create, update, or delete data)** ist standardmäßig aktiviert: Deaktivieren Sie es, wenn diese App Schreibvorgänge ausführen muss.',
            'Kopieren Sie das Token sofort und bewahren Sie es sicher auf: Es wird nur einmal angezeigt.',
          ],
        },
      ],
    },
  ],
};
