import { ApiProperty } from '@nestjs/swagger';
import { CatalogLaunchDto } from '../../customer-api/catalog/catalog-launch.dto.js';

/** A launch as operations staff see it: the catalog view plus ids and occupancy figures. */
export class AdminLaunchDto extends CatalogLaunchDto {
  @ApiProperty({ format: 'uuid' })
  supplierId: string;

  @ApiProperty({ format: 'uuid' })
  rocketId: string;

  @ApiProperty({ type: 'integer', description: 'Seats that must be sold for the launch to be viable.' })
  minimumOccupancy: number;

  @ApiProperty({ type: 'integer' })
  seatsSold: number;

  @ApiProperty({ description: 'Seats sold over seats offered, from 0 to 1.', example: 0.625 })
  occupancyRate: number;

  @ApiProperty({ description: 'Whether enough seats are sold to reach the minimum occupancy.' })
  viable: boolean;
}

export class AdminLaunchListDto {
  @ApiProperty({ type: [AdminLaunchDto] })
  items: AdminLaunchDto[];
}
