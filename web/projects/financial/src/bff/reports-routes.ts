import {
  accessTokenOf,
  apiData,
  createApiClients,
  problem,
  requirePortalRole,
  viewRoute,
  type BffConfig,
} from '@astrobookings/bff';
import type { Request, Response, Router } from 'express';
import { Readable } from 'node:stream';
import type { ReadableStream } from 'node:stream/web';
import { DASHBOARD_VIEW_URL, type DashboardView } from '../app/dashboard/dashboard-view';
import {
  ANNUAL_CSV_URL,
  REPORTS_VIEW_URL,
  REVENUE_CSV_URL,
  type ReportsView,
} from '../app/reports/reports-view';
import { reportQuery } from './report-query';

/** Passes an Admin API CSV through as a download, without holding it in memory. */
function sendCsv(res: Response, result: { data?: unknown; response: globalThis.Response }, filename: string) {
  if (!result.data) {
    problem(
      res,
      result.response.status === 400 ? 400 : 502,
      'Report unavailable',
      `The Admin API answered ${result.response.status}`,
    );
    return;
  }
  res.status(200).set({
    'content-type': 'text/csv; charset=utf-8',
    'content-disposition': `attachment; filename="${filename}"`,
    'cache-control': 'private, no-store',
  });
  Readable.fromWeb(result.data as ReadableStream).pipe(res);
}

/** Finance's dashboard and reports, read from the Admin API, and the reports as CSV downloads. */
export function reportsRoutes(router: Router, config: BffConfig): void {
  const guard = requirePortalRole(config.app);
  const admin = (req: Request, res: Response) => createApiClients(config, req, accessTokenOf(res)).admin;

  viewRoute(router, config, DASHBOARD_VIEW_URL, { guard }, async ({ api }): Promise<DashboardView> => {
    const dashboard = apiData(await api.admin.GET('/reports/dashboard'), 'Admin API');
    return { currencies: dashboard.currencies, months: dashboard.months };
  });

  viewRoute(router, config, REPORTS_VIEW_URL, { guard }, async ({ req, api }): Promise<ReportsView> => {
    const query = reportQuery(req);
    const [asked, annual] = await Promise.all([
      api.admin.GET('/reports/revenue', { params: { query: query.revenue } }),
      api.admin.GET('/reports/annual', { params: { query: query.annual } }),
    ]);
    // A range the API refuses (an end before its start) shows the default range with a word why, not an error.
    const rangeRefused = asked.response.status === 400;
    const revenue = rangeRefused
      ? await api.admin.GET('/reports/revenue', {
          params: { query: query.revenue.period ? { period: query.revenue.period } : {} },
        })
      : asked;
    const revenueReport = apiData(revenue, 'Admin API');
    const annualReport = apiData(annual, 'Admin API');
    return {
      period: revenueReport.period,
      rangeRefused,
      from: revenueReport.from,
      to: revenueReport.to,
      year: annualReport.year,
      revenue: { rows: revenueReport.rows, totals: revenueReport.totals },
      annual: { rows: annualReport.rows, months: annualReport.months, totals: annualReport.totals },
    };
  });

  router.get(REVENUE_CSV_URL, guard, async (req, res) => {
    const query = reportQuery(req).revenue;
    sendCsv(
      res,
      await admin(req, res).GET('/reports/revenue.csv', { params: { query }, parseAs: 'stream' }),
      'revenue.csv',
    );
  });

  router.get(ANNUAL_CSV_URL, guard, async (req, res) => {
    const query = reportQuery(req).annual;
    sendCsv(
      res,
      await admin(req, res).GET('/reports/annual.csv', { params: { query }, parseAs: 'stream' }),
      `annual-report-${query.year ?? 'this-year'}.csv`,
    );
  });
}
