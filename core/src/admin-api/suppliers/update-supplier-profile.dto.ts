import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsEmail, IsString, Length, Matches, MaxLength } from 'class-validator';
import { IsTaxId } from '../../shared/validation/is-tax-id.decorator.js';
import { TAX_ID_PROPERTY } from '../../shared/validation/tax-id-property.js';
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
  @MaxLength(40)
  @Matches(/^\+?[0-9 ()-]{5,40}$/, { message: 'contactPhone must be a phone number' })
  contactPhone?: string;

  @ApiPropertyOptional({ minLength: 1, maxLength: 200 })
  @Omittable()
  @IsString()
  @Length(1, 200)
  legalName?: string;

  @ApiPropertyOptional(TAX_ID_PROPERTY)
  @Omittable()
  @IsTaxId()
  taxId?: string;

  @ApiPropertyOptional({ minLength: 1, maxLength: 1000 })
  @Omittable()
  @IsString()
  @Length(1, 1000)
  legalAddress?: string;
}
