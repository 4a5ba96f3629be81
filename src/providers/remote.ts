import { builtInDefinition } from '../definition/provider-schema.js';
import { lettermark, logoColors } from './logos.js';

/** Remote: an API token; `ra_live_` is Production, `ra_test_` is Sandbox. */
export const remote = builtInDefinition({
  id: 'remote',
  name: 'Remote',
  category: 'hr',
  logo: lettermark('R', logoColors.remote),
  description: 'People, employments and HR data in your Remote company.',
  warning: 'Only a company admin or company owner can create and revoke API tokens.',
  environments: [
    {
      id: 'production',
      label: 'Production',
      description: 'Your live Remote account.',
      tokenPrefixes: ['ra_live_'],
      tokenNoun: 'production token',
    },
    {
      id: 'sandbox',
      label: 'Sandbox',
      description: 'A Remote sandbox account, for testing.',
      tokenPrefixes: ['ra_test_'],
      tokenNoun: 'sandbox token',
    },
  ],
  fields: [
    {
      key: 'api_token',
      label: 'API Token',
      kind: 'secret',
      // Only the prefix is known; the rest of the format is unverified.
      pattern: 'ra_(live|test)_[A-Za-z0-9_-]+',
      patternMessage: 'Remote API tokens start with ra_live_ (Production) or ra_test_ (Sandbox).',
      example: 'ra_live_…',
      help: 'Copy it from the tokens table under **Integrations & APIs** → **Remote API** (⋯ → **Copy token**).',
    },
  ],
  guide: [
    {
      title: 'Generate an API token',
      intro: 'An API token authenticates requests to Remote’s API.',
      scopes: ['**Endpoint collections**: **Read Only** or **Full Access** (at least one)'],
      steps: [
        {
          title: 'Sign in to Remote',
          body: 'Sign in to your [Remote account](https://employ.remote.com).',
          bullets: [
            'In the left navigation panel, go to **Company** → **Company Settings** → **Integrations & APIs**.',
            'Click the **Remote API** card.',
          ],
        },
        {
          title: 'Generate a new API token',
          body: 'Click the **Generate API token** button.',
          bullets: [
            'Enter a descriptive name for the token, such as the name of this app.',
            'Under **Endpoint collections**, choose **Read Only** or **Full Access**. The connection needs at least one permission level.',
            'Read and agree to the **Remote API Terms of Use**.',
            'Click **Generate** to create the token.',
          ],
        },
        {
          title: 'Copy the API token',
          body: 'The new token appears in the tokens table.',
          bullets: [
            'Click the three-dot menu (⋯) next to the token and choose **Copy token**.',
            'Store it somewhere safe.',
          ],
        },
      ],
    },
    {
      title: 'Select your environment',
      intro: 'The environment must match your Remote account type and your token’s prefix.',
      steps: [
        {
          title: 'Pick the matching environment',
          bullets: [
            '**Production** for a live Remote account: production API tokens start with `ra_live_`.',
            '**Sandbox** for a Remote sandbox account used for testing: sandbox API tokens start with `ra_test_`.',
            'The environment must match the token: a sandbox token does not work with Production, and a production token does not work with Sandbox.',
          ],
        },
      ],
    },
  ],
});
