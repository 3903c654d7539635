import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import {
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsEmail,
  IsIn,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
} from 'class-validator';
import { USER_ROLES, type UserRole } from '../../platform/security/roles.js';
import { NormalizeEmail } from '../accounts/email.transform.js';
import { MeetsPasswordPolicy } from '../passwords/meets-password-policy.decorator.js';
import { OptionalLanguage } from '../accounts/language.decorator.js';
import type { Language } from '../../shared/model/language.js';

const trim = () =>
  Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value));

export class CreateInvitationDto {
  @ApiProperty({ format: 'email', maxLength: 254 })
  @NormalizeEmail()
  @IsEmail()
  @MaxLength(254)
  email: string;

  @ApiProperty({ enum: USER_ROLES, isArray: true, minItems: 1 })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayUnique()
  @IsIn(USER_ROLES, { each: true })
  roles: UserRole[];

  @ApiPropertyOptional({
    format: 'uuid',
    description: 'Required with the supplier role (admins only; suppliers invite to their own).',
  })
  @IsOptional()
  @IsUUID()
  supplierId?: string;

  @ApiPropertyOptional({ maxLength: 120 })
  @IsOptional()
  @trim()
  @IsString()
  @MaxLength(120)
  fullName?: string;

  @OptionalLanguage('The language the inviter chose: the invitation and the new account are in it.')
  language?: Language;
}

export class InvitationDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ format: 'email' })
  email: string;

  @ApiProperty({ format: 'date-time' })
  expiresAt: string;
}

export class InvitationDetailsDto {
  @ApiProperty({ format: 'email' })
  email: string;

  @ApiProperty({ enum: USER_ROLES, isArray: true })
  roles: UserRole[];

  @ApiPropertyOptional()
  supplierName?: string;

  @ApiPropertyOptional()
  fullName?: string;
}

export class InvitationLookupDto {
  @ApiProperty({ minLength: 1, maxLength: 128 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(128)
  token: string;
}

export class AcceptInvitationDto {
  @ApiProperty({ minLength: 1, maxLength: 128 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(128)
  token: string;

  @ApiProperty({
    format: 'password',
    minLength: 12,
    maxLength: 256,
    description: 'Mixes lower and upper case letters and has a digit (GET /auth/password-policy).',
  })
  @MeetsPasswordPolicy()
  password: string;

  @ApiProperty({ maxLength: 120, minLength: 1, pattern: '\\S', description: 'Not blank.' })
  @trim()
  @IsString()
  @IsNotEmpty()
  @MaxLength(120)
  fullName: string;
}
