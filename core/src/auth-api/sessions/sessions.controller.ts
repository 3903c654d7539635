import { Body, Controller, Get, HttpCode, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiProblemResponses } from '../../platform/problem/api-problem-responses.js';
import { CurrentPrincipal } from '../../platform/security/current-principal.decorator.js';
import type { Principal } from '../../platform/security/principal.js';
import { Public } from '../../platform/security/public.decorator.js';
import { Roles } from '../../platform/security/roles.decorator.js';
import { USER_ROLES } from '../../platform/security/roles.js';
import {
  CurrentSessionDto,
  RefreshTokenDto,
  SessionCodeDto,
  SessionCodeExchangeDto,
  TokenPairDto,
} from '../tokens/token-pair.dto.js';
import { SessionCodesService } from './session-codes.service.js';

@ApiTags('sessions')
@Controller('auth/sessions')
export class SessionsController {
  constructor(private readonly codes: SessionCodesService) {}

  @ApiOperation({
    summary:
      'A one-time code (60 s) another app trades for its own tokens in this session; needs the live refresh token.',
  })
  @Post('codes')
  @Roles(...USER_ROLES)
  @ApiCreatedResponse({ type: SessionCodeDto })
  @ApiProblemResponses(400, 401)
  createCode(
    @CurrentPrincipal() principal: Principal,
    @Body() body: RefreshTokenDto,
  ): Promise<SessionCodeDto> {
    return this.codes.create(principal, body.refreshToken);
  }

  @ApiOperation({ summary: 'Trades a one-time code for a token pair in the same session.' })
  @Public()
  @Post('exchange')
  @HttpCode(200)
  @ApiOkResponse({ type: TokenPairDto })
  @ApiProblemResponses(400, 401)
  exchange(@Body() body: SessionCodeExchangeDto): Promise<TokenPairDto> {
    return this.codes.exchange(body.code);
  }

  @ApiOperation({ summary: "Whether the access token's session is still active (401 once it ended)." })
  @Get('current')
  @Roles(...USER_ROLES)
  @ApiOkResponse({ type: CurrentSessionDto })
  current(@CurrentPrincipal() principal: Principal): Promise<CurrentSessionDto> {
    return this.codes.current(principal);
  }
}
