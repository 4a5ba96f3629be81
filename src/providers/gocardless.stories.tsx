import { ConnectHub, gocardless } from '../index.js';
import type { Meta, StoryObj } from '../dev/gallery/csf.js';
import { hostArgs, providerStories } from '../dev/gallery/provider-plays.js';

const stories = providerStories(
  gocardless,
  {
    valid: { access_token: 'sandbox_GalleryExampleToken_0000000000-abcdef' },
    mismatch: { environment: 'sandbox', credentials: { access_token: 'live_GalleryExampleToken_0000000000-abcdef' } },
    wrongKey: { access_token: 'CR00005PHE5VZ3' },
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

/** Connect pressed on the empty form: the environment and every field say what they need. */
export const Required: Story = stories.Required;

/** A well-formed key the backend rejects (401 with `field: "access_token"`): its message shows on the field. */
export const FieldError: Story = stories.FieldError;

/** Sandbox selected, then a live token pasted: the message names both, and offers to switch to Production. */
export const Mismatch: Story = stories.Mismatch;

/** A creditor id pasted instead of an access token: the format check says what a GoCardless token looks like. */
export const WrongKey: Story = stories.WrongKey;

/** A sandbox token pasted while no environment is chosen: its `sandbox_` prefix selects Sandbox, and the form says so. */
export const Detected: Story = stories.Detected;

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
