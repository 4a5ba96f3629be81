import { builtInDefinition } from '../definition/provider-schema.js';
import { lettermark, logoColors } from './logos.js';

/** Stripe: a secret (`sk_…`) or restricted (`rk_…`) API key; the prefix names the environment. */
export const stripe = builtInDefinition({
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
        'Stripe secret keys start with sk_live_ or sk_test_ (restricted keys: rk_live_ or rk_test_) followed by at least 20 letters and digits.',
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
});
