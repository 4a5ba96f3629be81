import { ConnectHub, defineProvider } from '../index.js';
import type { Meta, StoryObj } from '../dev/gallery/csf.js';
import { acceptConnect } from '../dev/gallery/mock-fetch.js';
import { hostArgs, providerPlays } from '../dev/gallery/provider-plays.js';
import { lettermark } from '../providers/logos.js';

/**
 * A host's own provider whose words do not fit a line: a long name, a German compound in its
 * description, an address in a field's help, and an account the backend names only by a long id.
 * Nothing may stick out of the widget, at any width.
 */
const longWords = defineProvider({
  id: 'dynamics-business-central',
  name: 'Microsoft Dynamics 365 Business Central Online (Sandbox)',
  category: 'crm',
  logo: lettermark('BC', '#0F766E'),
  description: 'Kundenstammdatenverwaltungsschnittstellenkonfiguration, Aufträge und Rechnungen.',
  warning: 'You need the **SUPER** permission set in Business Central.',
  environments: [],
  fields: [
    { key: 'api_key', label: 'Web Service Access Key', kind: 'secret', example: 'bc_…' },
    {
      key: 'tenant',
      label: 'Tenant',
      kind: 'text',
      example: 'contoso',
      help: 'As in https://businesscentral.dynamics.com/3f2c8a7e-5b1d-4c9a-9e7b-2f4d6a8c0e1f/Production/?company=CRONUS',
    },
  ],
  guide: [
    {
      title: 'Erstellen Sie einen Webdienstzugriffsschlüsselverwaltungseintrag',
      steps: [{ title: 'Open **Users**', body: 'Then https://businesscentral.dynamics.com/3f2c8a7e-5b1d-4c9a-9e7b-2f4d6a8c0e1f/Production/?page=9800.' }],
    },
  ],
});

const play = providerPlays(longWords, { valid: { api_key: 'bc_4c9a9e7b2f4d6a8c0e1f3f2c8a7e5b1d', tenant: 'contoso' } });

export default {
  title: 'Custom provider/Long words',
  component: ConnectHub,
  args: { ...hostArgs, providers: [longWords], provider: 'dynamics-business-central' },
} satisfies Meta<typeof ConnectHub>;

type Story = StoryObj<typeof ConnectHub>;

/** The provider screen: the name, the description and the field's help wrap inside the widget. */
export const Screen: Story = {};

/** The backend named the account by its id alone (a 64-character one): the confirmation wraps it. */
export const SuccessWithOnlyAnId: Story = {
  args: { fetch: acceptConnect({ id: 'b7e23ec29af22b0b4e41da31e868d57226121c84a1b5e5f3c7d9e0f1a2b3c4d5', name: undefined }) },
  play: play.success,
};
