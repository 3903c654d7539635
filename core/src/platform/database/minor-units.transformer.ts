import type { ValueTransformer } from 'typeorm';

/**
 * Money columns are `bigint` minor units; `pg` returns int8 as a string because it may exceed a JS number.
 * Amounts here stay far below 2^53 (90 trillion dollars in cents), so a larger one is refused, not rounded.
 */
export const minorUnitsTransformer: ValueTransformer = {
  to: (value: number | null | undefined) => value,
  from: (value: string | null) => {
    if (value === null) return null;
    const minor = Number(value);
    if (!Number.isSafeInteger(minor))
      throw new RangeError(`money column holds ${value}, beyond a safe integer`);
    return minor;
  },
};
