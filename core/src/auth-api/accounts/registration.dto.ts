import { ApiProperty } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsEmail, IsNotEmpty, IsString, Matches, MaxLength } from 'class-validator';
import { MeetsPasswordPolicy } from '../passwords/meets-password-policy.decorator.js';
import type { Language } from '../../shared/model/language.js';
import { OptionalLanguage } from './language.decorator.js';
import { NormalizeEmail } from './email.transform.js';

/** Country prefix (ISO 3166 alpha-2) followed by 5 to 15 letters or digits, e.g. ES12345678Z. */
export const TAX_ID_PATTERN = /^[A-Z]{2}[A-Z0-9]{5,15}$/;

export class RegisterDto {
  @ApiProperty({ format: 'email', maxLength: 254 })
  @NormalizeEmail()
  @IsEmail()
  @MaxLength(254)
  email: string;

  @ApiProperty({
    format: 'password',
    minLength: 12,
    maxLength: 256,
    description: 'Mixes lower and upper case letters and has a digit (GET /auth/password-policy).',
  })
  @MeetsPasswordPolicy()
  password: string;

  @ApiProperty({ maxLength: 120, minLength: 1, pattern: '\\S', description: 'Not blank.' })
  @Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value))
  @IsString()
  @IsNotEmpty()
  @MaxLength(120)
  fullName: string;

  @ApiProperty({ pattern: TAX_ID_PATTERN.source, example: 'ES12345678Z' })
  @Transform(({ value }: { value: unknown }) =>
    typeof value === 'string' ? value.replace(/[\s-]/g, '').toUpperCase() : value,
  )
  @IsString()
  @Matches(TAX_ID_PATTERN, { message: 'taxId must be a country code followed by 5 to 15 letters or digits' })
  taxId: string;

  @OptionalLanguage('The language the person signed up in: their emails are written in it.')
  language?: Language;
}

export class EmailTokenDto {
  @ApiProperty({ description: 'The token from the emailed link.', minLength: 1, maxLength: 128 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(128)
  token: string;
}

export class EmailAddressDto {
  @ApiProperty({ format: 'email', maxLength: 254 })
  @NormalizeEmail()
  @IsEmail()
  @MaxLength(254)
  email: string;
}

export class AcceptedDto {
  @ApiProperty({ example: 'verification-sent' })
  status: string;
}
