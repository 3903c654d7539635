import { registerDecorator, type ValidationOptions } from 'class-validator';

/**
 * class-validator rule for the upper end of a range: the value is not below `lowerField` (numbers compare
 * as numbers, ISO dates as instants). Holds when either end is missing or already invalid on its own.
 */
export function AtLeastField(lowerField: string, options?: ValidationOptions): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name: 'atLeastField',
      target: target.constructor,
      propertyName: String(propertyName),
      constraints: [lowerField],
      options,
      validator: {
        validate: (value: unknown, args) => {
          const lower = comparable((args?.object as Record<string, unknown>)[lowerField]);
          const upper = comparable(value);
          return lower === undefined || upper === undefined || upper >= lower;
        },
        defaultMessage: (args) => `${args?.property} must not be less than ${lowerField}`,
      },
    });
}

function comparable(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  if (typeof value === 'string') {
    const time = Date.parse(value);
    return Number.isNaN(time) ? undefined : time;
  }
  return undefined;
}
