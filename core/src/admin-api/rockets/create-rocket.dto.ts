import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsInt, IsOptional, IsString, IsUrl, IsUUID, Length, Max, Min } from 'class-validator';
import { ROCKET_RANGES, type RocketRange } from '../../shared/rules/rocket-range.js';

export class CreateRocketDto {
  @ApiProperty({ minLength: 1, maxLength: 120 })
  @IsString()
  @Length(1, 120)
  name: string;

  @ApiPropertyOptional({ maxLength: 120 })
  @IsOptional()
  @IsString()
  @Length(0, 120)
  model?: string;

  @ApiProperty({ type: 'integer', minimum: 1, maximum: 1000 })
  @IsInt()
  @Min(1)
  @Max(1000)
  capacity: number;

  @ApiProperty({ enum: ROCKET_RANGES })
  @IsIn(ROCKET_RANGES)
  range: RocketRange;

  @ApiPropertyOptional({ format: 'uri', maxLength: 2048, minLength: 1 })
  @IsOptional()
  @IsUrl({ protocols: ['https', 'http'], require_protocol: true })
  @Length(1, 2048)
  photoUrl?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'Admins only: the supplier the rocket belongs to.' })
  @IsOptional()
  @IsUUID()
  supplierId?: string;
}
