import { Controller, Delete, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiProblemResponses } from '../../platform/problem/api-problem-responses.js';
import { CurrentPrincipal } from '../../platform/security/current-principal.decorator.js';
import { actorOf, type Principal } from '../../platform/security/principal.js';
import { Roles } from '../../platform/security/roles.decorator.js';
import { NotificationIdParamDto } from './notification-id-param.dto.js';
import { NotificationQueueQueryDto } from './notification-queue-query.dto.js';
import { NotificationQueueService } from './notification-queue.service.js';
import { NotificationDto, NotificationListDto } from './notification.dto.js';

/** The notification queue for IT employees. */
@ApiTags('notifications')
@Roles('operations', 'admin')
@Controller('notifications')
export class NotificationQueueController {
  constructor(private readonly queue: NotificationQueueService) {}

  @ApiOperation({
    summary: 'The notification queue, newest first, optionally only pending, sent or failed ones.',
  })
  @Get()
  @ApiOkResponse({ type: NotificationListDto })
  @ApiProblemResponses(400)
  list(@Query() query: NotificationQueueQueryDto): Promise<NotificationListDto> {
    return this.queue.list({ status: query.status, limit: query.limit ?? 20, offset: query.offset ?? 0 });
  }

  @ApiOperation({ summary: 'Marks a notification sent, so it is not (re)tried; a sent one stays as it is.' })
  @Post(':id/mark-sent')
  @HttpCode(200)
  @ApiOkResponse({ type: NotificationDto })
  @ApiProblemResponses(400, 404)
  markSent(
    @CurrentPrincipal() principal: Principal,
    @Param() params: NotificationIdParamDto,
  ): Promise<NotificationDto> {
    return this.queue.markSent(params.id, actorOf(principal));
  }

  @ApiOperation({ summary: 'Deletes a notification from the queue; a pending one is then never sent.' })
  @Delete(':id')
  @HttpCode(204)
  @ApiNoContentResponse()
  @ApiProblemResponses(400, 404)
  remove(@CurrentPrincipal() principal: Principal, @Param() params: NotificationIdParamDto): Promise<void> {
    return this.queue.remove(params.id, actorOf(principal));
  }
}
