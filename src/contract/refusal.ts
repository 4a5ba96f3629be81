/**
 * Whether an error answer is final for its submission: a `4xx` the backend gives about the
 * submission itself. `connect-hub/server` keeps it for the submission's Idempotency-Key and replays
 * it to a retry with that key; the widget sends the same inputs again under a new key (the user may
 * have fixed what was refused, e.g. the key's permissions at the provider).
 *
 * Not final, on both sides: no answer, a `5xx`, a timeout (`408`) or a throttle (`429`), which
 * are run again; the same key still being processed (`409 request_in_progress`); a `401` without a
 * `field`, about the user's session rather than the key, given before the submission was looked at
 * (an earlier attempt of it may have linked the account). The widget keeps the key for these, and
 * the backend lets that key run again.
 */
export function isRefusal({ status, code, field }: { status: number | undefined; code: string; field?: string | undefined }): boolean {
  if (status === undefined || status < 400 || status >= 500 || status === 408 || status === 429) return false;
  if (code === 'request_in_progress') return false;
  return !(status === 401 && field === undefined);
}
