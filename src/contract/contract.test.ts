import { describe, expect, it } from 'vitest';
import {
  connectErrorResponseSchema,
  connectRequestSchema,
  connectSuccessResponseSchema,
} from './contract.js';

describe('the wire contract', () => {
  it('accepts the request body of SPEC §4, with and without environment', () => {
    expect(connectRequestSchema.safeParse({ provider: 'stripe', environment: 'test', credentials: { api_key: 'sk_test_x' } }).success).toBe(true);
    expect(connectRequestSchema.safeParse({ provider: 'shortcut', credentials: { api_token: 'x' } }).success).toBe(true);
  });

  it.each([
    ['no provider', { credentials: {} }, 'provider'],
    ['a numeric credential', { provider: 'stripe', credentials: { api_key: 42 } }, 'credentials'],
    ['an empty environment', { provider: 'stripe', environment: '', credentials: {} }, 'environment'],
  ])('rejects a body with %s', (_name, body, path) => {
    const result = connectRequestSchema.safeParse(body);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path[0]).toBe(path);
  });

  it('accepts a success answer and keeps extra account properties', () => {
    const parsed = connectSuccessResponseSchema.parse({
      account: { id: 'acct_1', provider: 'stripe', environment: 'test', name: 'Acme', plan: 'pro' },
    });
    expect(parsed.account).toEqual({ id: 'acct_1', provider: 'stripe', environment: 'test', name: 'Acme', plan: 'pro' });
  });

  it('rejects a success answer without an account id', () => {
    expect(connectSuccessResponseSchema.safeParse({ account: { provider: 'stripe' } }).success).toBe(false);
  });

  it('accepts an error answer with and without a field', () => {
    expect(
      connectErrorResponseSchema.parse({ error: { code: 'invalid_credentials', message: 'Rejected', field: 'api_key' } }).error.field,
    ).toBe('api_key');
    expect(connectErrorResponseSchema.safeParse({ error: { code: 'oops', message: 'Down' } }).success).toBe(true);
  });

  it('rejects an error answer that is not the contract (e.g. a proxy page)', () => {
    expect(connectErrorResponseSchema.safeParse('<h1>Bad Gateway</h1>').success).toBe(false);
    expect(connectErrorResponseSchema.safeParse({ message: 'Unauthorized' }).success).toBe(false);
  });
});
