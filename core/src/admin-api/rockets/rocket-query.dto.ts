import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsUUID } from 'class-validator';
import { ROCKET_STATUSES, type RocketStatus } from '../../shared/rules/rocket-status.js';

export class RocketQueryDto {
  @ApiPropertyOptional({ enum: ROCKET_STATUSES })
  @IsOptional()
  @IsIn(ROCKET_STATUSES)
  status?: RocketStatus;

  @ApiPropertyOptional({ format: 'uuid', description: "Admins only: one supplier's rockets." })
  @IsOptional()
  @IsUUID()
  supplierId?: string;
}
