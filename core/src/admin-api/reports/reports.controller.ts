import { Controller, Get, Header, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { ApiProblemResponses } from '../../platform/problem/api-problem-responses.js';
import { Roles } from '../../platform/security/roles.decorator.js';
import { AnnualQueryDto } from './annual-query.dto.js';
import { AnnualReportDto } from './annual-report.dto.js';
import { AnnualReportService } from './annual-report.service.js';
import { FinanceDashboardDto } from './finance-dashboard.dto.js';
import { FinanceDashboardService } from './finance-dashboard.service.js';
import { RevenueQueryDto } from './revenue-query.dto.js';
import { RevenueReportDto } from './revenue-report.dto.js';
import { RevenueReportService } from './revenue-report.service.js';

@ApiTags('reports')
@Controller('reports')
export class ReportsController {
  constructor(
    private readonly revenueReports: RevenueReportService,
    private readonly annualReports: AnnualReportService,
    private readonly dashboards: FinanceDashboardService,
  ) {}

  @ApiOperation({ summary: 'Revenue per supplier, period and currency: launches, booking revenue and fees.' })
  @Get('revenue')
  @Roles('finance', 'admin')
  @ApiOkResponse({ type: RevenueReportDto })
  @ApiProblemResponses(400)
  revenue(@Query() query: RevenueQueryDto): Promise<RevenueReportDto> {
    return this.revenueReports.report(query);
  }

  @ApiOperation({ summary: 'The revenue report as CSV (RFC 4180), amounts as decimals of each currency.' })
  @Get('revenue.csv')
  @Roles('finance', 'admin')
  @Header('content-type', 'text/csv; charset=utf-8')
  @Header('content-disposition', 'attachment; filename="revenue.csv"')
  @ApiProduces('text/csv')
  @ApiOkResponse({ schema: { type: 'string' } })
  @ApiProblemResponses(400)
  revenueCsv(@Query() query: RevenueQueryDto): Promise<string> {
    return this.revenueReports.csv(query);
  }

  @ApiOperation({ summary: 'Actual and projected fees of a year per supplier, month and currency.' })
  @Get('annual')
  @Roles('finance', 'admin')
  @ApiOkResponse({ type: AnnualReportDto })
  @ApiProblemResponses(400)
  annual(@Query() query: AnnualQueryDto): Promise<AnnualReportDto> {
    return this.annualReports.report(query.year ?? new Date().getUTCFullYear());
  }

  @ApiOperation({ summary: 'The annual report as CSV (RFC 4180), amounts as decimals of each currency.' })
  @Get('annual.csv')
  @Roles('finance', 'admin')
  @Header('content-type', 'text/csv; charset=utf-8')
  @Header('content-disposition', 'attachment; filename="annual-report.csv"')
  @ApiProduces('text/csv')
  @ApiOkResponse({ schema: { type: 'string' } })
  @ApiProblemResponses(400)
  annualCsv(@Query() query: AnnualQueryDto): Promise<string> {
    return this.annualReports.csv(query.year ?? new Date().getUTCFullYear());
  }

  @ApiOperation({
    summary: "Finance's dashboard: outstanding, overdue and collected per currency, 12 months.",
  })
  @Get('dashboard')
  @Roles('finance', 'admin')
  @ApiOkResponse({ type: FinanceDashboardDto })
  dashboard(): Promise<FinanceDashboardDto> {
    return this.dashboards.dashboard();
  }
}
