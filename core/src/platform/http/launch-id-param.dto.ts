import { ApiProperty } from '@nestjs/swagger';
import { IsUUID } from 'class-validator';

export class LaunchIdParamDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  id: string;
}
