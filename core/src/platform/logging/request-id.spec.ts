import { requestIdFrom } from './request-id.js';

describe('requestIdFrom', () => {
  it("keeps the caller's id when it is plain text", () => {
    expect(requestIdFrom('trace-abc-123')).toBe('trace-abc-123');
  });

  it('generates a new id when none was sent', () => {
    expect(requestIdFrom(undefined)).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('replaces ids that are too long or contain odd characters', () => {
    expect(requestIdFrom('x'.repeat(200))).not.toBe('x'.repeat(200));
    expect(requestIdFrom('a b\nc')).not.toBe('a b\nc');
  });
});
