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
import {
  SUPPLIER_INVOICES_VIEW_URL,
  type SupplierInvoiceDetailView,
  type SupplierInvoicesView,
} from '../app/invoices/supplier-invoices-view';

function toRow(invoice: {
  id: string;
  number: string;
  missionName: string | null;
  status: string;
  currency: string;
  feeMinor: number;
  balanceMinor: number;
  issueDate: string;
  dueDate: string;
  description?: string;
}) {
  return {
    id: invoice.id,
    number: invoice.number,
    missionName: invoice.missionName,
    description: invoice.description ?? '',
    status: invoice.status,
    currency: invoice.currency,
    feeMinor: invoice.feeMinor,
    balanceMinor: invoice.balanceMinor,
    issueDate: invoice.issueDate,
    dueDate: invoice.dueDate,
  };
}

/**
 * The supplier's own invoices from the platform: the list, one invoice, and its PDF streamed from the Admin
 * API (which answers 404 for another supplier's, and so does this page), never cached.
 */
export function invoicesRoute(router: Router, config: BffConfig): void {
  const guard = requirePortalRole(config.app);

  viewRoute(
    router,
    config,
    SUPPLIER_INVOICES_VIEW_URL,
    { guard },
    async ({ api }): Promise<SupplierInvoicesView> => {
      const list = apiData(
        await api.admin.GET('/invoices', { params: { query: { limit: 100 } } }),
        'Admin API',
      );
      return { invoices: list.items.map((invoice) => toRow(invoice)) };
    },
  );

  viewRoute(
    router,
    config,
    `${SUPPLIER_INVOICES_VIEW_URL}/:id`,
    { guard },
    async ({ req, api }): Promise<SupplierInvoiceDetailView> => {
      const result = await api.admin.GET('/invoices/{id}', {
        params: { path: { id: String(req.params['id']) } },
      });
      const status = result.response.status;
      if (status === 400 || status === 404) throw RouteProblem.notFound('No invoice of yours has this id');
      const invoice = apiData(result, 'Admin API');
      return {
        invoice: {
          ...toRow(invoice),
          feeKind: invoice.feeKind,
          paidMinor: invoice.paidMinor,
          grossRevenueMinor: invoice.grossRevenueMinor,
          refundsMinor: invoice.refundsMinor,
          netRevenueMinor: invoice.netRevenueMinor,
          rate: invoice.rateBasisPoints === null ? null : invoice.rateBasisPoints / 10_000,
        },
        passengers: invoice.passengers.map((passenger) => passenger.fullName),
        payments: invoice.payments.map(({ id, paidOn, reference, amountMinor, currency }) => ({
          id,
          paidOn,
          reference,
          amountMinor,
          currency,
        })),
      };
    },
  );

  router.get(`${SUPPLIER_INVOICES_VIEW_URL}/:id/pdf`, guard, async (req, res) => {
    const admin = createApiClients(config, req, accessTokenOf(res)).admin;
    const { data, response } = await admin.GET('/invoices/{id}/pdf', {
      params: { path: { id: String(req.params['id']) } },
      parseAs: 'stream',
    });
    const disposition = response.headers.get('content-disposition');
    if (!data || !disposition) {
      const status = response.status;
      problem(
        res,
        status === 404 || status === 400 ? 404 : 502,
        'Invoice unavailable',
        `The Admin API answered ${status}`,
      );
      return;
    }
    // The Admin API names the file after the invoice number.
    res.status(200).set({
      'content-type': 'application/pdf',
      'content-disposition': disposition,
      'cache-control': 'private, no-store',
    });
    Readable.fromWeb(data as ReadableStream).pipe(res);
  });
}
