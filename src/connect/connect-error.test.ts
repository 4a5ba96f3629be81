import { describe, expect, expectTypeOf, it } from 'vitest';
import { SERVER_ERROR_CODES, type ServerErrorCode } from '../server/error-codes.js';
import { ConnectError, type ClientErrorCode } from './connect-error.js';

describe('ConnectError', () => {
  it("types its code as the widget's own, connect-hub/server's, or any other a backend sends", () => {
    expectTypeOf<ConnectError['code']>().toEqualTypeOf<ClientErrorCode | ServerErrorCode | (string & {})>();
    expectTypeOf<'provider_unreachable'>().toExtend<ServerErrorCode>();
    expectTypeOf<'already_connected'>().not.toExtend<ServerErrorCode>();
    expect(new ConnectError({ code: 'invalid_credentials', message: 'No.' }).code).toBe('invalid_credentials');
  });

  it('is named ConnectError, and lets a subclass of the host’s name itself, as errors do', () => {
    class SessionExpiredError extends ConnectError {
      constructor() {
        super({ code: 'session_expired', message: 'Sign in again to connect an account.' });
        this.name = 'SessionExpiredError';
      }
    }
    expect(new ConnectError({ code: 'offline', message: 'You are offline.' }).name).toBe('ConnectError');
    // What the host's logs and error tracker show for it.
    expect(String(new SessionExpiredError())).toBe('SessionExpiredError: Sign in again to connect an account.');
    expectTypeOf<ConnectError['name']>().toEqualTypeOf<'ConnectError' | (string & {})>();
  });

  it('lists each code connect-hub/server sends once', () => {
    expect(new Set(SERVER_ERROR_CODES).size).toBe(SERVER_ERROR_CODES.length);
  });
});
