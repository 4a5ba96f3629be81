import { builtInDefinition } from '../definition/provider-schema.js';
import { lettermark, logoColors } from './logos.js';

/** GoCardless: an access token; `live_` and `sandbox_` tokens belong to separate accounts. */
export const gocardless = builtInDefinition({
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
});
