import { Controller, HttpCode, Post } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiProblemResponses } from '../../platform/problem/api-problem-responses.js';
import { Roles } from '../../platform/security/roles.decorator.js';
import { CatalogSyncService } from './catalog-sync.service.js';
import { SyncRunDto } from './sync-run.dto.js';

@ApiTags('admin')
@Controller()
export class SyncController {
  constructor(private readonly sync: CatalogSyncService) {}

  @ApiOperation({ summary: 'Starts a catalog synchronisation in Core API and returns its run.' })
  @Post('sync/catalog')
  @Roles('operations', 'admin')
  @HttpCode(200)
  @ApiOkResponse({ type: SyncRunDto })
  @ApiProblemResponses(502)
  syncCatalog(): Promise<SyncRunDto> {
    return this.sync.syncCatalog();
  }
}
