import { ConnectHub, shortcut } from '../index.js';
import type { Meta, StoryObj } from '../dev/gallery/csf.js';
import { acceptConnect, failWithServerError, neverAnswer, NO_TIMEOUT_MS, rejectField } from '../dev/gallery/mock-fetch.js';
import { hostArgs, providerPlays, rejectionMessage } from '../dev/gallery/provider-plays.js';

const play = providerPlays(shortcut, {
  valid: { api_token: 'sct_rw_GalleryExampleToken0000' },
  wrongKey: { api_token: '3f2a9c1e7b4d4e8a9c0f1a2b3c4d5e6f' },
});

/** Shortcut, preselected, in every state a user can meet. */
export default {
  title: 'Providers/Shortcut',
  component: ConnectHub,
  args: { ...hostArgs, provider: 'shortcut' },
} satisfies Meta<typeof ConnectHub>;

type Story = StoryObj<typeof ConnectHub>;

/** The warning, the guide and the empty form: what a user sees first. */
export const Empty: Story = {};

/** A well-formed key the backend rejects (401 with `field: "api_token"`): its message shows on the field. */
export const FieldError: Story = {
  args: { fetch: rejectField('api_token', rejectionMessage(shortcut)) },
  play: play.fieldError,
};

/**
 * An old-style token copied without its dashes: the format check says what a Shortcut token looks
 * like. Shortcut has no environments to mismatch, so this stands in for Mismatch.
 */
export const WrongKey: Story = {
  play: play.wrongKey,
  parameters: {
    gallery: { standsInFor: 'mismatch', note: 'Shortcut has no environments: a malformed token stands in for the mismatch.' },
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
  args: { fetch: acceptConnect({ name: 'Acme workspace' }) },
  play: play.success,
};
