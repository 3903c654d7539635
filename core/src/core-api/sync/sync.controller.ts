import { Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiProblemResponses } from '../../platform/problem/api-problem-responses.js';
import { LimitQueryDto } from '../../platform/http/limit-query.dto.js';
import { CurrentPrincipal } from '../../platform/security/current-principal.decorator.js';
import { actorOf, type Principal } from '../../platform/security/principal.js';
import { Roles } from '../../platform/security/roles.decorator.js';
import { LaunchIdParamDto } from '../../platform/http/launch-id-param.dto.js';
import { CatalogSyncService } from './catalog-sync.service.js';
import { LaunchProjectionDto } from './launch-projection.dto.js';
import { SyncRunDto, SyncRunListDto } from './sync-run.dto.js';

@ApiTags('sync')
@Controller('sync')
export class SyncController {
  constructor(private readonly catalogSync: CatalogSyncService) {}

  @ApiOperation({
    summary: "Projects every launch into the public catalog now; the run's status says whether it succeeded.",
  })
  @Post('catalog')
  @Roles('system', 'operations', 'admin')
  @HttpCode(200)
  @ApiOkResponse({ type: SyncRunDto })
  syncCatalog(@CurrentPrincipal() principal: Principal): Promise<SyncRunDto> {
    return this.catalogSync.run(actorOf(principal));
  }

  @ApiOperation({
    summary:
      'Projects one launch into the public catalog now (or removes its entry when the launch is gone).',
  })
  @Post('catalog/launches/:id')
  @Roles('system', 'operations', 'admin')
  @HttpCode(200)
  @ApiOkResponse({ type: LaunchProjectionDto })
  @ApiProblemResponses(400)
  async projectLaunch(
    @Param() params: LaunchIdParamDto,
    @CurrentPrincipal() principal: Principal,
  ): Promise<LaunchProjectionDto> {
    return { launchId: params.id, change: await this.catalogSync.projectOne(params.id, actorOf(principal)) };
  }

  @ApiOperation({ summary: 'Recent synchronisation runs, newest first.' })
  @Get('runs')
  @Roles('operations', 'admin')
  @ApiOkResponse({ type: SyncRunListDto })
  @ApiProblemResponses(400)
  async runs(@Query() query: LimitQueryDto): Promise<SyncRunListDto> {
    return { items: await this.catalogSync.recent(query.limit ?? 20) };
  }
}
