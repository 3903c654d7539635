import { Module } from '@nestjs/common';
import { RepositoriesModule } from '../../shared/repositories/repositories.module.js';
import { AnnualReportService } from './annual-report.service.js';
import { BookingsReportController } from './bookings-report.controller.js';
import { BookingsReportService } from './bookings-report.service.js';
import { FinanceDashboardService } from './finance-dashboard.service.js';
import { ReportsController } from './reports.controller.js';
import { ReportsRepository } from './reports.repository.js';
import { SupplierReliabilityController } from './supplier-reliability.controller.js';
import { RevenueReportService } from './revenue-report.service.js';

/** Finance's revenue reports and dashboard, and a supplier's bookings report, read from the Operations DB. */
@Module({
  imports: [RepositoriesModule],
  controllers: [ReportsController, BookingsReportController, SupplierReliabilityController],
  providers: [
    ReportsRepository,
    RevenueReportService,
    AnnualReportService,
    FinanceDashboardService,
    BookingsReportService,
  ],
  exports: [ReportsRepository],
})
export class ReportsModule {}
