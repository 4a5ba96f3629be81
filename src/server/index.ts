// connect-hub/server: the backend half of ConnectHub. Fetch API only (Request, Response, fetch,
// AbortSignal.timeout, crypto.subtle): no React, no Node modules, so it runs on Node 20+, in
// Next.js route handlers, Hono, Deno, Bun and workers.

export { createConnectHandler, ConnectHandlerError, DEFAULT_MAX_BODY_BYTES } from './create-connect-handler.js';
export type { AuthorizeResult, ConnectHandlerOptions } from './create-connect-handler.js';
export type { ServerErrorCode } from './error-codes.js';
export type {
  ConnectErrorContext,
  ConnectHandler,
  ConnectInput,
  ConnectResult,
  VerificationFailure,
  VerificationResult,
  VerificationSuccess,
  Verifier,
  VerifyInput,
} from './types.js';

export {
  builtInVerifiers,
  gocardlessVerifier,
  launchdarklyVerifier,
  remoteVerifier,
  shortcutVerifier,
  stripeVerifier,
} from './verifiers/index.js';
export type {
  BuiltInVerifierOptions,
  BuiltInVerifiers,
  GoCardlessVerifierOptions,
  LaunchDarklyVerifierOptions,
  ProviderCallOptions,
  RemoteVerifierOptions,
  ShortcutVerifierOptions,
  StripeVerifierOptions,
} from './verifiers/index.js';

export { MemoryIdempotencyStore } from './idempotency-store.js';
export type { IdempotencyEntry, IdempotencyStore, MemoryIdempotencyStoreOptions, StoredResponse } from './idempotency-store.js';

export { toNodeHandler, toRequest, writeResponse } from './node.js';
export type { NodeHandler, NodeRequestLike, NodeResponseLike, ToNodeHandlerOptions } from './node.js';

// The definitions and wire schemas, from here too: the main entry is a 'use client' module,
// which a server (a Next.js route handler especially) must not import.
export { builtInProviders, gocardless, launchdarkly, remote, shortcut, stripe } from '../providers/index.js';
export { defineProvider, ProviderDefinitionError } from '../definition/provider-schema.js';
export type { ProviderDefinition, ProviderDefinitionInput } from '../definition/provider-schema.js';
export { buildCredentialSchema } from '../credentials/credential-schema.js';
export {
  connectErrorResponseSchema,
  connectRequestSchema,
  connectSuccessResponseSchema,
  connectedAccountSchema,
} from '../contract/contract.js';
export type { ConnectedAccount, ConnectErrorResponse, ConnectRequest, ConnectSuccessResponse } from '../contract/contract.js';
