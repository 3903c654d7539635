import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiProblemResponses } from '../../platform/problem/api-problem-responses.js';
import { SystemLogListDto } from '../../shared/system-log-store/system-log.dto.js';
import { LimitQueryDto } from '../../platform/http/limit-query.dto.js';
import { SystemLogsService } from '../../shared/system-log-store/system-logs.service.js';
import { Roles } from '../../platform/security/roles.decorator.js';

@ApiTags('logs')
@Controller('logs')
export class SystemLogsController {
  constructor(private readonly logs: SystemLogsService) {}

  @ApiOperation({ summary: 'The most recent system log entries, newest first.' })
  @Get()
  @Roles('operations', 'admin')
  @ApiOkResponse({ type: SystemLogListDto })
  @ApiProblemResponses(400)
  async list(@Query() query: LimitQueryDto): Promise<SystemLogListDto> {
    return { items: await this.logs.latest(query.limit ?? 50) };
  }
}
