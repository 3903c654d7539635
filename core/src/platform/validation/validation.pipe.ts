import { ValidationPipe } from '@nestjs/common';
import { ValidationFailedException } from '../problem/validation-failed.exception.js';

/** Strips nothing silently: unknown fields are rejected, and values are converted to the DTO's types. */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    exceptionFactory: (errors) => ValidationFailedException.fromValidationErrors(errors),
  });
}
