import { inject, makeStateKey, TransferState } from '@angular/core';

/** A region of the zone list (`America`, `Asia`…) and its zones, labelled by place. */
export interface TimeZoneRegion {
  readonly region: string;
  readonly zones: readonly { readonly id: string; readonly place: string }[];
}

const ZONES = makeStateKey<readonly string[]>('ab-time-zones');

/**
 * The IANA zones to choose from, grouped by region. The server's list is the one the Admin API checks
 * against, and it travels inside the page, so the browser hydrates the very options the server rendered
 * even when its own zone data is older or newer.
 */
export function injectTimeZoneChoices(): readonly TimeZoneRegion[] {
  const state = inject(TransferState);
  let zones = state.get(ZONES, null);
  if (!zones) {
    zones = Intl.supportedValuesOf('timeZone');
    state.set(ZONES, zones);
  }
  const regions = new Map<string, { id: string; place: string }[]>();
  for (const id of zones) {
    const [region = id, ...place] = id.split('/');
    const list = regions.get(region) ?? [];
    list.push({ id, place: place.join(' / ').replaceAll('_', ' ') || id });
    regions.set(region, list);
  }
  return [...regions].map(([region, list]) => ({ region, zones: list }));
}
