import type { ValueTransformer } from 'typeorm';

/** PostgreSQL returns numeric columns as strings to keep precision; money here fits a JS number. */
export const decimalTransformer: ValueTransformer = {
  to: (value: number | null | undefined) => value,
  from: (value: string | null) => (value === null ? null : Number(value)),
};
