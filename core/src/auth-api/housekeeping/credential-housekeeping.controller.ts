import { Controller, HttpCode, Post } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal } from '../../platform/security/current-principal.decorator.js';
import { actorOf, type Principal } from '../../platform/security/principal.js';
import { Roles } from '../../platform/security/roles.decorator.js';
import { CredentialHousekeepingDto } from './credential-housekeeping.dto.js';
import { CredentialHousekeepingService } from './credential-housekeeping.service.js';

@ApiTags('housekeeping')
@Controller('auth/housekeeping')
export class CredentialHousekeepingController {
  constructor(private readonly housekeeping: CredentialHousekeepingService) {}

  @ApiOperation({
    summary:
      'Deletes refresh and email tokens expired for more than a day, their use claims, and ended sessions; counts per collection.',
  })
  @Post('credentials')
  @Roles('system', 'operations', 'admin')
  @HttpCode(200)
  @ApiOkResponse({ type: CredentialHousekeepingDto })
  run(@CurrentPrincipal() principal: Principal): Promise<CredentialHousekeepingDto> {
    return this.housekeeping.run(actorOf(principal));
  }
}
