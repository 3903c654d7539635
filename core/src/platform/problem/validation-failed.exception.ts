import { BadRequestException, type ValidationError } from '@nestjs/common';
import { constraintCode } from './constraint-code.js';
import type { FieldError } from './problem.js';

/** Raised by the validation pipe; carries each invalid field so the problem response can list them. */
export class ValidationFailedException extends BadRequestException {
  constructor(readonly errors: FieldError[]) {
    super('The request has invalid fields.');
  }

  static fromValidationErrors(errors: ValidationError[]): ValidationFailedException {
    return new ValidationFailedException(flatten(errors, ''));
  }
}

function flatten(errors: ValidationError[], prefix: string): FieldError[] {
  return errors.flatMap((error) => {
    const field = prefix ? `${prefix}.${error.property}` : error.property;
    const constraints = Object.entries(error.constraints ?? {});
    const own =
      constraints.length > 0
        ? [
            {
              field,
              messages: constraints.map(([, message]) => message),
              codes: constraints.map(([name]) => constraintCode(name)),
            },
          ]
        : [];
    return [...own, ...flatten(error.children ?? [], field)];
  });
}
