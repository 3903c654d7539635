import { Controller, Get, Header, Param } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { LaunchIdParamDto } from '../../platform/http/launch-id-param.dto.js';
import { ApiProblemResponses } from '../../platform/problem/api-problem-responses.js';
import { CurrentPrincipal } from '../../platform/security/current-principal.decorator.js';
import type { Principal } from '../../platform/security/principal.js';
import { Roles } from '../../platform/security/roles.decorator.js';
import { BookingsReportDto } from './bookings-report.dto.js';
import { BookingsReportService } from './bookings-report.service.js';

@ApiTags('reports')
@Controller('supplier/launches')
export class BookingsReportController {
  constructor(private readonly bookingsReports: BookingsReportService) {}

  @ApiOperation({
    summary: "A successful launch's bookings: customers, seats, revenue and refunds, with totals.",
  })
  @Get(':id/bookings-report')
  @Roles('supplier', 'admin')
  @ApiOkResponse({ type: BookingsReportDto })
  @ApiProblemResponses(400, 404, 422)
  report(
    @CurrentPrincipal() principal: Principal,
    @Param() params: LaunchIdParamDto,
  ): Promise<BookingsReportDto> {
    return this.bookingsReports.report(principal, params.id);
  }

  @ApiOperation({ summary: 'The bookings report as CSV (RFC 4180), amounts as decimals of the currency.' })
  @Get(':id/bookings-report.csv')
  @Roles('supplier', 'admin')
  @Header('content-type', 'text/csv; charset=utf-8')
  @Header('content-disposition', 'attachment; filename="bookings-report.csv"')
  @ApiProduces('text/csv')
  @ApiOkResponse({ schema: { type: 'string' } })
  @ApiProblemResponses(400, 404, 422)
  csv(@CurrentPrincipal() principal: Principal, @Param() params: LaunchIdParamDto): Promise<string> {
    return this.bookingsReports.csv(principal, params.id);
  }
}
