import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

export class ComponentHealthDto {
  @ApiProperty({ example: 'operations-db' })
  name: string;

  @ApiProperty({ enum: ['up', 'down'] })
  status: 'up' | 'down';

  @ApiProperty({ type: 'integer', description: 'Time the check took, in milliseconds.' })
  latencyMs: number;

  @ApiPropertyOptional({ description: 'Why the component is down.' })
  error?: string;
}

export class HealthDto {
  @ApiProperty({ enum: ['up', 'down'] })
  status: 'up' | 'down';

  @ApiProperty({ type: [ComponentHealthDto] })
  components: ComponentHealthDto[];
}
