import { Body, Controller, Get, HttpCode, Ip, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiProblemResponses } from '../../platform/problem/api-problem-responses.js';
import { CurrentPrincipal } from '../../platform/security/current-principal.decorator.js';
import type { Principal } from '../../platform/security/principal.js';
import { Roles } from '../../platform/security/roles.decorator.js';
import { UpdateRolesDto, UserIdParamDto, UserListDto, UserQueryDto, UserSummaryDto } from './user.dto.js';
import { UsersService } from './users.service.js';

@ApiTags('users')
@Roles('admin')
@Controller('auth/users')
export class UsersController {
  constructor(private readonly users: UsersService) {}

  @ApiOperation({ summary: 'Accounts by email, filtered by a search text and a role.' })
  @Get()
  @ApiOkResponse({ type: UserListDto })
  @ApiProblemResponses(400)
  list(@Query() query: UserQueryDto): Promise<UserListDto> {
    return this.users.list(query);
  }

  @ApiOperation({ summary: "Replaces a user's roles (and supplier); effective at their next token refresh." })
  @Patch(':id/roles')
  @ApiOkResponse({ type: UserSummaryDto })
  @ApiProblemResponses(400, 404)
  updateRoles(
    @CurrentPrincipal() principal: Principal,
    @Param() params: UserIdParamDto,
    @Body() body: UpdateRolesDto,
    @Ip() ip: string,
  ): Promise<UserSummaryDto> {
    return this.users.updateRoles(principal, params.id, body, ip);
  }

  @ApiOperation({ summary: 'Disables an account and ends its sessions.' })
  @Post(':id/disable')
  @HttpCode(200)
  @ApiOkResponse({ type: UserSummaryDto })
  @ApiProblemResponses(400, 404)
  disable(
    @CurrentPrincipal() principal: Principal,
    @Param() params: UserIdParamDto,
    @Ip() ip: string,
  ): Promise<UserSummaryDto> {
    return this.users.setEnabled(principal, params.id, false, ip);
  }

  @ApiOperation({ summary: 'Enables a disabled account again (and lifts a lockout).' })
  @Post(':id/enable')
  @HttpCode(200)
  @ApiOkResponse({ type: UserSummaryDto })
  @ApiProblemResponses(400, 404)
  enable(
    @CurrentPrincipal() principal: Principal,
    @Param() params: UserIdParamDto,
    @Ip() ip: string,
  ): Promise<UserSummaryDto> {
    return this.users.setEnabled(principal, params.id, true, ip);
  }
}
