import { ApiProperty } from '@nestjs/swagger';

export class SupplierBalanceDto {
  @ApiProperty({ example: 'USD' })
  currency: string;

  @ApiProperty({ type: 'integer', description: 'Still owed on open invoices in this currency.' })
  outstandingMinor: number;
}

export class SupplierSummaryDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty()
  name: string;

  @ApiProperty()
  description: string;

  @ApiProperty({ type: 'integer' })
  launchCount: number;

  @ApiProperty({ type: 'integer' })
  rocketCount: number;

  @ApiProperty({ description: 'Reliable suppliers pay the lower fee rate.' })
  reliable: boolean;

  @ApiProperty({ type: 'integer' })
  successfulFlights: number;

  @ApiProperty({ type: 'integer' })
  failedFlights: number;

  @ApiProperty({
    type: [SupplierBalanceDto],
    description: 'One per currency with money owed; empty when settled.',
  })
  balances: SupplierBalanceDto[];
}

export class SupplierSummaryListDto {
  @ApiProperty({ type: [SupplierSummaryDto] })
  items: SupplierSummaryDto[];
}
