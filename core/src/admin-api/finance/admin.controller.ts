import { Controller, Get, HttpCode, Post } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiProblemResponses } from '../../platform/problem/api-problem-responses.js';
import { Roles } from '../../platform/security/roles.decorator.js';
import { SyncRunDto } from '../../core-api/sync/sync-run.dto.js';
import { AdminCatalogService } from './admin-catalog.service.js';
import { AdminSyncService } from '../sync/admin-sync.service.js';
import { SupplierSummaryListDto } from './supplier-summary.dto.js';

@ApiTags('admin')
@Controller()
export class AdminController {
  constructor(
    private readonly catalog: AdminCatalogService,
    private readonly sync: AdminSyncService,
  ) {}

  @ApiOperation({ summary: 'Suppliers with how many rockets and launches each has.' })
  @Get('suppliers')
  @Roles('finance', 'admin')
  @ApiOkResponse({ type: SupplierSummaryListDto })
  async suppliers(): Promise<SupplierSummaryListDto> {
    return { items: await this.catalog.suppliers() };
  }

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
