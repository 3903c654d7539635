/** Retired rockets stay on record for their past launches but take no new ones. */
export const ROCKET_STATUSES = ['active', 'retired'] as const;
export type RocketStatus = (typeof ROCKET_STATUSES)[number];
