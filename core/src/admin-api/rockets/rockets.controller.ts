import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
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
import { CreateRocketDto } from './create-rocket.dto.js';
import { RocketIdParamDto } from './rocket-id-param.dto.js';
import { RocketQueryDto } from './rocket-query.dto.js';
import { RocketDto, RocketListDto } from './rocket.dto.js';
import { RocketsService } from './rockets.service.js';
import { toRocketDto } from './to-rocket-dto.js';
import { UpdateRocketDto } from './update-rocket.dto.js';

@ApiTags('rockets')
@Controller('rockets')
@Roles('supplier', 'admin')
export class RocketsController {
  constructor(private readonly rockets: RocketsService) {}

  @ApiOperation({ summary: "The caller's organisation's rockets by name (admins: every supplier's)." })
  @Get()
  @ApiOkResponse({ type: RocketListDto })
  @ApiProblemResponses(400)
  async list(
    @CurrentPrincipal() principal: Principal,
    @Query() query: RocketQueryDto,
  ): Promise<RocketListDto> {
    return { items: (await this.rockets.list(principal, query)).map(toRocketDto) };
  }

  @ApiOperation({ summary: 'Adds a rocket to the fleet, active.' })
  @Post()
  @ApiCreatedResponse({ type: RocketDto })
  @ApiProblemResponses(400, 422)
  async create(@CurrentPrincipal() principal: Principal, @Body() body: CreateRocketDto): Promise<RocketDto> {
    return toRocketDto(await this.rockets.create(principal, body));
  }

  @ApiOperation({ summary: 'One rocket; another organisation’s rocket is reported as not found.' })
  @Get(':id')
  @ApiOkResponse({ type: RocketDto })
  @ApiProblemResponses(400, 404)
  async get(@CurrentPrincipal() principal: Principal, @Param() params: RocketIdParamDto): Promise<RocketDto> {
    return toRocketDto(await this.rockets.get(principal, params.id));
  }

  @ApiOperation({
    summary: 'Changes a rocket; capacity cannot drop below the seats sold on any of its future launches.',
  })
  @Patch(':id')
  @ApiOkResponse({ type: RocketDto })
  @ApiProblemResponses(400, 404, 409)
  async update(
    @CurrentPrincipal() principal: Principal,
    @Param() params: RocketIdParamDto,
    @Body() body: UpdateRocketDto,
  ): Promise<RocketDto> {
    return toRocketDto(await this.rockets.update(principal, params.id, body));
  }

  @ApiOperation({ summary: 'Retires a rocket: it keeps its launches but takes no new ones.' })
  @Post(':id/retire')
  @HttpCode(200)
  @ApiOkResponse({ type: RocketDto })
  @ApiProblemResponses(400, 404)
  async retire(
    @CurrentPrincipal() principal: Principal,
    @Param() params: RocketIdParamDto,
  ): Promise<RocketDto> {
    return toRocketDto(await this.rockets.retire(principal, params.id));
  }

  @ApiOperation({ summary: 'Deletes a rocket without launches; 409 when it has future (or past) launches.' })
  @Delete(':id')
  @HttpCode(204)
  @ApiNoContentResponse()
  @ApiProblemResponses(400, 404, 409)
  async remove(@CurrentPrincipal() principal: Principal, @Param() params: RocketIdParamDto): Promise<void> {
    await this.rockets.remove(principal, params.id);
  }
}
