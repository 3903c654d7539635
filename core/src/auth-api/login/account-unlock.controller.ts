import { Body, Controller, HttpCode, Ip, Post } from '@nestjs/common';
import { ApiNoContentResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiProblemResponses } from '../../platform/problem/api-problem-responses.js';
import { Public } from '../../platform/security/public.decorator.js';
import { EmailTokenDto } from '../accounts/registration.dto.js';
import { AccountUnlockService } from './account-unlock.service.js';

@ApiTags('tokens')
@Public()
@Controller('auth')
export class AccountUnlockController {
  constructor(private readonly unlocks: AccountUnlockService) {}

  @ApiOperation({
    summary: 'Lifts the sign-in lock of an account with the token from the unlock link emailed to its owner.',
  })
  @Post('unlock-account')
  @HttpCode(204)
  @ApiNoContentResponse()
  @ApiProblemResponses(400, 429)
  unlock(@Body() body: EmailTokenDto, @Ip() ip: string): Promise<void> {
    return this.unlocks.unlock(body.token, ip);
  }
}
