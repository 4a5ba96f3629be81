import { QueryClient, type UseMutationOptions } from '@tanstack/react-query';
import type { ConnectedAccount } from '../contract/contract.js';
import { ConnectError } from './connect-error.js';
import { MAX_RETRY_AFTER_MS, sendConnectRequest, type ConnectAttempt } from './connect-request.js';

/** At most this many attempts per submission: the first and two automatic retries. */
export const MAX_ATTEMPTS = 3;
const BASE_DELAY_MS = 600;
const MAX_BACKOFF_MS = 8_000;

/**
 * What one submission sends, the same at each attempt: its endpoint too (a host's new one applies
 * to the next submission), and its own signal: a submission the user stopped sends no more
 * attempts, though a new one has started meanwhile.
 */
export type ConnectVariables = Pick<ConnectAttempt, 'endpoint' | 'body' | 'idempotencyKey' | 'secrets' | 'signal'>;
export type ConnectConfig = Omit<ConnectAttempt, keyof ConnectVariables>;

/**
 * A submission as react-query holds it: its key only. The mutation cache is the host's when it
 * passes its own client, and hands the variables to the cache's callbacks and devtools: the body,
 * with the secrets, stays here, out of their reach, for as long as react-query keeps the submission.
 */
declare const sealedBrand: unique symbol;
export type ConnectSubmission = Readonly<Pick<ConnectVariables, 'idempotencyKey'>> & { readonly [sealedBrand]: true };
const sealed = new WeakMap<ConnectSubmission, ConnectVariables>();

/** The submission to hand react-query for `variables`. */
export function sealSubmission(variables: ConnectVariables): ConnectSubmission {
  const submission = Object.freeze({ idempotencyKey: variables.idempotencyKey }) as ConnectSubmission;
  sealed.set(submission, variables);
  return submission;
}

/** react-query retries with `failureCount` 0 after the first failure. */
export function shouldRetry(failureCount: number, error: unknown): boolean {
  return error instanceof ConnectError && error.retryable && failureCount < MAX_ATTEMPTS - 1;
}

/** Jittered exponential backoff, or the server's `Retry-After` (capped) when it sent one. */
export function retryDelay(failureCount: number, error: unknown, random: () => number = Math.random): number {
  if (error instanceof ConnectError && error.retryAfterMs !== undefined) {
    return Math.min(error.retryAfterMs, MAX_RETRY_AFTER_MS);
  }
  const ceiling = Math.min(MAX_BACKOFF_MS, BASE_DELAY_MS * 2 ** failureCount);
  return Math.round(ceiling / 2 + random() * (ceiling / 2));
}

/**
 * The connect mutation. `getConfig` is read at each attempt so new props (a fresh `headers`
 * function) apply to retries too.
 */
export function connectMutationOptions(
  getConfig: () => ConnectConfig,
): UseMutationOptions<ConnectedAccount, ConnectError, ConnectSubmission> {
  return {
    mutationKey: ['connect-hub', 'connect'],
    mutationFn: async (submission) => {
      const variables = sealed.get(submission);
      if (!variables) throw new TypeError('connect-hub: a submission must come from sealSubmission()');
      return sendConnectRequest({ ...getConfig(), ...variables });
    },
    // Gone from the cache as soon as nothing shows it, in the host's client too.
    gcTime: 0,
    // The widget reports offline itself; react-query's default 'online' mode would pause silently.
    networkMode: 'always',
    retry: shouldRetry,
    retryDelay,
  };
}

/** Each widget gets its own client, so it never shares state with the host's or another widget's. */
export function createConnectQueryClient(): QueryClient {
  return new QueryClient({ defaultOptions: { mutations: { gcTime: 0 } } });
}
