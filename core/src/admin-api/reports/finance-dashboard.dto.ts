import { ApiProperty } from '@nestjs/swagger';

export class CurrencyPositionDto {
  @ApiProperty({ example: 'USD' })
  currency: string;

  @ApiProperty({ type: 'integer', description: 'Still owed on open invoices.' })
  outstandingMinor: number;

  @ApiProperty({ type: 'integer', description: 'Open invoices past their due date.' })
  overdueCount: number;

  @ApiProperty({ type: 'integer' })
  overdueMinor: number;

  @ApiProperty({ type: 'integer', description: 'Supplier payments dated this calendar month (UTC).' })
  collectedThisMonthMinor: number;
}

export class MonthlyFlowDto {
  @ApiProperty({ example: '2027-03' })
  month: string;

  @ApiProperty()
  currency: string;

  @ApiProperty({ type: 'integer', description: 'Non-void invoices issued in the month.' })
  invoicedMinor: number;

  @ApiProperty({ type: 'integer', description: 'Supplier payments dated in the month.' })
  collectedMinor: number;
}

export class FinanceDashboardDto {
  @ApiProperty({ type: [CurrencyPositionDto] })
  currencies: CurrencyPositionDto[];

  @ApiProperty({
    type: [MonthlyFlowDto],
    description: 'The last 12 months (this one included) per currency.',
  })
  months: MonthlyFlowDto[];
}
