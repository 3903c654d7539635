import { holdCooldownSeconds, type HoldCooldownPolicy } from './hold-cooldown.js';

const policy: HoldCooldownPolicy = { expiredHoldsBeforeCooldown: 3, windowHours: 24, cooldownMinutes: 15 };
const now = new Date('2026-01-01T12:00:00Z');
const minutesAgo = (minutes: number) => new Date(now.getTime() - minutes * 60 * 1000);

describe('hold cool-down', () => {
  it('lets a customer hold seats again after as many expired holds as the policy allows', () => {
    expect(holdCooldownSeconds({ count: 0, latestExpiredAt: null }, policy, now)).toBe(0);
    expect(holdCooldownSeconds({ count: 3, latestExpiredAt: minutesAgo(0) }, policy, now)).toBe(0);
  });

  it('makes the customer wait the cool-down from the expired hold that went beyond the allowance', () => {
    expect(holdCooldownSeconds({ count: 4, latestExpiredAt: minutesAgo(0) }, policy, now)).toBe(15 * 60);
    expect(holdCooldownSeconds({ count: 4, latestExpiredAt: minutesAgo(10) }, policy, now)).toBe(5 * 60);
    expect(holdCooldownSeconds({ count: 4, latestExpiredAt: minutesAgo(15) }, policy, now)).toBe(0);
  });

  it('doubles the cool-down with each further expired hold', () => {
    expect(holdCooldownSeconds({ count: 5, latestExpiredAt: minutesAgo(0) }, policy, now)).toBe(30 * 60);
    expect(holdCooldownSeconds({ count: 6, latestExpiredAt: minutesAgo(0) }, policy, now)).toBe(60 * 60);
  });

  it('never makes the customer wait longer than the window in which expired holds count', () => {
    expect(holdCooldownSeconds({ count: 40, latestExpiredAt: minutesAgo(0) }, policy, now)).toBe(
      24 * 60 * 60,
    );
  });

  it('rounds a part of a second up, so a client waiting exactly Retry-After is let in', () => {
    const justNow = new Date(now.getTime() - 500);
    expect(holdCooldownSeconds({ count: 4, latestExpiredAt: justNow }, policy, now)).toBe(15 * 60);
  });
});
