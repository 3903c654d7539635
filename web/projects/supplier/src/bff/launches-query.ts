import { AdminApi } from '@astrobookings/openapi';

type LaunchesQuery = NonNullable<AdminApi.paths['/launches']['get']['parameters']['query']>;
type LaunchStatus = AdminApi.components['schemas']['AdminLaunchDto']['status'];

/** Every status the Admin API knows, in lifecycle order, from its own contract. */
export const LAUNCH_STATUS_VALUES: readonly LaunchStatus[] = AdminApi.adminLaunchDtoStatusValues;

const DAY = /^\d{4}-\d{2}-\d{2}$/;

export function isLaunchStatus(value: string | undefined): value is LaunchStatus {
  return LAUNCH_STATUS_VALUES.some((status) => status === value);
}

/**
 * The dashboard's GET form (status, `yyyy-mm-dd` UTC days, sort) as the Admin API's query: a day filter
 * covers the whole day, and anything malformed is left out rather than sent on.
 */
export function toLaunchesQuery(filters: {
  readonly status?: string | undefined;
  readonly from?: string | undefined;
  readonly to?: string | undefined;
  readonly sort?: string | undefined;
}): LaunchesQuery {
  const { status, from, to } = filters;
  return {
    ...(isLaunchStatus(status) ? { status } : {}),
    ...(from && DAY.test(from) ? { from: `${from}T00:00:00.000Z` } : {}),
    ...(to && DAY.test(to) ? { to: `${to}T23:59:59.999Z` } : {}),
    sort: filters.sort === 'occupancy' ? 'occupancy' : 'scheduledAt',
  };
}
