import { ConnectHub, launchdarkly } from '../index.js';
import type { Meta, StoryObj } from '../dev/gallery/csf.js';
import { acceptConnect, failWithServerError, neverAnswer, NO_TIMEOUT_MS, rejectField } from '../dev/gallery/mock-fetch.js';
import { hostArgs, providerPlays, rejectionMessage } from '../dev/gallery/provider-plays.js';

const play = providerPlays(launchdarkly, {
  valid: { access_token: 'api-0c4b8e2a-5d6f-4a1b-8c9d-7e6f5a4b3c2d' },
  wrongKey: { access_token: 'sdk-0c4b8e2a-5d6f-4a1b-8c9d-7e6f5a4b3c2d' },
});

/** LaunchDarkly, preselected, in every state a user can meet. */
export default {
  title: 'Providers/LaunchDarkly',
  component: ConnectHub,
  args: { ...hostArgs, provider: 'launchdarkly' },
} satisfies Meta<typeof ConnectHub>;

type Story = StoryObj<typeof ConnectHub>;

/** The warning, the guide and the empty form: what a user sees first. */
export const Empty: Story = {};

/** A well-formed key the backend rejects (401 with `field: "access_token"`): its message shows on the field. */
export const FieldError: Story = {
  args: { fetch: rejectField('access_token', rejectionMessage(launchdarkly)) },
  play: play.fieldError,
};

/**
 * An SDK key pasted instead of an API access token: the known mistake says where to create the
 * right one. LaunchDarkly has no environments to mismatch, so this stands in for Mismatch.
 */
export const WrongKey: Story = {
  play: play.wrongKey,
  parameters: {
    gallery: { standsInFor: 'mismatch', note: 'LaunchDarkly has no environments: the wrong kind of key stands in for the mismatch.' },
  },
};

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
  args: { fetch: acceptConnect({ name: 'Acme (Commercial)' }) },
  play: play.success,
};
