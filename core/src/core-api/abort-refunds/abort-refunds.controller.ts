import { Controller, HttpCode, Post } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal } from '../../platform/security/current-principal.decorator.js';
import { actorOf, type Principal } from '../../platform/security/principal.js';
import { Roles } from '../../platform/security/roles.decorator.js';
import { AbortRefundsService } from './abort-refunds.service.js';
import { AbortedLaunchSweepDto } from '../bookings/booking.dto.js';

@ApiTags('bookings')
@Controller('bookings/aborted-launches')
export class AbortRefundsController {
  constructor(private readonly sweep: AbortRefundsService) {}

  @ApiOperation({
    summary:
      'Cancels and fully refunds the bookings still active on any aborted launch (the repair job calls it).',
  })
  @Post('cancel-all')
  @Roles('system', 'operations', 'admin')
  @HttpCode(200)
  @ApiOkResponse({ type: AbortedLaunchSweepDto })
  cancelAll(@CurrentPrincipal() principal: Principal): Promise<AbortedLaunchSweepDto> {
    return this.sweep.sweep(actorOf(principal));
  }
}
