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

  it('lists each code connect-hub/server sends once', () => {
    expect(new Set(SERVER_ERROR_CODES).size).toBe(SERVER_ERROR_CODES.length);
  });
});
