import { Body, Controller, Get, HttpCode, Ip, Post } from '@nestjs/common';
import {
  ApiAcceptedResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { ApiProblemResponses } from '../../platform/problem/api-problem-responses.js';
import { CurrentPrincipal } from '../../platform/security/current-principal.decorator.js';
import type { Principal } from '../../platform/security/principal.js';
import { Public } from '../../platform/security/public.decorator.js';
import { Roles } from '../../platform/security/roles.decorator.js';
import { USER_ROLES } from '../../platform/security/roles.js';
import { AcceptedDto, EmailAddressDto } from '../accounts/registration.dto.js';
import { ChangePasswordDto, ResetPasswordDto } from './password-change.dto.js';
import { PasswordPolicyDto } from './password-policy.dto.js';
import { PASSWORD_POLICY } from './password-policy.js';
import { PasswordsService } from './passwords.service.js';

@ApiTags('passwords')
@Controller('auth')
export class PasswordsController {
  constructor(private readonly passwords: PasswordsService) {}

  @ApiOperation({ summary: 'The password rules that registration will enforce.' })
  @Public()
  @Get('password-policy')
  @ApiOkResponse({ type: PasswordPolicyDto })
  passwordPolicy(): PasswordPolicyDto {
    return { ...PASSWORD_POLICY };
  }

  @ApiOperation({ summary: 'Emails a reset link if the account exists; always answers 202.' })
  @Public()
  @Post('forgot-password')
  @HttpCode(202)
  @ApiAcceptedResponse({ type: AcceptedDto })
  @ApiProblemResponses(400, 429)
  async forgot(@Body() body: EmailAddressDto, @Ip() ip: string): Promise<AcceptedDto> {
    await this.passwords.forgot(body.email, ip);
    return { status: 'reset-link-sent' };
  }

  @ApiOperation({ summary: 'Sets a new password with the token from the reset link; ends every session.' })
  @Public()
  @Post('reset-password')
  @HttpCode(204)
  @ApiNoContentResponse()
  @ApiProblemResponses(400, 429)
  reset(@Body() body: ResetPasswordDto, @Ip() ip: string): Promise<void> {
    return this.passwords.reset(body.token, body.password, ip);
  }

  @ApiOperation({ summary: "Changes the signed-in user's password; their other sessions end." })
  @Post('change-password')
  @Roles(...USER_ROLES)
  @HttpCode(204)
  @ApiNoContentResponse()
  @ApiProblemResponses(400)
  change(
    @CurrentPrincipal() principal: Principal,
    @Body() body: ChangePasswordDto,
    @Ip() ip: string,
  ): Promise<void> {
    return this.passwords.change(principal, body.currentPassword, body.newPassword, ip);
  }
}
