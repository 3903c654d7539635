import { Controller, Get, HttpStatus, Inject, Res } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { NoRequestLimit } from '../rate-limit/no-request-limit.decorator.js';
import { Public } from '../security/public.decorator.js';
import { checkComponents } from './check-components.js';
import { HealthDto } from './health.dto.js';
import { HEALTH_INDICATORS, type HealthIndicator } from './health-indicator.js';

@ApiTags('health')
@NoRequestLimit()
@Public()
@Controller('health')
export class HealthController {
  constructor(@Inject(HEALTH_INDICATORS) private readonly indicators: HealthIndicator[]) {}

  @ApiOperation({ summary: 'The process is up and serving HTTP.' })
  @Get('live')
  @ApiOkResponse({ type: HealthDto })
  live(): HealthDto {
    return { status: 'up', components: [] };
  }

  @ApiOperation({ summary: 'Every dependency of this service answers; 503 lists which do not.' })
  @Get('ready')
  @ApiOkResponse({ type: HealthDto })
  @ApiServiceUnavailableResponse({ type: HealthDto })
  async ready(@Res({ passthrough: true }) response: Response): Promise<HealthDto> {
    const components = await checkComponents(this.indicators);
    const up = components.every((component) => component.status === 'up');
    if (!up) response.status(HttpStatus.SERVICE_UNAVAILABLE);
    return { status: up ? 'up' : 'down', components };
  }
}
