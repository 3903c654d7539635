import { Module } from '@nestjs/common';
import { RepositoriesModule } from '../../shared/repositories/repositories.module.js';
import { ReportsModule } from '../reports/reports.module.js';
import { FinanceController } from './finance.controller.js';
import { SupplierSummariesService } from './supplier-summaries.service.js';

/** What finance staff read about suppliers. */
@Module({
  imports: [RepositoriesModule, ReportsModule],
  controllers: [FinanceController],
  providers: [SupplierSummariesService],
})
export class FinanceModule {}
