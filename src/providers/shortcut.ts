import { builtInDefinition } from '../definition/provider-schema.js';
import { lettermark, logoColors } from './logos.js';

const UUID = '[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}';

/** Shortcut: a personal API token, either a UUID (older) or `sct_rw_…` / `sct_ro_…`. */
export const shortcut = builtInDefinition({
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
        'Shortcut API tokens start with sct_rw_ or sct_ro_. Older tokens are 36 characters: digits and letters a–f in groups of 8-4-4-4-12, separated by dashes.',
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
});
