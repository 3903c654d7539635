import type { AuthConfig } from '../../platform/config/app-config.js';

const HOUR_MS = 60 * 60 * 1000;

/**
 * How long a sign-in may last at most, however often it is refreshed: anyone who can act for suppliers or the
 * platform gets a working day, so a stolen staff session cannot be kept alive for weeks; customers a month.
 */
export function sessionLifetimeMs(roles: readonly string[], limits: AuthConfig['sessionMaxHours']): number {
  const staff = roles.some((role) => role !== 'customer');
  return (staff ? limits.staff : limits.customer) * HOUR_MS;
}
