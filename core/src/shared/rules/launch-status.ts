/** Where a launch is in its life; see the domain rules for the allowed transitions. */
export const LAUNCH_STATUSES = [
  'scheduled',
  'confirmed',
  'delayed',
  'aborted',
  'successful',
  'failed',
] as const;
export type LaunchStatus = (typeof LAUNCH_STATUSES)[number];

/** Statuses in which a launch has not flown yet and still sells seats. */
export const BOOKABLE_STATUSES: readonly LaunchStatus[] = ['scheduled', 'confirmed', 'delayed'];

/** Statuses in which a supplier may still edit a launch's facts (confirmed launches keep their word). */
export const EDITABLE_STATUSES: readonly LaunchStatus[] = ['scheduled', 'delayed'];
