import { describe, expect, it } from 'vitest';
import { isRefusal } from './refusal.js';

describe('isRefusal', () => {
  const answer = (status: number | undefined, code = 'some_code', field?: string) => ({ status, code, field });

  it('is a 4xx about the submission: the backend keeps it for the key, and the widget sends the same inputs under a new key', () => {
    expect(isRefusal(answer(400, 'invalid_request'))).toBe(true);
    expect(isRefusal(answer(401, 'invalid_credentials', 'api_key'))).toBe(true);
    expect(isRefusal(answer(403, 'insufficient_permissions', 'api_key'))).toBe(true);
    expect(isRefusal(answer(409, 'already_connected'))).toBe(true);
    expect(isRefusal(answer(422, 'environment_mismatch', 'environment'))).toBe(true);
  });

  it('is not an answer the backend may still act on: none, a timeout, a throttle, the same key in progress, 5xx, the session', () => {
    expect(isRefusal(answer(undefined, 'network'))).toBe(false);
    expect(isRefusal(answer(408, 'timeout'))).toBe(false);
    expect(isRefusal(answer(429, 'rate_limited'))).toBe(false);
    expect(isRefusal(answer(409, 'request_in_progress'))).toBe(false);
    expect(isRefusal(answer(500, 'server_error'))).toBe(false);
    expect(isRefusal(answer(502, 'provider_unavailable'))).toBe(false);
    expect(isRefusal(answer(401, 'unauthorized'))).toBe(false);
  });

  it('is not an answer the widget could not read as one: a blocked redirect (0), a 3xx, a 2xx in the wrong shape', () => {
    expect(isRefusal(answer(0, 'network'))).toBe(false);
    expect(isRefusal(answer(302, 'http_error'))).toBe(false);
    expect(isRefusal(answer(200, 'bad_response'))).toBe(false);
  });
});
