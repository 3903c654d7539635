import { applyDecorators } from '@nestjs/common';
import { Transform } from 'class-transformer';
import { IsString, MaxLength, ValidateBy, type ValidationOptions } from 'class-validator';

/** The zones of this runtime's time-zone database, keyed in lower case so any casing finds its canonical name. */
const ZONES = new Map(
  [...Intl.supportedValuesOf('timeZone'), 'UTC'].map((zone) => [zone.toLowerCase(), zone] as const),
);

/**
 * Whether `value` names a zone of the IANA database (`Asia/Tokyo`, `UTC`, or an alias such as
 * `Asia/Kolkata`). `Intl` alone also accepts UTC offsets (`+05:30`), which are no place's time zone and
 * would miss every daylight-saving change.
 */
export function isTimeZone(value: unknown): value is string {
  if (typeof value !== 'string' || !/^[A-Za-z][A-Za-z0-9_+\-/]*$/.test(value)) return false;
  try {
    new Intl.DateTimeFormat('en', { timeZone: value });
    return true;
  } catch {
    return false;
  }
}

/** An IANA time zone, stored under its canonical spelling (`asia/tokyo` becomes `Asia/Tokyo`). */
export function IsTimeZone(options?: ValidationOptions): PropertyDecorator {
  return applyDecorators(
    Transform(({ value }: { value: unknown }) =>
      typeof value === 'string' ? (ZONES.get(value.trim().toLowerCase()) ?? value.trim()) : value,
    ),
    IsString(options),
    MaxLength(64, options),
    ValidateBy(
      {
        name: 'isTimeZone',
        validator: {
          validate: (value: unknown) => isTimeZone(value),
          defaultMessage: () => '$property must be an IANA time zone, such as Asia/Tokyo or Europe/Madrid',
        },
      },
      options,
    ),
  );
}
