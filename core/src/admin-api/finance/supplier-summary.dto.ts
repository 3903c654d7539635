import { ApiProperty } from '@nestjs/swagger';

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
}

export class SupplierSummaryListDto {
  @ApiProperty({ type: [SupplierSummaryDto] })
  items: SupplierSummaryDto[];
}
