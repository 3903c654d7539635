import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  IsIn,
  IsInt,
  IsISO4217CurrencyCode,
  IsISO8601,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Matches,
  Max,
  Min,
} from 'class-validator';
import {
  INVOICE_PAYMENT_METHODS,
  INVOICE_STATUSES,
  type InvoicePaymentMethod,
  type InvoiceStatus,
} from '../../shared/rules/invoice-status.js';
import { PageQueryDto } from '../../platform/http/page-query.dto.js';

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const MAX_MINOR = Number.MAX_SAFE_INTEGER;

export class IssueInvoiceDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  supplierId: string;

  @ApiPropertyOptional({
    format: 'uuid',
    description: 'One of the supplier’s launches the invoice is about.',
  })
  @IsOptional()
  @IsUUID()
  launchId?: string;

  @ApiProperty({ minLength: 1, maxLength: 500 })
  @IsString()
  @Length(1, 500)
  description: string;

  @ApiProperty({ type: 'integer', minimum: 1, description: 'In minor units (cents).' })
  @IsInt()
  @Min(1)
  @Max(MAX_MINOR)
  amountMinor: number;

  @ApiProperty({ example: 'USD' })
  @IsISO4217CurrencyCode()
  currency: string;
}

export class RecordInvoicePaymentDto {
  @ApiProperty({ type: 'integer', minimum: 1, description: 'In minor units; at most the balance.' })
  @IsInt()
  @Min(1)
  @Max(MAX_MINOR)
  amountMinor: number;

  @ApiProperty({ example: 'USD', description: 'Must be the invoice’s currency.' })
  @IsISO4217CurrencyCode()
  currency: string;

  @ApiProperty({ format: 'date', description: 'When the money arrived; not in the future.' })
  @Matches(DATE)
  @IsISO8601({ strict: true })
  paidOn: string;

  @ApiProperty({ minLength: 1, maxLength: 120, description: 'The bank or card reference.' })
  @IsString()
  @Length(1, 120)
  reference: string;

  @ApiProperty({ enum: INVOICE_PAYMENT_METHODS })
  @IsIn(INVOICE_PAYMENT_METHODS)
  method: InvoicePaymentMethod;
}

export class VoidInvoiceDto {
  @ApiProperty({ minLength: 1, maxLength: 1000 })
  @IsString()
  @Length(1, 1000)
  reason: string;
}

export class InvoiceListQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  supplierId?: string;

  @ApiPropertyOptional({ enum: INVOICE_STATUSES })
  @IsOptional()
  @IsIn(INVOICE_STATUSES)
  status?: InvoiceStatus;

  @ApiPropertyOptional({ format: 'date', description: 'Issued on or after this date.' })
  @IsOptional()
  @Matches(DATE)
  @IsISO8601({ strict: true })
  from?: string;

  @ApiPropertyOptional({ format: 'date', description: 'Issued on or before this date.' })
  @IsOptional()
  @Matches(DATE)
  @IsISO8601({ strict: true })
  to?: string;

  @ApiPropertyOptional({ maxLength: 20, description: 'Part of the invoice number.' })
  @IsOptional()
  @IsString()
  @Length(0, 20)
  q?: string;
}

export class InvoiceJobQueryDto {
  @ApiPropertyOptional({ format: 'date', description: 'The day to run as (tests); today in UTC by default.' })
  @IsOptional()
  @Matches(DATE)
  @IsISO8601({ strict: true })
  today?: string;
}

export class InvoiceIdParamDto {
  @ApiProperty({ format: 'uuid' })
  @Type(() => String)
  @IsUUID()
  id: string;
}
