import { Controller, Get, Header } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Public } from '../../platform/security/public.decorator.js';
import { SigningKeys } from '../../platform/security/signing-keys.js';
import { JwksDto } from './jwks.dto.js';

@ApiTags('tokens')
@Public()
@Controller('.well-known')
export class JwksController {
  constructor(private readonly keys: SigningKeys) {}

  @ApiOperation({ summary: 'Public keys that verify access tokens (JSON Web Key Set).' })
  @Get('jwks.json')
  @Header('cache-control', 'public, max-age=300')
  @ApiOkResponse({ type: JwksDto })
  async jwks(): Promise<JwksDto> {
    return { keys: [(await this.keys.publicJwk()) as JwksDto['keys'][number]] };
  }
}
