import { BadRequestException, Injectable } from '@nestjs/common';
import { SupplierFlightsRepository } from '../../shared/repositories/supplier-flights.repository.js';
import { toCsv } from '../launches/to-csv.js';
import { decimalAmount } from '../../shared/model/decimal-amount.js';
import type { RevenueQueryDto } from './revenue-query.dto.js';
import type { RevenueReportDto, RevenueReportRowDto } from './revenue-report.dto.js';
import { ReportsRepository, type ReportPeriod } from './reports.repository.js';
import { totalsByCurrency } from './totals-by-currency.js';

const AMOUNTS = [
  'grossRevenueMinor',
  'refundsMinor',
  'netRevenueMinor',
  'feesInvoicedMinor',
  'feesPaidMinor',
  'outstandingMinor',
] as const;

/** Revenue per supplier by month, quarter or year, per currency. */
@Injectable()
export class RevenueReportService {
  constructor(
    private readonly reports: ReportsRepository,
    private readonly flights: SupplierFlightsRepository,
  ) {}

  async report(query: RevenueQueryDto, today = new Date()): Promise<RevenueReportDto> {
    const year = today.getUTCFullYear();
    const period = query.period ?? 'month';
    const from = query.from ?? `${year}-01-01`;
    const to = query.to ?? `${year}-12-31`;
    if (from > to) throw new BadRequestException('from must not be after to.');
    const [rows, reliability] = await Promise.all([
      this.reports.revenue(period, from, to),
      this.flights.reliabilityBySupplier(),
    ]);
    const lines: RevenueReportRowDto[] = rows.map((row) => {
      const grossRevenueMinor = Number(row.gross_minor);
      const refundsMinor = Number(row.refunds_minor);
      return {
        supplierId: row.supplier_id,
        supplierName: row.supplier_name,
        period: periodLabel(period, row.period_start),
        periodStart: row.period_start,
        currency: row.currency,
        launchesFlown: row.launches_flown,
        launchesAborted: row.launches_aborted,
        grossRevenueMinor,
        refundsMinor,
        netRevenueMinor: grossRevenueMinor - refundsMinor,
        feesInvoicedMinor: Number(row.invoiced_minor),
        feesPaidMinor: Number(row.paid_minor),
        outstandingMinor: Number(row.outstanding_minor),
        reliable: reliability.get(row.supplier_id)?.reliable ?? false,
      };
    });
    return {
      period,
      from,
      to,
      rows: lines,
      totals: totalsByCurrency(lines, ['launchesFlown', 'launchesAborted', ...AMOUNTS]),
    };
  }

  async csv(query: RevenueQueryDto): Promise<string> {
    const { rows, totals } = await this.report(query);
    const money = (row: { currency: string } & Record<(typeof AMOUNTS)[number], number>) =>
      AMOUNTS.map((field) => decimalAmount(row[field], row.currency));
    return toCsv([
      [
        'period',
        'supplier',
        'currency',
        'launches_flown',
        'launches_aborted',
        'gross_revenue',
        'refunds',
        'net_revenue',
        'fees_invoiced',
        'fees_paid',
        'outstanding',
        'reliable',
      ],
      ...rows.map((row) => [
        row.period,
        row.supplierName,
        row.currency,
        row.launchesFlown,
        row.launchesAborted,
        ...money(row),
        row.reliable ? 'yes' : 'no',
      ]),
      ...totals.map((total) => [
        'total',
        '',
        total.currency,
        total.launchesFlown,
        total.launchesAborted,
        ...money(total),
        '',
      ]),
    ]);
  }
}

function periodLabel(period: ReportPeriod, start: string): string {
  if (period === 'year') return start.slice(0, 4);
  if (period === 'month') return start.slice(0, 7);
  return `${start.slice(0, 4)}-Q${Math.floor((Number(start.slice(5, 7)) - 1) / 3) + 1}`;
}
