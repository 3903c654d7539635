import { Module } from '@nestjs/common';
import { FinanceController } from './finance.controller.js';
import { SupplierSummariesService } from './supplier-summaries.service.js';

/** What finance staff read about suppliers. */
@Module({
  controllers: [FinanceController],
  providers: [SupplierSummariesService],
})
export class FinanceModule {}
