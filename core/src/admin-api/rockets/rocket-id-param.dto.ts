import { ApiProperty } from '@nestjs/swagger';
import { IsUUID } from 'class-validator';

export class RocketIdParamDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  id: string;
}
