import { builtInProviders, ConnectHub, defineProvider } from '../index.js';
import { lettermark } from '../providers/logos.js';
import type { Meta, StoryObj } from '../dev/gallery/csf.js';
import { acceptConnect } from '../dev/gallery/mock-fetch.js';
import { hostArgs, providerPlays } from '../dev/gallery/provider-plays.js';

/**
 * A provider a host defines itself: data checked by `defineProvider`, with every kind of field
 * (a secret, a long select shown as a drop-down, an optional text field) and two environments.
 */
const acme = defineProvider({
  id: 'acme_crm',
  name: 'Acme CRM',
  category: 'crm',
  logo: lettermark('A', '#0F766E'),
  description: 'Contacts, companies and deals.',
  warning: 'Only **workspace admins** can create API keys.',
  environments: [
    { id: 'production', label: 'Production', tokenPrefixes: ['acme_live_'], tokenNoun: 'live key' },
    {
      id: 'sandbox',
      label: 'Sandbox',
      description: 'A copy of your workspace for testing.',
      tokenPrefixes: ['acme_test_'],
      tokenNoun: 'sandbox key',
    },
  ],
  fields: [
    {
      key: 'api_key',
      label: 'API Key',
      kind: 'secret',
      pattern: 'acme_(live|test)_[A-Za-z0-9]{24}',
      patternMessage: 'Acme keys start with acme_live_ or acme_test_, then 24 letters and digits.',
      example: 'acme_live_…',
      knownMistakes: [{ prefix: 'pub_', message: 'This is the public key; use the secret API key.' }],
    },
    {
      key: 'region',
      label: 'Data region',
      kind: 'select',
      help: 'Shown under **Settings** → **Workspace**.',
      options: [
        { value: 'us-east', label: 'US East' },
        { value: 'us-west', label: 'US West' },
        { value: 'eu-west', label: 'EU West' },
        { value: 'eu-central', label: 'EU Central' },
        { value: 'ap-south', label: 'Asia Pacific South' },
        { value: 'ap-northeast', label: 'Asia Pacific Northeast' },
      ],
      defaultValue: 'us-east',
    },
    { key: 'workspace', label: 'Workspace name', kind: 'text', required: false, example: 'acme-sales' },
  ],
  guide: [
    {
      title: 'Create an API key',
      scopes: ['Contacts: **Read**', 'Deals: **Read**'],
      steps: [
        { title: 'Open **Settings** → **API**', body: 'Sign in at [Acme](https://app.acme.example).' },
        { title: 'Click **New key**', bullets: ['Copy it now: it is shown **only once**.'] },
      ],
    },
  ],
});

const play = providerPlays(acme, {
  valid: { api_key: 'acme_test_GalleryExampleKey0000000', region: 'eu-west' },
  mismatch: { environment: 'sandbox', credentials: { api_key: 'acme_live_GalleryExampleKey0000000' } },
});

/** A custom provider made with `defineProvider`, offered next to the built-in ones. */
export default {
  title: 'Custom provider/Acme CRM',
  component: ConnectHub,
  args: { ...hostArgs, providers: [...builtInProviders, acme], provider: 'acme_crm' },
} satisfies Meta<typeof ConnectHub>;

type Story = StoryObj<typeof ConnectHub>;

/** The custom definition's guide and form: a secret, a six-option drop-down and an optional field. */
export const Empty: Story = {};

/** Its environments work like the built-in ones: Sandbox selected, a live key pasted. */
export const Mismatch: Story = { play: play.mismatch };

/** Connected, with the region picked from the drop-down. */
export const Success: Story = {
  args: { fetch: acceptConnect({ name: 'Acme Sales' }) },
  play: play.success,
};

/** In the picker, after the built-in providers. */
export const InThePicker: Story = { args: { provider: undefined } };
