import { queryParam } from '@astrobookings/bff';
import type { Request } from 'express';
import type { ReportPeriod } from '../app/reports/reports-view';

const PERIODS: readonly ReportPeriod[] = ['month', 'quarter', 'year'];
const DAY = /^\d{4}-\d{2}-\d{2}$/;
const YEAR = /^\d{4}$/;

/**
 * The reports page's GET form as the Admin API's queries. Values that are not of the right shape are left out
 * (the API's defaults apply), so a hand-edited address shows a report rather than an error.
 */
export function reportQuery(req: Request) {
  const period = queryParam(req, 'period') as ReportPeriod | undefined;
  const from = queryParam(req, 'from');
  const to = queryParam(req, 'to');
  const year = queryParam(req, 'year');
  return {
    revenue: {
      ...(period && PERIODS.includes(period) ? { period } : {}),
      ...(from && DAY.test(from) ? { from } : {}),
      ...(to && DAY.test(to) ? { to } : {}),
    },
    annual: year && YEAR.test(year) ? { year: Number(year) } : {},
  };
}
