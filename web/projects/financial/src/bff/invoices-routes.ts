import {
  accessTokenOf,
  apiData,
  createApiClients,
  field,
  formRefusal,
  pageUrl,
  problem,
  queryParam,
  refuseForm,
  requirePortalRole,
  RouteProblem,
  viewRoute,
  type BffConfig,
  type FormRefusal,
  type ViewRequest,
} from '@astrobookings/bff';
import type { Request, Response, Router } from 'express';
import { Readable } from 'node:stream';
import type { ReadableStream } from 'node:stream/web';
import type { InvoiceDetailView } from '../app/invoices/invoice-detail-view';
import { INVOICES_VIEW_URL, type InvoicesView } from '../app/invoices/invoices-view';
import { FINANCE_WORDING } from './finance-wording';
import { readMoney } from '@astrobookings/bff';

const STATUSES = ['issued', 'partially_paid', 'paid', 'overdue', 'void'] as const;
const METHODS = ['bank_transfer', 'card', 'cheque', 'other'] as const;
type Status = (typeof STATUSES)[number];
type Method = (typeof METHODS)[number];
const isStatus = (value: string): value is Status => (STATUSES as readonly string[]).includes(value);
const isMethod = (value: string): value is Method => (METHODS as readonly string[]).includes(value);
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const dateParam = (value: string | undefined) => (value && DATE.test(value) ? value : undefined);

function adminOf(req: Request, res: Response, config: BffConfig) {
  return createApiClients(config, req, accessTokenOf(res)).admin;
}

/** The form's amount is typed in currency units; the API takes minor units, so its refusal names `amount`. */
function amountRefusal(refusal: FormRefusal): FormRefusal {
  return {
    ...refusal,
    fields: refusal.fields.map((problem) =>
      problem.field === 'amountMinor' ? { ...problem, field: 'amount' } : problem,
    ),
  };
}

async function invoiceList({ req, api }: ViewRequest): Promise<InvoicesView> {
  const filters = {
    supplierId: queryParam(req, 'supplierId') ?? '',
    status: queryParam(req, 'status') ?? '',
    from: dateParam(queryParam(req, 'from')) ?? '',
    to: dateParam(queryParam(req, 'to')) ?? '',
    q: (queryParam(req, 'q') ?? '').trim().slice(0, 20),
  };
  const query = {
    limit: 100,
    ...(/^[0-9a-f-]{36}$/i.test(filters.supplierId) ? { supplierId: filters.supplierId } : {}),
    ...(isStatus(filters.status) ? { status: filters.status } : {}),
    ...(filters.from ? { from: filters.from } : {}),
    ...(filters.to ? { to: filters.to } : {}),
    ...(filters.q ? { q: filters.q } : {}),
  };
  const [invoices, suppliers] = await Promise.all([
    api.admin.GET('/invoices', { params: { query } }),
    api.admin.GET('/suppliers'),
  ]);
  const list = apiData(invoices, 'Admin API');
  return {
    invoices: list.items.map((invoice) => ({
      id: invoice.id,
      number: invoice.number,
      supplierName: invoice.supplierName,
      missionName: invoice.missionName,
      feeKind: invoice.feeKind,
      status: invoice.status,
      currency: invoice.currency,
      feeMinor: invoice.feeMinor,
      balanceMinor: invoice.balanceMinor,
      issueDate: invoice.issueDate,
      dueDate: invoice.dueDate,
    })),
    total: list.total,
    suppliers: apiData(suppliers, 'Admin API').items.map(({ id, name }) => ({ id, name })),
    statuses: STATUSES,
    filters,
  };
}

async function invoiceDetail({ req, api }: ViewRequest): Promise<InvoiceDetailView> {
  const result = await api.admin.GET('/invoices/{id}', {
    params: { path: { id: String(req.params['id']) } },
  });
  const status = result.response.status;
  if (status === 400 || status === 404) throw RouteProblem.notFound('No invoice has this id');
  const invoice = apiData(result, 'Admin API');
  return {
    invoice: {
      id: invoice.id,
      number: invoice.number,
      supplierName: invoice.supplierName,
      missionName: invoice.missionName,
      feeKind: invoice.feeKind,
      status: invoice.status,
      currency: invoice.currency,
      feeMinor: invoice.feeMinor,
      paidMinor: invoice.paidMinor,
      balanceMinor: invoice.balanceMinor,
      issueDate: invoice.issueDate,
      dueDate: invoice.dueDate,
      description: invoice.description,
      grossRevenueMinor: invoice.grossRevenueMinor,
      refundsMinor: invoice.refundsMinor,
      netRevenueMinor: invoice.netRevenueMinor,
      rate: invoice.rateBasisPoints === null ? null : invoice.rateBasisPoints / 10_000,
      supplierReliable: invoice.supplierReliable,
      supplierLegalName: invoice.supplierLegalName,
      supplierTaxId: invoice.supplierTaxId,
      supplierLegalAddress: invoice.supplierLegalAddress,
      rocketName: invoice.rocketName,
      launchScheduledAt: invoice.launchScheduledAt,
      launchSite: invoice.launchSite,
      destination: invoice.destination,
      voidReason: invoice.voidReason,
      creditNoteNumber: invoice.creditNote?.number ?? null,
    },
    passengers: invoice.passengers.map((passenger) => passenger.fullName),
    payments: invoice.payments.map((payment) => ({
      id: payment.id,
      amountMinor: payment.amountMinor,
      currency: payment.currency,
      paidOn: payment.paidOn,
      reference: payment.reference,
      method: payment.method,
      recordedBy: payment.recordedBy,
    })),
    canRecordPayment: invoice.actions.canRecordPayment,
    canVoid: invoice.actions.canVoid,
    paymentMethods: METHODS,
    today: new Date().toISOString().slice(0, 10),
  };
}

