import { afterEach, describe, expect, it, vi } from 'vitest';
import { submissionKey, type SubmissionKeys } from './idempotency-key.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const CANARY = `sk_test_CANARY${crypto.randomUUID().replace(/-/g, '')}`;

afterEach(() => vi.restoreAllMocks());

describe('submissionKey', () => {
  it('gives the same inputs of one provider the same key, and other inputs or another provider a new one', async () => {
    const keys: SubmissionKeys = new Map();
    const first = await submissionKey(keys, 'stripe', `{"api_key":"${CANARY}"}`);
    expect(first).toMatch(UUID);
    expect(await submissionKey(keys, 'stripe', `{"api_key":"${CANARY}"}`)).toBe(first);
    expect(await submissionKey(keys, 'shortcut', `{"api_key":"${CANARY}"}`)).not.toBe(first);
    expect(await submissionKey(keys, 'stripe', `{"api_key":"${CANARY}x"}`)).not.toBe(first);
  });

  it('keeps a digest of the inputs, not the inputs', async () => {
    const keys: SubmissionKeys = new Map();
    await submissionKey(keys, 'stripe', `{"api_key":"${CANARY}"}`);
    const kept = JSON.stringify([...keys]);
    expect(kept).not.toContain('CANARY');
    expect(kept).not.toContain(CANARY.slice(-12));
  });

  it('gives each submission a new key where the page has no WebCrypto', async () => {
    vi.spyOn(crypto.subtle, 'digest').mockRejectedValue(new TypeError('crypto.subtle is undefined'));
    const keys: SubmissionKeys = new Map();
    const first = await submissionKey(keys, 'stripe', 'inputs');
    expect(await submissionKey(keys, 'stripe', 'inputs')).not.toBe(first);
    expect(keys.size).toBe(0);
  });
});
