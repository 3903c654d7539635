import { Body, Controller, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiProblemResponses } from '../../platform/problem/api-problem-responses.js';
import { CurrentPrincipal } from '../../platform/security/current-principal.decorator.js';
import { actorOf, type Principal } from '../../platform/security/principal.js';
import { Roles } from '../../platform/security/roles.decorator.js';
import { NotificationDto, SendEmailDto } from './notification.dto.js';
import { NotificationsService } from './notifications.service.js';

@ApiTags('notifications')
@Controller('notifications')
export class NotificationsController {
  constructor(private readonly notifications: NotificationsService) {}

  @ApiOperation({
    summary: 'Sends an email now and records it; a failed delivery is recorded with status `failed`.',
  })
  @Post('email')
  @Roles('system')
  @ApiCreatedResponse({ type: NotificationDto })
  @ApiProblemResponses(400)
  send(@CurrentPrincipal() principal: Principal, @Body() body: SendEmailDto): Promise<NotificationDto> {
    return this.notifications.sendEmail(body, actorOf(principal));
  }
}
