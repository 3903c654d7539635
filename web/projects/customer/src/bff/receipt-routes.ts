import { accessTokenOf, createApiClients, problem, requireRole, type BffConfig } from '@astrobookings/bff';
import type { Router } from 'express';
import { Readable } from 'node:stream';
import { BOOKINGS_VIEW_URL } from '../app/bookings/booking-view';
import { isLaunchId } from '../app/launches/catalog-view';

/**
 * A receipt's PDF, streamed from the Customer API as a download. It is personal (tax id, address), so it is
 * never stored by a cache; a receipt of another customer's booking is as unknown as a missing one.
 */
export function receiptRoutes(router: Router, config: BffConfig): void {
  router.get(
    `${BOOKINGS_VIEW_URL}/:id/receipts/:receiptId.pdf`,
    requireRole('customer'),
    async (req, res) => {
      const id = String(req.params['id']);
      const receiptId = String(req.params['receiptId']);
      if (!isLaunchId(id) || !isLaunchId(receiptId)) {
        problem(res, 404, 'Receipt not found', 'No receipt of yours has this address');
        return;
      }
      const language = req.query['language'] === 'es' ? 'es' : 'en';
      const { data, response } = await createApiClients(config, req, accessTokenOf(res)).customer.GET(
        '/bookings/{id}/receipts/{receiptId}/pdf',
        { params: { path: { id, receiptId }, query: { language } }, parseAs: 'stream' },
      );
      if (!data) {
        const status = response.status === 404 ? 404 : 502;
        problem(res, status, 'Receipt unavailable', `The Customer API answered ${response.status}`);
        return;
      }
      res.status(200).set({
        'content-type': 'application/pdf',
        'content-disposition':
          response.headers.get('content-disposition') ?? 'attachment; filename="receipt.pdf"',
        'cache-control': 'private, no-store',
      });
      Readable.fromWeb(data as import('node:stream/web').ReadableStream).pipe(res);
    },
  );
}
