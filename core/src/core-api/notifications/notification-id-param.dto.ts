import { ApiProperty } from '@nestjs/swagger';
import { IsMongoId } from 'class-validator';

export class NotificationIdParamDto {
  @ApiProperty({ example: '665f1c2e9b1e8a0012345678', pattern: '^[0-9a-fA-F]{24}$' })
  @IsMongoId()
  id: string;
}
