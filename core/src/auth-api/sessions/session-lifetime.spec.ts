import { sessionLifetimeMs } from './session-lifetime.js';

const LIMITS = { staff: 12, customer: 720 };
const HOUR_MS = 3_600_000;

describe('sessionLifetimeMs', () => {
  it('gives a customer the customer lifetime', () => {
    expect(sessionLifetimeMs(['customer'], LIMITS)).toBe(720 * HOUR_MS);
  });

  it('gives anyone holding a staff or supplier role the short lifetime, even with the customer role too', () => {
    expect(sessionLifetimeMs(['supplier'], LIMITS)).toBe(12 * HOUR_MS);
    expect(sessionLifetimeMs(['customer', 'admin'], LIMITS)).toBe(12 * HOUR_MS);
  });
});
