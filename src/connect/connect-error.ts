import type { ServerErrorCode } from '../server/error-codes.js';

/** Codes the widget itself produces; a backend may send any other code string. */
export type ClientErrorCode = 'offline' | 'network' | 'timeout' | 'aborted' | 'http_error' | 'invalid_response' | 'configuration' | 'headers';

/**
 * What `onError` receives. `field` names the credential key (or `environment`) the message
 * belongs to, when the backend said so. Never carries a credential.
 *
 * @example
 * <ConnectHub endpoint="/api/connect" onError={(error) => {
 *   if (error.code === 'invalid_credentials') track('bad_key', { field: error.field });
 * }} />
 */
export class ConnectError extends Error {
  /**
   * `'ConnectError'`, or the name a subclass of yours gives itself (the widget passes on a
   * ConnectError that your `headers` throws as it is). Where `instanceof` cannot tell, check
   * `error.name === 'ConnectError'`: `connect-hub/element` carries its own copy of the class, and
   * so does a second copy of the package, and an error from either is no instance of this one.
   */
  override name: 'ConnectError' | (string & {}) = 'ConnectError';
  /** The widget's own code, connect-hub/server's, or any other your backend sends. */
  readonly code: ClientErrorCode | ServerErrorCode | (string & {});
  /** The HTTP status, when the server answered. */
  readonly status: number | undefined;
  readonly field: string | undefined;
  /** Whether an automatic retry may help (network errors, 408, 429, 502–504, timeouts). */
  readonly retryable: boolean;
  /** The server's `Retry-After`, in milliseconds. */
  readonly retryAfterMs: number | undefined;

  constructor(init: {
    code: ConnectError['code'];
    message: string;
    status?: number | undefined;
    field?: string | undefined;
    retryable?: boolean | undefined;
    retryAfterMs?: number | undefined;
    /** What went wrong in the host's own code (its `headers()`), for its logs. */
    cause?: unknown;
  }) {
    super(init.message, { cause: init.cause });
    this.code = init.code;
    this.status = init.status;
    this.field = init.field;
    this.retryable = init.retryable ?? false;
    this.retryAfterMs = init.retryAfterMs;
  }
}
