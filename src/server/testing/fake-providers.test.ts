// @vitest-environment node
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createFakeProviders } from './fake-providers.js';

const SLOW_TOKEN = 'sk_test_slowKEY00000000000000000';
const customers = () => new Request('http://fake.test/stripe/v1/customers', { headers: { Authorization: `Bearer ${SLOW_TOKEN}` } });

/** Whether the fake has answered a `slow` token's check after `ms` of (fake) time. */
async function answeredAfter(fake: ReturnType<typeof createFakeProviders>, ms: number) {
  let answer: Response | 'reset' | undefined;
  void fake.handle(customers(), new AbortController().signal).then((value) => (answer = value));
  await vi.advanceTimersByTimeAsync(ms - 1);
  const early = answer;
  await vi.advanceTimersByTimeAsync(1);
  return { early, answer };
}

describe('the fake providers’ slow token', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('answers after 7 s by default: past the widget’s 5 s, within the verifiers’ 8 s (the e2e Stop test relies on it)', async () => {
    vi.useFakeTimers();
    const { early, answer } = await answeredAfter(createFakeProviders(), 7000);
    expect(early).toBeUndefined();
    expect(answer).toBeInstanceOf(Response);
    expect((answer as Response).status).toBe(200);
  });

  it('answers after slowMs when given, so that tests of every example need not wait 7 s', async () => {
    vi.useFakeTimers();
    const { early, answer } = await answeredAfter(createFakeProviders({ slowMs: 50 }), 50);
    expect(early).toBeUndefined();
    expect((answer as Response).status).toBe(200);
  });
});
