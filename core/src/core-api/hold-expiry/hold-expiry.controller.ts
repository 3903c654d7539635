import { Controller, HttpCode, Post } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ExpiredHoldsDto } from '../bookings/booking.dto.js';
import { CurrentPrincipal } from '../../platform/security/current-principal.decorator.js';
import { actorOf, type Principal } from '../../platform/security/principal.js';
import { Roles } from '../../platform/security/roles.decorator.js';
import { HoldExpiryService } from './hold-expiry.service.js';

@ApiTags('bookings')
@Controller('bookings/holds')
export class HoldExpiryController {
  constructor(private readonly holdExpiry: HoldExpiryService) {}

  @ApiOperation({
    summary: 'Expires unpaid holds past their time and releases their seats (the job calls it).',
  })
  @Post('expire')
  @Roles('system', 'operations', 'admin')
  @HttpCode(200)
  @ApiOkResponse({ type: ExpiredHoldsDto })
  async expire(@CurrentPrincipal() principal: Principal): Promise<ExpiredHoldsDto> {
    return { expired: await this.holdExpiry.expire(actorOf(principal)) };
  }
}
