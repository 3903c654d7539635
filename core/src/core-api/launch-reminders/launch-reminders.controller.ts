import { Controller, HttpCode, Post } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal } from '../../platform/security/current-principal.decorator.js';
import { actorOf, type Principal } from '../../platform/security/principal.js';
import { Roles } from '../../platform/security/roles.decorator.js';
import { RemindersDto } from '../bookings/booking.dto.js';
import { LaunchRemindersService } from './launch-reminders.service.js';

@ApiTags('bookings')
@Controller('bookings/reminders')
export class LaunchRemindersController {
  constructor(private readonly reminders: LaunchRemindersService) {}

  @ApiOperation({
    summary:
      'Queues one reminder email per confirmed booking whose launch is near and was not reminded yet (the job calls it).',
  })
  @Post()
  @Roles('system', 'operations', 'admin')
  @HttpCode(200)
  @ApiOkResponse({ type: RemindersDto })
  async queue(@CurrentPrincipal() principal: Principal): Promise<RemindersDto> {
    return { queued: await this.reminders.queueDue(actorOf(principal)) };
  }
}
