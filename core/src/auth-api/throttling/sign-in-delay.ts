/** The first wait once a client went over its free failed sign-ins to one account. */
const FIRST_DELAY_SECONDS = 30;

/**
 * How long a client must wait after its `failures`-th failed sign-in to one account: nothing below `threshold`,
 * then 30 s, doubling with each further failure, never more than `maxSeconds`. Slows guessing to a crawl while
 * a typo-prone owner waits seconds, not a lockout.
 */
export function signInDelaySeconds(failures: number, threshold: number, maxSeconds: number): number {
  if (failures < threshold) return 0;
  return Math.min(maxSeconds, FIRST_DELAY_SECONDS * 2 ** (failures - threshold));
}
