import { ConnectHub, gocardless } from '../index.js';
import type { Meta, StoryObj } from '../dev/gallery/csf.js';
import { acceptConnect, failWithServerError, neverAnswer, NO_TIMEOUT_MS, rejectField } from '../dev/gallery/mock-fetch.js';
import { hostArgs, providerPlays, rejectionMessage } from '../dev/gallery/provider-plays.js';

const play = providerPlays(gocardless, {
  valid: { access_token: 'sandbox_GalleryExampleToken_0000000000-abcdef' },
  mismatch: { environment: 'sandbox', credentials: { access_token: 'live_GalleryExampleToken_0000000000-abcdef' } },
});

/** GoCardless, preselected, in every state a user can meet. */
export default {
  title: 'Providers/GoCardless',
  component: ConnectHub,
  args: { ...hostArgs, provider: 'gocardless' },
} satisfies Meta<typeof ConnectHub>;

type Story = StoryObj<typeof ConnectHub>;

/** The warning, the guide and the empty form: what a user sees first. */
export const Empty: Story = {};

/** A well-formed key the backend rejects (401 with `field: "access_token"`): its message shows on the field. */
export const FieldError: Story = {
  args: { fetch: rejectField('access_token', rejectionMessage(gocardless)) },
  play: play.fieldError,
};

/** Sandbox selected, then a live token pasted: the message names both, and offers to switch to Production. */
export const Mismatch: Story = { play: play.mismatch };

/** Connect pressed and the backend has not answered yet: the button is busy. */
export const Submitting: Story = {
  args: { fetch: neverAnswer(), timeoutMs: NO_TIMEOUT_MS },
  play: play.submitting,
};

/** The backend failed without naming a field (500): the message above Connect, with Try again. */
export const ServerError: Story = {
  args: { fetch: failWithServerError() },
  play: play.serverError,
};

/** The backend linked the account: the confirmation names the provider and the account. */
export const Success: Story = {
  args: { fetch: acceptConnect({ name: 'Acme Payments Ltd' }) },
  play: play.success,
};
