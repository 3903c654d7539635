import { applyDecorators } from '@nestjs/common';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { LANGUAGES } from '../../shared/model/language.js';

/** An optional `language` field of a request that creates an account: English when left out. */
export function OptionalLanguage(description: string): PropertyDecorator {
  return applyDecorators(
    ApiPropertyOptional({ enum: LANGUAGES, description: `${description} English when left out.` }),
    IsOptional(),
    IsIn(LANGUAGES),
  );
}
