import { ApiProperty } from '@nestjs/swagger';
import { ComponentHealthDto } from '../../platform/health/health.dto.js';

export class StatusDto {
  @ApiProperty({ type: [ComponentHealthDto] })
  components: ComponentHealthDto[];
}
