const MINUTE_MS = 60 * 1000;
const HOUR_MS = 60 * MINUTE_MS;

/** How patient the platform is with a customer who holds seats and lets the holds expire unpaid. */
export interface HoldCooldownPolicy {
  /** Expired holds within the window that cost nothing. */
  expiredHoldsBeforeCooldown: number;
  /** How far back expired holds count. */
  windowHours: number;
  /** The cool-down after the first expired hold beyond the allowance; each further one doubles it. */
  cooldownMinutes: number;
}

/** The customer's holds that expired unpaid within the window, and when the latest one expired. */
export interface RecentExpiredHolds {
  count: number;
  latestExpiredAt: Date | null;
}

/**
 * Whole seconds the customer must wait before holding seats again (0: they may hold now). Holding seats and
 * letting them lapse takes them from everyone else for the hold time, so beyond a few lapses a day each new
 * lapse doubles the wait, counted from that lapse and never longer than the window itself.
 */
export function holdCooldownSeconds(
  expired: RecentExpiredHolds,
  policy: HoldCooldownPolicy,
  now: Date,
): number {
  const excess = expired.count - policy.expiredHoldsBeforeCooldown;
  if (excess < 1 || !expired.latestExpiredAt) return 0;
  const cooldownMs = Math.min(
    policy.cooldownMinutes * MINUTE_MS * 2 ** (excess - 1),
    policy.windowHours * HOUR_MS,
  );
  const waitMs = expired.latestExpiredAt.getTime() + cooldownMs - now.getTime();
  return waitMs > 0 ? Math.ceil(waitMs / 1000) : 0;
}
