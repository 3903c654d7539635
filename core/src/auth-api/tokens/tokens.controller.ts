import { Body, Controller, HttpCode, Ip, Post } from '@nestjs/common';
import { ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiProblemResponses } from '../../platform/problem/api-problem-responses.js';
import { Public } from '../../platform/security/public.decorator.js';
import { LoginService } from '../login/login.service.js';
import { SecurityEvents } from '../security-events.js';
import { Sessions } from '../sessions/sessions.js';
import { ServiceTokenService } from './service-token.service.js';
import {
  LoginDto,
  RefreshTokenDto,
  ServiceTokenDto,
  ServiceTokenRequestDto,
  TokenPairDto,
} from './token-pair.dto.js';
import { TokenPairs } from './token-pairs.js';

@ApiTags('tokens')
@Public()
@Controller('auth')
export class TokensController {
  constructor(
    private readonly login: LoginService,
    private readonly tokenPairs: TokenPairs,
    private readonly sessions: Sessions,
    private readonly serviceTokens: ServiceTokenService,
    private readonly events: SecurityEvents,
  ) {}

  @ApiOperation({ summary: 'Signs in with email and password; starts a session.' })
  @Post('login')
  @HttpCode(200)
  @ApiOkResponse({ type: TokenPairDto })
  @ApiProblemResponses(400, 401, 403, 429)
  signIn(@Body() body: LoginDto, @Ip() ip: string): Promise<TokenPairDto> {
    return this.login.login(body, ip);
  }

  @ApiOperation({
    summary: 'Trades a refresh token for a new pair; reusing a rotated token ends the whole session.',
  })
  @Post('refresh')
  @HttpCode(200)
  @ApiOkResponse({ type: TokenPairDto })
  @ApiProblemResponses(400, 401)
  refresh(@Body() body: RefreshTokenDto, @Ip() ip: string): Promise<TokenPairDto> {
    return this.tokenPairs.rotate(body.refreshToken, ip);
  }

  @ApiOperation({ summary: 'Ends the session of the refresh token in every app.' })
  @Post('logout')
  @HttpCode(204)
  @ApiNoContentResponse()
  @ApiProblemResponses(400)
  async logout(@Body() body: RefreshTokenDto, @Ip() ip: string): Promise<void> {
    const stored = await this.tokenPairs.sessionOf(body.refreshToken);
    if (!stored) return;
    await this.sessions.revoke(stored.sessionId, 'logout');
    await this.events.record('auth.logout', {
      actor: `user:${stored.userId}`,
      ip,
      sessionId: stored.sessionId,
    });
  }

  @ApiOperation({ summary: 'A token with the `system` role for a service that knows the internal secret.' })
  @Post('service-tokens')
  @HttpCode(200)
  @ApiOkResponse({ type: ServiceTokenDto })
  @ApiProblemResponses(400, 401)
  serviceToken(@Body() body: ServiceTokenRequestDto, @Ip() ip: string): Promise<ServiceTokenDto> {
    return this.serviceTokens.issue(body, ip);
  }
}
