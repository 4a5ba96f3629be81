import { within } from '@testing-library/dom';
import { ConnectHub, defineProvider } from '../index.js';
import type { Meta, StoryObj } from '../dev/gallery/csf.js';
import { hostArgs, storyMessages } from '../dev/gallery/provider-plays.js';
import { lettermark } from '../providers/logos.js';

/**
 * A host's own provider with every kind of field the built-in ones do not show: a required choice
 * of more than four options and an optional one (native selects), a text field, and a second
 * secret field.
 */
const acmeCrm = defineProvider({
  id: 'acme-crm',
  name: 'Acme CRM',
  category: 'crm',
  logo: lettermark('AC', '#0F766E'),
  description: 'Contacts, companies and deals.',
  warning: 'Only **Acme CRM admins** can create API keys.',
  environments: [],
  fields: [
    { key: 'api_key', label: 'API Key', kind: 'secret', example: 'acme_…' },
    { key: 'signing_secret', label: 'Webhook Signing Secret', kind: 'secret', example: 'whsec_…' },
    { key: 'workspace', label: 'Workspace', kind: 'text', example: 'acme-sales', help: 'As in your Acme CRM address: **acme-sales**.acme.example.' },
    {
      key: 'region',
      label: 'Data region',
      kind: 'select',
      options: ['United States', 'Canada', 'European Union', 'United Kingdom', 'Australia', 'Japan', 'Brazil'].map((label) => ({
        value: label.toLowerCase().replace(/ /g, '-'),
        label,
      })),
    },
    { key: 'team', label: 'Team', kind: 'select', required: false, options: [{ value: 'sales', label: 'Sales' }, { value: 'support', label: 'Support' }] },
  ],
  guide: [
    {
      title: 'Create an API key',
      steps: [
        { title: 'Sign in to Acme CRM', body: 'Open **Settings** → **API**.' },
        { title: 'Click **New key**', bullets: ['Copy the key and the webhook signing secret: they are shown **only once**.'] },
      ],
    },
  ],
});

export default {
  title: 'Custom provider',
  component: ConnectHub,
  args: { ...hostArgs, providers: [acmeCrm], provider: 'acme-crm' },
} satisfies Meta<typeof ConnectHub>;

type Story = StoryObj<typeof ConnectHub>;

/** Every kind of field, empty: the selects show the browser's arrow, the optional one its marker. */
export const EveryFieldKind: Story = {
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await canvas.findByRole('combobox', { name: 'Data region' }, { timeout: 5000 });
    // The marker in the story's locale ("facultatif" in French); the labels are the host's own.
    await canvas.findByRole('combobox', { name: new RegExp(`^Team ?\\(${storyMessages(args).optional}\\)$`, 'u') });
  },
};
