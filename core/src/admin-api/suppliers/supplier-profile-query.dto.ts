import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsUUID } from 'class-validator';

export class SupplierProfileQueryDto {
  @ApiPropertyOptional({ format: 'uuid', description: 'Admins only (and required for them): whose profile.' })
  @IsOptional()
  @IsUUID()
  supplierId?: string;
}
