import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsInt, IsString, IsUrl, Length, Max, Min } from 'class-validator';
import { Omittable } from '../../platform/validation/omittable.decorator.js';
import { ROCKET_RANGES, type RocketRange } from '../../shared/rules/rocket-range.js';

/** Fields to change; capacity may not drop below the seats sold on any future launch. */
export class UpdateRocketDto {
  @ApiPropertyOptional({ minLength: 1, maxLength: 120 })
  @Omittable()
  @IsString()
  @Length(1, 120)
  name?: string;

  @ApiPropertyOptional({ maxLength: 120 })
  @Omittable()
  @IsString()
  @Length(0, 120)
  model?: string;

  @ApiPropertyOptional({ type: 'integer', minimum: 1, maximum: 1000 })
  @Omittable()
  @IsInt()
  @Min(1)
  @Max(1000)
  capacity?: number;

  @ApiPropertyOptional({ enum: ROCKET_RANGES })
  @Omittable()
  @IsIn(ROCKET_RANGES)
  range?: RocketRange;

  @ApiPropertyOptional({ format: 'uri', maxLength: 2048, minLength: 1 })
  @Omittable()
  @IsUrl({ protocols: ['https', 'http'], require_protocol: true })
  @Length(1, 2048)
  photoUrl?: string;
}
