import { ApiProperty } from '@nestjs/swagger';
import { REPORT_PERIODS } from './revenue-query.dto.js';

export class RevenueReportRowDto {
  @ApiProperty({ format: 'uuid' })
  supplierId: string;

  @ApiProperty()
  supplierName: string;

  @ApiProperty({ example: '2027-Q1', description: 'YYYY-MM, YYYY-Qn or YYYY.' })
  period: string;

  @ApiProperty({ format: 'date', description: 'First day of the period (UTC).' })
  periodStart: string;

  @ApiProperty({ example: 'USD' })
  currency: string;

  @ApiProperty({ type: 'integer', description: 'Successful launches in the period.' })
  launchesFlown: number;

  @ApiProperty({ type: 'integer' })
  launchesAborted: number;

  @ApiProperty({ type: 'integer', description: 'Booking payments on those launches.' })
  grossRevenueMinor: number;

  @ApiProperty({ type: 'integer' })
  refundsMinor: number;

  @ApiProperty({ type: 'integer' })
  netRevenueMinor: number;

  @ApiProperty({ type: 'integer', description: 'Non-void invoices by issue date.' })
  feesInvoicedMinor: number;

  @ApiProperty({ type: 'integer', description: 'Supplier payments by paid date.' })
  feesPaidMinor: number;

  @ApiProperty({ type: 'integer', description: 'Still owed on open invoices issued in the period.' })
  outstandingMinor: number;

  @ApiProperty({ description: "The supplier's current reliability, which sets its fee rate." })
  reliable: boolean;
}

export class RevenueTotalDto {
  @ApiProperty()
  currency: string;

  @ApiProperty({ type: 'integer' })
  launchesFlown: number;

  @ApiProperty({ type: 'integer' })
  launchesAborted: number;

  @ApiProperty({ type: 'integer' })
  grossRevenueMinor: number;

  @ApiProperty({ type: 'integer' })
  refundsMinor: number;

  @ApiProperty({ type: 'integer' })
  netRevenueMinor: number;

  @ApiProperty({ type: 'integer' })
  feesInvoicedMinor: number;

  @ApiProperty({ type: 'integer' })
  feesPaidMinor: number;

  @ApiProperty({ type: 'integer' })
  outstandingMinor: number;
}

export class RevenueReportDto {
  @ApiProperty({ enum: REPORT_PERIODS })
  period: string;

  @ApiProperty({ format: 'date' })
  from: string;

  @ApiProperty({ format: 'date' })
  to: string;

  @ApiProperty({ type: [RevenueReportRowDto] })
  rows: RevenueReportRowDto[];

  @ApiProperty({ type: [RevenueTotalDto], description: 'One per currency; amounts are never converted.' })
  totals: RevenueTotalDto[];
}
