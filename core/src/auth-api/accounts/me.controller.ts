import { Controller, Get, NotFoundException } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiProblemResponses } from '../../platform/problem/api-problem-responses.js';
import { CurrentPrincipal } from '../../platform/security/current-principal.decorator.js';
import type { Principal } from '../../platform/security/principal.js';
import { Roles } from '../../platform/security/roles.decorator.js';
import { USER_ROLES } from '../../platform/security/roles.js';
import { AuthUserDto } from '../tokens/token-pair.dto.js';
import { Accounts, toAuthUser } from './accounts.js';

@ApiTags('accounts')
@Controller('auth')
export class MeController {
  constructor(private readonly accounts: Accounts) {}

  @ApiOperation({ summary: 'The signed-in user, as the account is now (roles may have changed).' })
  @Get('me')
  @Roles(...USER_ROLES)
  @ApiOkResponse({ type: AuthUserDto })
  @ApiProblemResponses(404)
  async me(@CurrentPrincipal() principal: Principal): Promise<AuthUserDto> {
    const credential = await this.accounts.byId(principal.userId);
    if (!credential) throw new NotFoundException('The account no longer exists.');
    return toAuthUser(credential);
  }
}
