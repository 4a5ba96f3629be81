import { builtInDefinition } from '../definition/provider-schema.js';
import { lettermark, logoColors } from './logos.js';

/** LaunchDarkly: an API access token (`api-` + UUID), plus the instance the account lives on. */
export const launchdarkly = builtInDefinition({
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
        'LaunchDarkly access tokens start with api- followed by 32 digits and lowercase letters a–f in dashed groups, like api-xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx.',
      example: 'api-…',
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
});
