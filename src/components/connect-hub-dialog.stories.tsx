import { within } from '@testing-library/dom';
import userEvent from '@testing-library/user-event';
import { ConnectHub } from '../index.js';
import type { Meta, StoryObj } from '../dev/gallery/csf.js';
import { hostArgs, storyMessages, type Play } from '../dev/gallery/provider-plays.js';

/**
 * The widget in modal mode (`mode="modal"`): the host's page shows its trigger button, and the
 * widget opens in a modal dialog over the page. While it is open the rest of the gallery is inert,
 * as a host page would be: press Escape (or Close) to get back to it.
 */
export default {
  title: 'Modal',
  component: ConnectHub,
  args: { ...hostArgs, mode: 'modal' },
} satisfies Meta<typeof ConnectHub>;

type Story = StoryObj<typeof ConnectHub>;

/** The trigger pressed, as a user would: the dialog opens on its first screen, whose heading names it. */
async function openDialog({ canvasElement, args }: Parameters<Play>[0], name: string) {
  const canvas = within(canvasElement);
  const messages = storyMessages(args);
  await userEvent.setup().click(canvas.getByRole('button', { name: messages.openTrigger }));
  await canvas.findByRole('dialog', { name }, { timeout: 5000 });
}

/** Closed: only the trigger button, which the host places on its page. */
export const Trigger: Story = {};

/** The trigger pressed: the dialog open on the picker, with Close in its corner. */
export const Open: Story = { play: (context) => openDialog(context, storyMessages(context.args).pickerTitle) };

/** With a provider preselected, the trigger opens the dialog on that provider's guide and form. */
export const OpenOnProvider: Story = {
  args: { provider: 'stripe' },
  play: async (context) => {
    await openDialog(context, 'Stripe');
    const messages = storyMessages(context.args);
    await within(context.canvasElement).findByRole('heading', { name: messages.formTitle('Stripe') }, { timeout: 5000 });
  },
};
