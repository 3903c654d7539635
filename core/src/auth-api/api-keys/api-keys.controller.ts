import { Body, Controller, Delete, Get, HttpCode, Ip, Param, Post } from '@nestjs/common';
import {
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { ApiProblemResponses } from '../../platform/problem/api-problem-responses.js';
import { CurrentPrincipal } from '../../platform/security/current-principal.decorator.js';
import type { Principal } from '../../platform/security/principal.js';
import { Roles } from '../../platform/security/roles.decorator.js';
import {
  ApiKeyIdParamDto,
  ApiKeyIntrospectionDto,
  ApiKeyListDto,
  CreateApiKeyDto,
  CreatedApiKeyDto,
  IntrospectApiKeyDto,
} from './api-key.dto.js';
import { ApiKeysService } from './api-keys.service.js';

@ApiTags('api-keys')
@Controller('auth/api-keys')
export class ApiKeysController {
  constructor(private readonly apiKeys: ApiKeysService) {}

  @ApiOperation({ summary: 'Creates an API key; the key is in this answer only.' })
  @Post()
  @Roles('admin', 'supplier')
  @ApiCreatedResponse({ type: CreatedApiKeyDto })
  @ApiProblemResponses(400)
  create(
    @CurrentPrincipal() principal: Principal,
    @Body() body: CreateApiKeyDto,
    @Ip() ip: string,
  ): Promise<CreatedApiKeyDto> {
    return this.apiKeys.create(principal, body, ip);
  }

  @ApiOperation({ summary: "API keys the caller manages (a supplier: its organisation's), newest first." })
  @Get()
  @Roles('admin', 'supplier')
  @ApiOkResponse({ type: ApiKeyListDto })
  async list(@CurrentPrincipal() principal: Principal): Promise<ApiKeyListDto> {
    return { items: await this.apiKeys.list(principal) };
  }

  @ApiOperation({ summary: 'Revokes an API key at once (callers may accept it for up to 30 s more).' })
  @Delete(':id')
  @Roles('admin', 'supplier')
  @HttpCode(204)
  @ApiNoContentResponse()
  @ApiProblemResponses(400, 404)
  revoke(
    @CurrentPrincipal() principal: Principal,
    @Param() params: ApiKeyIdParamDto,
    @Ip() ip: string,
  ): Promise<void> {
    return this.apiKeys.revoke(principal, params.id, ip);
  }

  @ApiOperation({ summary: 'For services: whether a presented key is active, and what it may do.' })
  @Post('introspect')
  @Roles('system')
  @HttpCode(200)
  @ApiOkResponse({ type: ApiKeyIntrospectionDto })
  @ApiProblemResponses(400)
  introspect(@Body() body: IntrospectApiKeyDto): Promise<ApiKeyIntrospectionDto> {
    return this.apiKeys.introspect(body.key);
  }
}
