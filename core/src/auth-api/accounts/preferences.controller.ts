import { Body, Controller, Get, NotFoundException, Patch } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiProblemResponses } from '../../platform/problem/api-problem-responses.js';
import { CurrentPrincipal } from '../../platform/security/current-principal.decorator.js';
import type { Principal } from '../../platform/security/principal.js';
import { Roles } from '../../platform/security/roles.decorator.js';
import { USER_ROLES } from '../../platform/security/roles.js';
import { languageOf } from '../../shared/model/language.js';
import { Accounts } from './accounts.js';
import { PreferencesDto } from './preferences.dto.js';

@ApiTags('accounts')
@Controller('auth/me/preferences')
@Roles(...USER_ROLES)
export class PreferencesController {
  constructor(private readonly accounts: Accounts) {}

  @ApiOperation({ summary: "The signed-in user's preferences (the language their emails are written in)." })
  @Get()
  @ApiOkResponse({ type: PreferencesDto })
  @ApiProblemResponses(404)
  async get(@CurrentPrincipal() principal: Principal): Promise<PreferencesDto> {
    const credential = await this.accounts.byId(principal.userId);
    if (!credential) throw new NotFoundException('The account no longer exists.');
    return { language: languageOf(credential.language) };
  }

  @ApiOperation({ summary: "Changes the signed-in user's preferences; the next email follows them." })
  @Patch()
  @ApiOkResponse({ type: PreferencesDto })
  @ApiProblemResponses(400, 404)
  async update(
    @CurrentPrincipal() principal: Principal,
    @Body() body: PreferencesDto,
  ): Promise<PreferencesDto> {
    const { matchedCount } = await this.accounts
      .model()
      .updateOne({ _id: principal.userId }, { language: body.language })
      .exec();
    if (matchedCount === 0) throw new NotFoundException('The account no longer exists.');
    return { language: body.language };
  }
}
