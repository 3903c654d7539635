import { createSessionCipher } from './session-cipher.js';

const SECRET = 'a-test-secret-that-is-long-enough-0123456789';

describe('createSessionCipher', () => {
  const cipher = createSessionCipher(SECRET, 'session:customer');

  it('opens what it sealed, and the sealed text reveals nothing of the value', () => {
    const sealed = cipher.seal({ refreshToken: 'rt-secret', name: 'Ada' });

    expect(sealed).not.toContain('rt-secret');
    expect(Buffer.from(sealed, 'base64url').toString('latin1')).not.toContain('Ada');
    expect(cipher.open(sealed)).toEqual({ refreshToken: 'rt-secret', name: 'Ada' });
  });

  it('uses a fresh IV, so sealing the same value twice gives different texts', () => {
    expect(cipher.seal({ a: 1 })).not.toBe(cipher.seal({ a: 1 }));
  });

  it('rejects a tampered cookie', () => {
    const bytes = Buffer.from(cipher.seal({ roles: ['customer'] }), 'base64url');
    bytes[20] = bytes[20] ^ 0x01;

    expect(cipher.open(bytes.toString('base64url'))).toBeNull();
  });

  it('rejects a cookie sealed for another app or with another secret', () => {
    const sealed = cipher.seal({ roles: ['customer'] });

    expect(createSessionCipher(SECRET, 'session:operations').open(sealed)).toBeNull();
    expect(createSessionCipher(`${SECRET}-rotated`, 'session:customer').open(sealed)).toBeNull();
  });

  it('rejects garbage and truncated values', () => {
    expect(cipher.open('')).toBeNull();
    expect(cipher.open('not-base64!')).toBeNull();
    expect(cipher.open(cipher.seal({ a: 1 }).slice(0, 30))).toBeNull();
  });
});
