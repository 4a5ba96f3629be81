import { ConnectHub, remote } from '../index.js';
import type { Meta, StoryObj } from '../dev/gallery/csf.js';
import { acceptConnect, failWithServerError, neverAnswer, NO_TIMEOUT_MS, rejectField } from '../dev/gallery/mock-fetch.js';
import { hostArgs, providerPlays, rejectionMessage } from '../dev/gallery/provider-plays.js';

const play = providerPlays(remote, {
  valid: { api_token: 'ra_test_GalleryExampleToken0000' },
  mismatch: { environment: 'sandbox', credentials: { api_token: 'ra_live_GalleryExampleToken0000' } },
});

/** Remote, preselected, in every state a user can meet. */
export default {
  title: 'Providers/Remote',
  component: ConnectHub,
  args: { ...hostArgs, provider: 'remote' },
} satisfies Meta<typeof ConnectHub>;

type Story = StoryObj<typeof ConnectHub>;

/** The warning, the guide and the empty form: what a user sees first. */
export const Empty: Story = {};

/** A well-formed key the backend rejects (401 with `field: "api_token"`): its message shows on the field. */
export const FieldError: Story = {
  args: { fetch: rejectField('api_token', rejectionMessage(remote)) },
  play: play.fieldError,
};

/** Sandbox selected, then a production token pasted: the message names both, and offers to switch to Production. */
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
  args: { fetch: acceptConnect({ name: 'Acme GmbH' }) },
  play: play.success,
};
