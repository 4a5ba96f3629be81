/**
 * Every `error.code` connect-hub/server itself answers with, in the contract's error shape. Your
 * `authorize`, verifiers and `ConnectHandlerError`s may send others. The widget hands them to
 * `onError` as `ConnectError.code`.
 */
export const SERVER_ERROR_CODES = [
  // The request itself.
  'method_not_allowed', // 405
  'not_implemented', // 501, from toNodeHandler: a method a Fetch Request cannot carry
  'cross_site_request', // 403
  'unauthorized', // 401, authorize said no
  'unsupported_media_type', // 415
  'payload_too_large', // 413
  'invalid_request', // 400
  'idempotency_key_reused', // 422
  'request_in_progress', // 409, a concurrent duplicate
  'service_unavailable', // 503, the idempotency store failed
  // The credentials, as the provider answered.
  'invalid_credentials', // 422
  'insufficient_permissions', // 422
  'provider_unreachable', // 502 or 504
  'provider_unavailable', // 503
  'provider_error', // 502, or 500 for a provider's 4xx no retry can change (a wrong base URL's 404)
  // Anything else.
  'internal_error', // 500
] as const;

/** An error code connect-hub/server sends: see {@link SERVER_ERROR_CODES}. */
export type ServerErrorCode = (typeof SERVER_ERROR_CODES)[number];
