import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsEmail, IsString, Length, Matches } from 'class-validator';
import { Omittable } from '../../platform/validation/omittable.decorator.js';

export class UpdateSupplierProfileDto {
  @ApiPropertyOptional({ minLength: 1, maxLength: 120 })
  @Omittable()
  @IsString()
  @Length(1, 120)
  name?: string;

  @ApiPropertyOptional({ maxLength: 4000 })
  @Omittable()
  @IsString()
  @Length(0, 4000)
  description?: string;

  @ApiPropertyOptional({ format: 'email', maxLength: 254, minLength: 3 })
  @Omittable()
  @IsEmail()
  @Length(3, 254)
  contactEmail?: string;

  @ApiPropertyOptional({ maxLength: 40, pattern: '^\\+?[0-9 ()-]{5,40}$' })
  @Omittable()
  @Matches(/^\+?[0-9 ()-]{5,40}$/, { message: 'contactPhone must be a phone number' })
  contactPhone?: string;

  @ApiPropertyOptional({ minLength: 1, maxLength: 200 })
  @Omittable()
  @IsString()
  @Length(1, 200)
  legalName?: string;

  @ApiPropertyOptional({
    pattern: '^[A-Z]{2}[A-Z0-9]{5,15}$',
    description: 'Country prefix and 5-15 characters.',
  })
  @Omittable()
  @Matches(/^[A-Z]{2}[A-Z0-9]{5,15}$/, {
    message: 'taxId must be a country prefix and 5-15 letters or digits',
  })
  taxId?: string;

  @ApiPropertyOptional({ minLength: 1, maxLength: 1000 })
  @Omittable()
  @IsString()
  @Length(1, 1000)
  legalAddress?: string;
}
