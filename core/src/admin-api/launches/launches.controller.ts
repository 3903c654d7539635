import { Body, Controller, Get, Header, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { AdminLaunchDto, AdminLaunchListDto } from './admin-launch.dto.js';
import { LaunchIdParamDto } from '../../platform/http/launch-id-param.dto.js';
import { ApiProblemResponses } from '../../platform/problem/api-problem-responses.js';
import { ApiKeyAllowed } from '../../platform/security/api-key-allowed.decorator.js';
import { CurrentPrincipal } from '../../platform/security/current-principal.decorator.js';
import type { Principal } from '../../platform/security/principal.js';
import { Roles } from '../../platform/security/roles.decorator.js';
import { CreateLaunchDto } from './create-launch.dto.js';
import { LaunchHistoryDto } from './launch-history.dto.js';
import { LaunchLifecycleService } from './launch-lifecycle.service.js';
import { LaunchBookingListDto, LaunchManifestDto } from './launch-manifest.dto.js';
import { LaunchManifestService } from './launch-manifest.service.js';
import { LaunchListQueryDto } from './launch-list-query.dto.js';
import { LaunchTransitionDto } from './launch-transition.dto.js';
import { LaunchesService } from './launches.service.js';
import { toAdminLaunchDto } from './to-admin-launch-dto.js';
import { UpdateLaunchDto } from './update-launch.dto.js';

@ApiTags('launches')
@Controller('launches')
export class LaunchesController {
  constructor(
    private readonly launches: LaunchesService,
    private readonly lifecycle: LaunchLifecycleService,
    private readonly manifests: LaunchManifestService,
  ) {}

  @ApiOperation({
    summary:
      'Launches with occupancy, filtered and sorted; supplier staff and their API keys see only their own.',
  })
  @Get()
  @Roles('supplier', 'finance', 'admin')
  @ApiKeyAllowed('launches:read')
  @ApiOkResponse({ type: AdminLaunchListDto })
  @ApiProblemResponses(400)
  async list(
    @CurrentPrincipal() principal: Principal,
    @Query() query: LaunchListQueryDto,
  ): Promise<AdminLaunchListDto> {
    return { items: (await this.launches.list(principal, query)).map((launch) => toAdminLaunchDto(launch)) };
  }

  @ApiOperation({ summary: 'Schedules a launch on one of the caller’s active rockets.' })
  @Post()
  @Roles('supplier', 'admin')
  @ApiCreatedResponse({ type: AdminLaunchDto })
  @ApiProblemResponses(400, 404, 422)
  async create(
    @CurrentPrincipal() principal: Principal,
    @Body() body: CreateLaunchDto,
  ): Promise<AdminLaunchDto> {
    return toAdminLaunchDto(await this.launches.create(principal, body));
  }

  @ApiOperation({ summary: 'One launch; another organisation’s launch is reported as not found.' })
  @Get(':id')
  @Roles('supplier', 'finance', 'admin')
  @ApiKeyAllowed('launches:read')
  @ApiOkResponse({ type: AdminLaunchDto })
  @ApiProblemResponses(400, 404)
  async get(
    @CurrentPrincipal() principal: Principal,
    @Param() params: LaunchIdParamDto,
  ): Promise<AdminLaunchDto> {
    return toAdminLaunchDto(await this.launches.get(principal, params.id));
  }

  @ApiOperation({ summary: 'Changes a scheduled or delayed launch without breaking seats already sold.' })
  @Patch(':id')
  @Roles('supplier', 'admin')
  @ApiOkResponse({ type: AdminLaunchDto })
  @ApiProblemResponses(400, 404, 409, 422)
  async update(
    @CurrentPrincipal() principal: Principal,
    @Param() params: LaunchIdParamDto,
    @Body() body: UpdateLaunchDto,
  ): Promise<AdminLaunchDto> {
    return toAdminLaunchDto(await this.launches.update(principal, params.id, body));
  }

  @ApiOperation({
    summary:
      'Moves the launch along its lifecycle (409 with the allowed transitions otherwise); emails staff and booked customers.',
  })
  @Post(':id/transitions')
  @Roles('supplier', 'admin')
  @HttpCode(200)
  @ApiOkResponse({ type: AdminLaunchDto })
  @ApiProblemResponses(400, 404, 409, 422)
  async transition(
    @CurrentPrincipal() principal: Principal,
    @Param() params: LaunchIdParamDto,
    @Body() body: LaunchTransitionDto,
  ): Promise<AdminLaunchDto> {
    return toAdminLaunchDto(await this.lifecycle.transition(principal, params.id, body));
  }

  @ApiOperation({ summary: 'Every status change of the launch, oldest first: who, when and why.' })
  @Get(':id/history')
  @Roles('supplier', 'finance', 'admin')
  @ApiKeyAllowed('launches:read')
  @ApiOkResponse({ type: LaunchHistoryDto })
  @ApiProblemResponses(400, 404)
  async history(
    @CurrentPrincipal() principal: Principal,
    @Param() params: LaunchIdParamDto,
  ): Promise<LaunchHistoryDto> {
    const changes = await this.launches.history(principal, params.id);
    return {
      items: changes.map((change) => ({
        from: change.fromStatus,
        to: change.toStatus,
        reason: change.reason,
        scheduledAt: change.scheduledAt.toISOString(),
        actorId: change.actorId,
        at: change.at.toISOString(),
      })),
    };
  }

  @ApiOperation({ summary: 'The bookings on the launch (held, confirmed, cancelled) with their passengers.' })
  @Get(':id/bookings')
  @Roles('supplier', 'admin')
  @ApiOkResponse({ type: LaunchBookingListDto })
  @ApiProblemResponses(400, 404)
  async bookings(
    @CurrentPrincipal() principal: Principal,
    @Param() params: LaunchIdParamDto,
  ): Promise<LaunchBookingListDto> {
    return { items: await this.manifests.bookings(principal, params.id) };
  }

  @ApiOperation({ summary: 'The passenger manifest: everyone on a confirmed booking, in booking order.' })
  @Get(':id/manifest')
  @Roles('supplier', 'admin')
  @ApiOkResponse({ type: LaunchManifestDto })
  @ApiProblemResponses(400, 404)
  manifest(
    @CurrentPrincipal() principal: Principal,
    @Param() params: LaunchIdParamDto,
  ): Promise<LaunchManifestDto> {
    return this.manifests.manifest(principal, params.id);
  }

  @ApiOperation({ summary: 'The passenger manifest as CSV (RFC 4180), for spreadsheets.' })
  @Get(':id/manifest.csv')
  @Roles('supplier', 'admin')
  @Header('content-type', 'text/csv; charset=utf-8')
  @Header('content-disposition', 'attachment; filename="manifest.csv"')
  @ApiProduces('text/csv')
  @ApiOkResponse({ schema: { type: 'string' } })
  @ApiProblemResponses(400, 404)
  manifestCsv(@CurrentPrincipal() principal: Principal, @Param() params: LaunchIdParamDto): Promise<string> {
    return this.manifests.manifestCsv(principal, params.id);
  }
}
