import { Injectable } from '@nestjs/common';
import type { FinanceDashboardDto, MonthlyFlowDto } from './finance-dashboard.dto.js';
import { ReportsRepository } from './reports.repository.js';

const MONTHS = 12;

/** Finance's position at a glance: what is owed, late and collected, and a year of invoicing against collecting. */
@Injectable()
export class FinanceDashboardService {
  constructor(private readonly reports: ReportsRepository) {}

  async dashboard(now = new Date()): Promise<FinanceDashboardDto> {
    const today = now.toISOString().slice(0, 10);
    const months = Array.from({ length: MONTHS }, (_, index) =>
      new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - (MONTHS - 1 - index), 1))
        .toISOString()
        .slice(0, 7),
    );
    const [positions, flows] = await Promise.all([
      this.reports.positions(today),
      this.reports.monthlyFlows(`${months[0]}-01`),
    ]);
    const currencies = [
      ...new Set([...positions.map((p) => p.currency), ...flows.map((f) => f.currency)]),
    ].sort();
    const series: MonthlyFlowDto[] = currencies.flatMap((currency) =>
      months.map((month) => {
        const flow = flows.find((f) => f.month === month && f.currency === currency);
        return {
          month,
          currency,
          invoicedMinor: Number(flow?.invoiced_minor ?? 0),
          collectedMinor: Number(flow?.collected_minor ?? 0),
        };
      }),
    );
    return {
      currencies: positions.map((row) => ({
        currency: row.currency,
        outstandingMinor: Number(row.outstanding_minor),
        overdueCount: row.overdue_count,
        overdueMinor: Number(row.overdue_minor),
        collectedThisMonthMinor: Number(row.collected_this_month_minor),
      })),
      months: series,
    };
  }
}
