import { Controller, HttpCode, Param, Post } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { LaunchIdParamDto } from '../../platform/http/launch-id-param.dto.js';
import { ApiProblemResponses } from '../../platform/problem/api-problem-responses.js';
import { CurrentPrincipal } from '../../platform/security/current-principal.decorator.js';
import { actorOf, type Principal } from '../../platform/security/principal.js';
import { Roles } from '../../platform/security/roles.decorator.js';
import { AnnouncementDto, MissedAnnouncementsDto } from './announcement.dto.js';
import { LaunchAnnouncementsService } from './launch-announcements.service.js';

@ApiTags('notifications')
@Controller('notifications/launches')
export class LaunchAnnouncementsController {
  constructor(private readonly announcements: LaunchAnnouncementsService) {}

  @ApiOperation({
    summary:
      'Announces every bookable launch created in the last 7 days that never was (the repair job calls it).',
  })
  @Post('announcements/missed')
  @Roles('system', 'operations', 'admin')
  @HttpCode(200)
  @ApiOkResponse({ type: MissedAnnouncementsDto })
  announceMissed(@CurrentPrincipal() principal: Principal): Promise<MissedAnnouncementsDto> {
    return this.announcements.announceMissed(actorOf(principal));
  }

  @ApiOperation({
    summary:
      'Queues the announcement of a new launch: to VIP customers at once, to the others later; once per customer.',
  })
  @Post(':id/announcement')
  @Roles('system')
  @HttpCode(200)
  @ApiOkResponse({ type: AnnouncementDto })
  @ApiProblemResponses(400, 404)
  announce(
    @CurrentPrincipal() principal: Principal,
    @Param() params: LaunchIdParamDto,
  ): Promise<AnnouncementDto> {
    return this.announcements.announce(params.id, actorOf(principal));
  }
}
