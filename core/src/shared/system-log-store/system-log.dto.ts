import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

export class SystemLogDto {
  @ApiProperty()
  id: string;

  @ApiProperty({ format: 'date-time' })
  time: string;

  @ApiProperty({ example: 'catalog-sync.succeeded' })
  eventType: string;

  @ApiProperty({ example: 'job-scheduler' })
  actor: string;

  @ApiPropertyOptional()
  requestId?: string;

  @ApiProperty({ type: 'object', additionalProperties: true })
  details: Record<string, unknown>;
}

export class SystemLogListDto {
  @ApiProperty({ type: [SystemLogDto] })
  items: SystemLogDto[];
}
