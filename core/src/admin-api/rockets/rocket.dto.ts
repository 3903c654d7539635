import { ApiProperty } from '@nestjs/swagger';
import { ROCKET_RANGES, type RocketRange } from '../../shared/rules/rocket-range.js';
import { ROCKET_STATUSES, type RocketStatus } from '../../shared/rules/rocket-status.js';

export class RocketDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ format: 'uuid' })
  supplierId: string;

  @ApiProperty({ example: 'Horizon Heavy' })
  name: string;

  @ApiProperty({ example: 'HH-2' })
  model: string;

  @ApiProperty({ type: 'integer', description: 'Seats; the most any launch of this rocket can offer.' })
  capacity: number;

  @ApiProperty({ enum: ROCKET_RANGES, description: 'orbital = low Earth orbit (LEO), moon = lunar.' })
  range: RocketRange;

  @ApiProperty({ enum: ROCKET_STATUSES })
  status: RocketStatus;

  @ApiProperty({ type: String, nullable: true, format: 'uri' })
  photoUrl: string | null;

  @ApiProperty({ format: 'date-time' })
  createdAt: string;
}

export class RocketListDto {
  @ApiProperty({ type: [RocketDto] })
  items: RocketDto[];
}
