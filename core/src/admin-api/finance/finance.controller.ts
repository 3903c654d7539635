import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '../../platform/security/roles.decorator.js';
import { SupplierSummariesService } from './supplier-summaries.service.js';
import { SupplierSummaryListDto } from './supplier-summary.dto.js';

@ApiTags('admin')
@Controller()
export class FinanceController {
  constructor(private readonly summaries: SupplierSummariesService) {}

  @ApiOperation({
    summary: 'Suppliers with their rockets and launches, reliability and what they still owe per currency.',
  })
  @Get('suppliers')
  @Roles('finance', 'admin')
  @ApiOkResponse({ type: SupplierSummaryListDto })
  async suppliers(): Promise<SupplierSummaryListDto> {
    return { items: await this.summaries.suppliers() };
  }
}
