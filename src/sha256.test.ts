// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { hmacSha256Hex, sha256Hex } from './sha256.js';

describe('sha256Hex', () => {
  it('hashes with Web Crypto', async () => {
    expect(await sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });
});

describe('hmacSha256Hex', () => {
  it('signs with Web Crypto (RFC 4231, test case 2)', async () => {
    expect(await hmacSha256Hex('Jefe', 'what do ya want for nothing?')).toBe(
      '5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843',
    );
  });
});
