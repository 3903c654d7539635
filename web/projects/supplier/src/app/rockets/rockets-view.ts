export type RocketRange = 'suborbital' | 'orbital' | 'moon' | 'mars';

export interface RocketRow {
  readonly id: string;
  readonly name: string;
  readonly model: string;
  readonly capacity: number;
  readonly range: RocketRange;
  readonly status: 'active' | 'retired';
}

export interface RocketDetail extends RocketRow {
  readonly photoUrl: string;
}

export interface RocketsView {
  readonly rockets: readonly RocketRow[];
}

export const ROCKETS_VIEW_URL = '/bff/rockets';

export const rocketUrl = (id: string) => `${ROCKETS_VIEW_URL}/${encodeURIComponent(id)}`;

/** How people name each range: the API's `orbital` is low Earth orbit, `moon` is lunar. */
export const RANGE_LABELS: Readonly<Record<RocketRange, string>> = {
  suborbital: 'Suborbital',
  orbital: 'LEO',
  moon: 'Lunar',
  mars: 'Mars',
};
