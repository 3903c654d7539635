import { ApiProperty } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsEmail, IsNotEmpty, IsString, MaxLength } from 'class-validator';
import { MeetsPasswordPolicy } from '../passwords/meets-password-policy.decorator.js';
import { IsTaxId } from '../../shared/validation/is-tax-id.decorator.js';
import { TAX_ID_PROPERTY } from '../../shared/validation/tax-id-property.js';
import type { Language } from '../../shared/model/language.js';
import { OptionalLanguage } from './language.decorator.js';
import { NormalizeEmail } from './email.transform.js';

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

  @ApiProperty(TAX_ID_PROPERTY)
  @IsTaxId()
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
