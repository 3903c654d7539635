import { errorCode } from './error-code';

describe('errorCode', () => {
  it('never tells a wrong password from an unknown account', () => {
    expect(errorCode(401)).toBe('invalid-credentials');
    expect(errorCode(403)).toBe('invalid-credentials');
  });

  it('names throttling, refused details, dead links and outages', () => {
    expect(errorCode(429)).toBe('rate-limited');
    expect(errorCode(400)).toBe('invalid');
    expect(errorCode(422)).toBe('invalid');
    expect(errorCode(404)).toBe('link-invalid');
    expect(errorCode(409)).toBe('link-invalid');
    expect(errorCode(410)).toBe('link-invalid');
    expect(errorCode(500)).toBe('unavailable');
    expect(errorCode(502)).toBe('unavailable');
  });
});