/**
 * Finance's invoices: the filtered list with the manual issue form, one invoice with its payments, its PDF
 * (streamed from the Admin API, never cached), and the record-a-payment and void forms (plain HTML POSTs that
 * answer with a redirect; a refusal goes back to the page with the values and the API's problem).
 */
export function invoicesRoute(router: Router, config: BffConfig): void {
  const guard = requirePortalRole(config.app);

  viewRoute(router, config, INVOICES_VIEW_URL, { guard }, invoiceList);
  viewRoute(router, config, `${INVOICES_VIEW_URL}/:id`, { guard }, invoiceDetail);

  router.get(`${INVOICES_VIEW_URL}/:id/pdf`, guard, async (req, res) => {
    const { data, response } = await adminOf(req, res, config).GET('/invoices/{id}/pdf', {
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

  router.post(INVOICES_VIEW_URL, guard, async (req, res) => {
    const currency = field(req, 'currency').toUpperCase();
    const amount = readMoney(field(req, 'amount'), currency);
    if ('problem' in amount) {
      refuseForm(req, res, config, '/invoices', {
        fields: [{ field: 'amount', code: amount.problem, message: 'Enter an amount such as 1250.00.' }],
      });
      return;
    }
    const amountMinor = amount.minor;
    const { data, error, response } = await adminOf(req, res, config).POST('/invoices', {
      body: {
        supplierId: field(req, 'supplierId'),
        description: field(req, 'description'),
        amountMinor,
        currency,
      },
    });
    if (!data) {
      refuseForm(
        req,
        res,
        config,
        '/invoices',
        amountRefusal(formRefusal(response.status, error, FINANCE_WORDING)),
      );
      return;
    }
    res.redirect(303, pageUrl(`/invoices/${data.id}`, { notice: 'invoice-issued' }));
  });

  router.post(`${INVOICES_VIEW_URL}/:id/payments`, guard, async (req, res) => {
    const id = String(req.params['id']);
    const page = `/invoices/${encodeURIComponent(id)}`;
    const currency = field(req, 'currency');
    const amount = readMoney(field(req, 'amount'), currency);
    const method = field(req, 'method');
    if ('problem' in amount || !isMethod(method)) {
      refuseForm(req, res, config, page, {
        fields: [
          ...('problem' in amount
            ? [{ field: 'amount', code: amount.problem, message: 'Enter an amount such as 1250.00.' }]
            : []),
          ...(isMethod(method)
            ? []
            : [{ field: 'method', code: 'required', message: 'Choose how it was paid.' }]),
        ],
      });
      return;
    }
    const { data, error, response } = await adminOf(req, res, config).POST('/invoices/{id}/payments', {
      params: { path: { id } },
      body: {
        amountMinor: amount.minor,
        currency,
        paidOn: field(req, 'paidOn'),
        reference: field(req, 'reference'),
        method,
      },
    });
    if (!data) {
      refuseForm(req, res, config, page, amountRefusal(formRefusal(response.status, error, FINANCE_WORDING)));
      return;
    }
    res.redirect(
      303,
      pageUrl(page, { notice: data.status === 'paid' ? 'payment-paid' : 'payment-recorded' }),
    );
  });

  router.post(`${INVOICES_VIEW_URL}/:id/void`, guard, async (req, res) => {
    const id = String(req.params['id']);
    const page = `/invoices/${encodeURIComponent(id)}`;
    const { data, error, response } = await adminOf(req, res, config).POST('/invoices/{id}/void', {
      params: { path: { id } },
      body: { reason: field(req, 'reason') },
    });
    if (!data) {
      refuseForm(req, res, config, page, formRefusal(response.status, error, FINANCE_WORDING));
      return;
    }
    res.redirect(303, pageUrl(page, { notice: 'invoice-voided' }));
  });
}
