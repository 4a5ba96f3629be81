import { ConnectHub, gocardless } from '../index.js';
import type { Meta, StoryObj } from '../dev/gallery/csf.js';
import { hostArgs, providerStories } from '../dev/gallery/provider-plays.js';

const stories = providerStories(
  gocardless,
  {
    valid: { access_token: 'sandbox_GalleryExampleToken_0000000000-abcdef' },
    mismatch: { environment: 'sandbox', credentials: { access_token: 'live_GalleryExampleToken_0000000000-abcdef' } },
  },
  { name: 'Acme Payments Ltd' },
);

/** GoCardless, preselected, in every state a user can meet. */
export default {
  title: 'Providers/GoCardless',
  component: ConnectHub,
  args: { ...hostArgs, provider: 'gocardless' },
} satisfies Meta<typeof ConnectHub>;

type Story = StoryObj<typeof ConnectHub>;

/** The warning, the guide and the empty form: what a user sees first. */
export const Empty: Story = stories.Empty;

/** A well-formed key the backend rejects (401 with `field: "access_token"`): its message shows on the field. */
export const FieldError: Story = stories.FieldError;

/** Sandbox selected, then a live token pasted: the message names both, and offers to switch to Production. */
export const Mismatch: Story = stories.Mismatch;

/** Connect pressed and the backend has not answered yet: the button is busy. */
export const Submitting: Story = stories.Submitting;

/** The backend failed without naming a field (500): the message above Connect, with Try again. */
export const ServerError: Story = stories.ServerError;

/** The backend linked the account: the confirmation names the provider and the account. */
export const Success: Story = stories.Success;
