import { applyDecorators } from '@nestjs/common';
import { Transform } from 'class-transformer';
import { IsString, MaxLength, ValidateBy, type ValidationOptions } from 'class-validator';
import { normalizeTaxId, taxIdProblem } from '../rules/tax-id.js';

/** Longest format (SE, 12 digits, or NL) plus its prefix, with room for what a person types between groups. */
const MAX_TYPED_LENGTH = 40;

/**
 * A tax id in its country's format (`tax-id` in a refused form's errors), stored normalised: customers and
 * suppliers type it the same way, so both are read by this one decorator.
 */
export function IsTaxId(options?: ValidationOptions): PropertyDecorator {
  return applyDecorators(
    Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? normalizeTaxId(value) : value)),
    IsString(options),
    MaxLength(MAX_TYPED_LENGTH, options),
    ValidateBy(
      {
        name: 'isTaxId',
        validator: {
          validate: (value: unknown) => typeof value === 'string' && taxIdProblem(value) === undefined,
          defaultMessage: (args) =>
            typeof args?.value === 'string' ? (taxIdProblem(args.value) ?? '') : 'taxId must be a tax id',
        },
      },
      options,
    ),
  );
}
