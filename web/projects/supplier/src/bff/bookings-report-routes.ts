import {
  accessTokenOf,
  apiData,
  createApiClients,
  problem,
  requirePortalRole,
  RouteProblem,
  viewRoute,
  type BffConfig,
} from '@astrobookings/bff';
import type { Router } from 'express';
import { Readable } from 'node:stream';
import type { ReadableStream } from 'node:stream/web';
import type { BookingsReportView } from '../app/bookings-report/bookings-report-view';

const VIEW = '/bff/launches/:id/bookings-report';

/** A successful launch's bookings report for its supplier, as a page and as a CSV download. */
export function bookingsReportRoute(router: Router, config: BffConfig): void {
  const guard = requirePortalRole(config.app);

  viewRoute(router, config, VIEW, { guard }, async ({ req, api }): Promise<BookingsReportView> => {
    const result = await api.admin.GET('/supplier/launches/{id}/bookings-report', {
      params: { path: { id: String(req.params['id']) } },
    });
    const status = result.response.status;
    if (status === 400 || status === 404) throw RouteProblem.notFound('No launch of yours has this id');
    if (status === 422) throw RouteProblem.notFound('The bookings report is for successful launches');
    return apiData(result, 'Admin API');
  });

  router.get(`${VIEW}.csv`, guard, async (req, res) => {
    const id = String(req.params['id']);
    const { data, response } = await createApiClients(config, req, accessTokenOf(res)).admin.GET(
      '/supplier/launches/{id}/bookings-report.csv',
      { params: { path: { id } }, parseAs: 'stream' },
    );
    if (!data) {
      const status = response.status;
      problem(
        res,
        [404, 422].includes(status) ? status : 502,
        'Report unavailable',
        `The Admin API answered ${status}`,
      );
      return;
    }
    res.status(200).set({
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': `attachment; filename="bookings-report-${id}.csv"`,
      'cache-control': 'private, no-store',
    });
    Readable.fromWeb(data as ReadableStream).pipe(res);
  });
}
