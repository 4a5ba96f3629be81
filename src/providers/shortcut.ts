import { defineProvider } from '../definition/provider-schema.js';
import { lettermark, logoColors } from './logos.js';

const UUID = '[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}';

/** Shortcut: a personal API token, either a UUID (older) or `sct_rw_…` / `sct_ro_…`. */
export const shortcut = defineProvider({
  id: 'shortcut',
  name: 'Shortcut',
  category: 'project-management',
  logo: lettermark('Sc', logoColors.shortcut),
  description: 'Stories, epics and iterations in your Shortcut workspace.',
  warning:
    'An API token gives full access to your Shortcut workspace data: keep it secure and never share it publicly. New tokens are read-only by default; untick the read-only option if this app needs to create, update or delete data.',
  environments: [],
  fields: [
    {
      key: 'api_token',
      label: 'API Token',
      kind: 'secret',
      // Newer tokens: `sct_rw_` / `sct_ro_` then a workspace part and a random part (length unverified).
      pattern: `${UUID}|sct_(rw|ro)_[A-Za-z0-9_-]+`,
      patternMessage:
        'Shortcut API tokens start with sct_rw_ or sct_ro_. Older tokens are 36 characters: letters and digits in groups of 8-4-4-4-12, separated by dashes.',
      example: 'sct_rw_…',
      help: 'Generated under **Settings** → **My Account** → **API Tokens**; it is shown only once.',
      hints: [
        {
          prefix: 'sct_ro_',
          message:
            'This is a read-only token: this app can read your workspace but not create, update or delete anything. If it needs to write, generate a token with the Read-only box unticked.',
        },
      ],
    },
  ],
  guide: [
    {
      title: 'Generate an API token',
      intro: 'Create a new API token in your own Shortcut account settings. You don’t need admin access.',
      scopes: [
        '**Read-only** (ticked by default): cannot create, update or delete data',
        'Untick **Read-only** if this app needs to write',
      ],
      steps: [
        {
          title: 'Sign in to Shortcut',
          body: 'Sign in to your [Shortcut account](https://app.shortcut.com).',
          bullets: [
            'Click **Settings** at the bottom of the left sidebar.',
            'Under **My Account**, click **API Tokens**.',
          ],
        },
        {
          title: 'Create a new token',
          body: 'Type a descriptive name into the **Token Name** field (for example, the name of this app), set the access level, then click **Generate Token**.',
          bullets: [
            'The **Read-only (cannot create, update, or delete data)** checkbox is ticked by default: untick it if this app needs to perform write actions.',
            'Copy the token straight away and keep it safe: it is shown only once.',
          ],
        },
      ],
    },
  ],
  translations: {
    fr: {
      description: 'Stories, epics et itérations de votre espace de travail Shortcut.',
      warning:
        'Un jeton d’API donne un accès complet aux données de votre espace de travail Shortcut\u202f: gardez-le en sécurité et ne le partagez jamais publiquement. Les nouveaux jetons sont en lecture seule par défaut\u202f; décochez l’option de lecture seule si cette application doit créer, modifier ou supprimer des données.',
      fields: {
        api_token: {
          label: 'Jeton d’API',
          patternMessage:
            'Les jetons d’API Shortcut commencent par sct_rw_ ou sct_ro_. Les jetons plus anciens comptent 36 caractères\u202f: des lettres et des chiffres en groupes de 8-4-4-4-12, séparés par des tirets.',
          help: 'Généré sous **Settings** → **My Account** → **API Tokens**\u202f; il n’est affiché qu’une seule fois.',
          hints: [
            {
              prefix: 'sct_ro_',
              message:
                'Il s’agit d’un jeton en lecture seule\u202f: cette application pourra lire votre espace de travail, mais ni créer, ni modifier, ni supprimer quoi que ce soit. Si elle doit écrire, générez un jeton en décochant la case Read-only.',
            },
          ],
        },
      },
      guide: [
        {
          title: 'Générez un jeton d’API',
          intro:
            'Créez un nouveau jeton d’API dans les paramètres de votre propre compte Shortcut. Aucun accès administrateur n’est nécessaire.',
          scopes: [
            '**Read-only** (coché par défaut)\u202f: impossible de créer, modifier ou supprimer des données',
            'Décochez **Read-only** si cette application doit écrire',
          ],
          steps: [
            {
              title: 'Connectez-vous à Shortcut',
              body: 'Connectez-vous à votre [compte Shortcut](https://app.shortcut.com).',
              bullets: [
                'Cliquez sur **Settings** en bas de la barre latérale gauche.',
                'Sous **My Account**, cliquez sur **API Tokens**.',
              ],
            },
            {
              title: 'Créez un nouveau jeton',
              body: 'Saisissez un nom descriptif dans le champ **Token Name** (par exemple le nom de cette application), réglez le niveau d’accès, puis cliquez sur **Generate Token**.',
              bullets: [
                'La case **Read-only (cannot create, update, or delete data)** est cochée par défaut\u202f: décochez-la si cette application doit effectuer des opérations d’écriture.',
                'Copiez le jeton immédiatement et conservez-le en lieu sûr\u202f: il n’est affiché qu’une seule fois.',
              ],
            },
          ],
        },
      ],
    },
    de: {
      description: 'Storys, Epics und Iterationen in Ihrem Shortcut-Workspace.',
      warning:
        'Ein API-Token gewährt vollen Zugriff auf die Daten Ihres Shortcut-Workspace: Bewahren Sie es sicher auf und geben Sie es niemals öffentlich weiter. Neue Tokens sind standardmäßig schreibgeschützt; deaktivieren Sie die Nur-Lesen-Option, wenn diese App Daten erstellen, ändern oder löschen muss.',
      fields: {
        api_token: {
          label: 'API-Token',
          patternMessage:
            'Shortcut-API-Tokens beginnen mit sct_rw_ oder sct_ro_. Ältere Tokens haben 36 Zeichen: Buchstaben und Ziffern in Gruppen von 8-4-4-4-12, durch Bindestriche getrennt.',
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
    },
  },
});
