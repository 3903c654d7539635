import { Body, Controller, HttpCode, Ip, Post } from '@nestjs/common';
import { ApiAcceptedResponse, ApiNoContentResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiProblemResponses } from '../../platform/problem/api-problem-responses.js';
import { Public } from '../../platform/security/public.decorator.js';
import { AcceptedDto, EmailAddressDto, EmailTokenDto, RegisterDto } from './registration.dto.js';
import { RegistrationService } from './registration.service.js';

@ApiTags('registration')
@Public()
@Controller('auth')
export class RegistrationController {
  constructor(private readonly registration: RegistrationService) {}

  @ApiOperation({
    summary: 'Creates a customer account and emails a verification link (same answer for a known email).',
  })
  @Post('register')
  @HttpCode(202)
  @ApiAcceptedResponse({ type: AcceptedDto })
  @ApiProblemResponses(400, 429)
  async register(@Body() body: RegisterDto, @Ip() ip: string): Promise<AcceptedDto> {
    await this.registration.register(body, ip);
    return { status: 'verification-sent' };
  }

  @ApiOperation({ summary: 'Confirms the email address with the token from the verification link.' })
  @Post('verify-email')
  @HttpCode(204)
  @ApiNoContentResponse()
  @ApiProblemResponses(400)
  verifyEmail(@Body() body: EmailTokenDto, @Ip() ip: string): Promise<void> {
    return this.registration.verifyEmail(body.token, ip);
  }

  @ApiOperation({ summary: 'Sends the verification link again if the account still waits for it.' })
  @Post('resend-verification')
  @HttpCode(202)
  @ApiAcceptedResponse({ type: AcceptedDto })
  @ApiProblemResponses(400, 429)
  async resend(@Body() body: EmailAddressDto, @Ip() ip: string): Promise<AcceptedDto> {
    await this.registration.resendVerification(body.email, ip);
    return { status: 'verification-sent' };
  }
}
