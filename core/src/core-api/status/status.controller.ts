import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '../../platform/security/roles.decorator.js';
import { StatusDto } from './status.dto.js';
import { StatusService } from './status.service.js';

@ApiTags('status')
@Controller('status')
export class StatusController {
  constructor(private readonly statusService: StatusService) {}

  @ApiOperation({ summary: 'Health of every component of the system, with how long each check took.' })
  @Get()
  @Roles('operations', 'admin')
  @ApiOkResponse({ type: StatusDto })
  status(): Promise<StatusDto> {
    return this.statusService.status();
  }
}
