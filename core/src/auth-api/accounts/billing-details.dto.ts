import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  IsNotEmpty,
  IsObject,
  IsOptional,
  IsString,
  Matches,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { IsTaxId } from '../../shared/validation/is-tax-id.decorator.js';
import { TAX_ID_PROPERTY } from '../../shared/validation/tax-id-property.js';

const trimmed = () =>
  Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value));

export class BillingAddressDto {
  @ApiProperty({ maxLength: 200, minLength: 1 })
  @trimmed()
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  line1: string;

  @ApiPropertyOptional({ maxLength: 200 })
  @trimmed()
  @IsOptional()
  @IsString()
  @MaxLength(200)
  line2?: string;

  @ApiProperty({ maxLength: 20, minLength: 1 })
  @trimmed()
  @IsString()
  @IsNotEmpty()
  @MaxLength(20)
  postalCode: string;

  @ApiProperty({ maxLength: 120, minLength: 1 })
  @trimmed()
  @IsString()
  @IsNotEmpty()
  @MaxLength(120)
  city: string;

  @ApiProperty({ pattern: '^[A-Z]{2}$', example: 'ES', description: 'ISO 3166-1 alpha-2, upper-cased.' })
  @Transform(({ value }: { value: unknown }) =>
    typeof value === 'string' ? value.trim().toUpperCase() : value,
  )
  @IsString()
  @Matches(/^[A-Z]{2}$/, { message: 'country must be a two-letter ISO 3166 code, such as ES or US' })
  country: string;
}

/** What a customer's receipts are made out to: their name, tax id and billing address, and a phone. */
export class BillingDetailsDto {
  @ApiProperty({ maxLength: 120, minLength: 1 })
  @trimmed()
  @IsString()
  @IsNotEmpty()
  @MaxLength(120)
  fullName: string;

  @ApiPropertyOptional({ maxLength: 40, pattern: '^\\+?[0-9 ()-]{5,40}$' })
  @Transform(({ value }: { value: unknown }) =>
    typeof value === 'string' && value.trim() === '' ? undefined : value,
  )
  @IsOptional()
  @MaxLength(40)
  @Matches(/^\+?[0-9 ()-]{5,40}$/, { message: 'phone must be a phone number' })
  phone?: string;

  @ApiProperty(TAX_ID_PROPERTY)
  @IsTaxId()
  taxId: string;

  @ApiProperty({ type: BillingAddressDto, nullable: true, description: 'Null until the customer gives one.' })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => BillingAddressDto)
  billingAddress: BillingAddressDto | null;
}
