import { ApiProperty } from '@nestjs/swagger';

export class AnnualAmountsDto {
  @ApiProperty({ example: 'USD' })
  currency: string;

  @ApiProperty({
    type: 'integer',
    description: 'Fees of non-void invoices on launches flown or aborted, and manual ones.',
  })
  actualMinor: number;

  @ApiProperty({
    type: 'integer',
    description: 'Projected fees of launches still to fly, on the seats sold so far.',
  })
  pendingSoldMinor: number;

  @ApiProperty({
    type: 'integer',
    description: 'Projected fees of launches still to fly, at least at their minimum occupancy.',
  })
  pendingMinimumMinor: number;
}

export class AnnualSupplierMonthDto extends AnnualAmountsDto {
  @ApiProperty({ format: 'uuid' })
  supplierId: string;

  @ApiProperty()
  supplierName: string;

  @ApiProperty({ example: '2027-03' })
  month: string;
}

export class AnnualMonthDto extends AnnualAmountsDto {
  @ApiProperty({ example: '2027-03' })
  month: string;
}

export class AnnualReportDto {
  @ApiProperty({ type: 'integer' })
  year: number;

  @ApiProperty({ type: [AnnualSupplierMonthDto], description: 'Per supplier, month and currency.' })
  rows: AnnualSupplierMonthDto[];

  @ApiProperty({
    type: [AnnualMonthDto],
    description: 'Every month of the year per currency, for the chart.',
  })
  months: AnnualMonthDto[];

  @ApiProperty({ type: [AnnualAmountsDto], description: 'One per currency; amounts are never converted.' })
  totals: AnnualAmountsDto[];
}
