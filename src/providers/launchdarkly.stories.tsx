import { ConnectHub, launchdarkly } from '../index.js';
import type { Meta, StoryObj } from '../dev/gallery/csf.js';
import { hostArgs, providerStories } from '../dev/gallery/provider-plays.js';

const stories = providerStories(
  launchdarkly,
  {
    valid: { access_token: 'api-0c4b8e2a-5d6f-4a1b-8c9d-7e6f5a4b3c2d' },
    wrongKey: { access_token: 'sdk-0c4b8e2a-5d6f-4a1b-8c9d-7e6f5a4b3c2d' },
  },
  { name: 'Acme (Commercial)' },
);

/** LaunchDarkly, preselected, in every state a user can meet. */
export default {
  title: 'Providers/LaunchDarkly',
  component: ConnectHub,
  args: { ...hostArgs, provider: 'launchdarkly' },
} satisfies Meta<typeof ConnectHub>;

type Story = StoryObj<typeof ConnectHub>;

/** The warning, the guide and the empty form: what a user sees first. */
export const Empty: Story = stories.Empty;

/** Connect pressed on the empty form: every field says what it needs. */
export const Required: Story = stories.Required;

/** A well-formed key the backend rejects (401 with `field: "access_token"`): its message shows on the field. */
export const FieldError: Story = stories.FieldError;

/**
 * An SDK key pasted instead of an API access token: the known mistake says where to create the
 * right one. LaunchDarkly has no environments to mismatch, so this stands in for Mismatch.
 */
export const WrongKey: Story = stories.WrongKey;

/** Connect pressed and the backend has not answered yet: the button is busy. */
export const Submitting: Story = stories.Submitting;

/**
 * Connect pressed; the backend answered 503 and its automatic retry has not been answered: the
 * form says which attempt it is on, under Connect, with Stop.
 */
export const Retrying: Story = stories.Retrying;

/** Stop pressed while it was still connecting: the form is the user's again, and says that Connect again will not link the account twice. */
export const Stopped: Story = stories.Stopped;

/**
 * Stop pressed on a page without WebCrypto (served on plain HTTP), where the same inputs sent again
 * get a new Idempotency-Key: the form says the account may be linked already, and to check first.
 */
export const StoppedMaybeLinked: Story = stories.StoppedMaybeLinked;

/** The backend failed without naming a field (500): the message above Connect, with Try again. */
export const ServerError: Story = stories.ServerError;

/** The backend answered 500 with an HTML page, not JSON: the form gives the status, with Try again. */
export const NotJson: Story = stories.NotJson;

/** The host's `headers()` failed (a session that could not be refreshed): nothing was sent, and the alert says to reload. */
export const HeadersFailed: Story = stories.HeadersFailed;

/** Connect pressed while the browser is offline: nothing is sent, and the form says so until the connection is back. */
export const Offline: Story = stories.Offline;

/** The backend linked the account: the confirmation names the provider and the account. */
export const Success: Story = stories.Success;
