import { ValidateIf } from 'class-validator';

/**
 * Validates a field only when the body has it. Unlike `@IsOptional()`, a null is validated too, and so refused:
 * the documents declare these fields non-nullable, and a null would otherwise reach a NOT NULL column.
 */
export function Omittable(): PropertyDecorator {
  return ValidateIf((_object: object, value: unknown) => value !== undefined);
}
