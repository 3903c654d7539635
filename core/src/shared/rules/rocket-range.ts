/**
 * How far a rocket can fly, in the domain's words: `orbital` is low Earth orbit (LEO) and `moon` is lunar;
 * apps show those labels, the stored values stay those of the Operations DB enum.
 */
export const ROCKET_RANGES = ['suborbital', 'orbital', 'moon', 'mars'] as const;
export type RocketRange = (typeof ROCKET_RANGES)[number];
