import { Body, Controller, HttpCode, Ip, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiProblemResponses } from '../../platform/problem/api-problem-responses.js';
import { CurrentPrincipal } from '../../platform/security/current-principal.decorator.js';
import type { Principal } from '../../platform/security/principal.js';
import { Public } from '../../platform/security/public.decorator.js';
import { Roles } from '../../platform/security/roles.decorator.js';
import { AuthUserDto } from '../tokens/token-pair.dto.js';
import {
  AcceptInvitationDto,
  CreateInvitationDto,
  InvitationDetailsDto,
  InvitationDto,
  InvitationLookupDto,
} from './invitation.dto.js';
import { InvitationsService } from './invitations.service.js';

@ApiTags('invitations')
@Controller('auth/invitations')
export class InvitationsController {
  constructor(private readonly invitations: InvitationsService) {}

  @ApiOperation({ summary: 'Invites supplier staff or an employee by email (valid 7 days).' })
  @Post()
  @Roles('admin', 'supplier')
  @ApiCreatedResponse({ type: InvitationDto })
  @ApiProblemResponses(400, 409)
  invite(
    @CurrentPrincipal() principal: Principal,
    @Body() body: CreateInvitationDto,
    @Ip() ip: string,
  ): Promise<InvitationDto> {
    return this.invitations.invite(principal, body, ip);
  }

  @ApiOperation({ summary: 'Accepts an invitation: creates the account with the chosen password.' })
  @Public()
  @Post('accept')
  @ApiCreatedResponse({ type: AuthUserDto })
  @ApiProblemResponses(400, 409)
  accept(@Body() body: AcceptInvitationDto, @Ip() ip: string): Promise<AuthUserDto> {
    return this.invitations.accept(body, ip);
  }

  // A POST with the token in the body: a token in the path would be written to every request log.
  @ApiOperation({ summary: 'What an invitation is for, to show on the accept page.' })
  @Public()
  @Post('lookup')
  @HttpCode(200)
  @ApiOkResponse({ type: InvitationDetailsDto })
  @ApiProblemResponses(400, 404)
  details(@Body() body: InvitationLookupDto): Promise<InvitationDetailsDto> {
    return this.invitations.details(body.token);
  }
}
