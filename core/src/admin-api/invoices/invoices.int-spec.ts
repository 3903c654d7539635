import { createAdminApiClient, type AdminApiClient } from '@astrobookings/openapi';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { DEMO_EMAILS, serviceToken, signIn } from '../../testing/auth-fixture.js';
import { startSupplierStack, type SupplierStack } from '../../testing/supplier-stack.js';
import { addDays, utcDate } from './calendar-date.js';

const today = utcDate(new Date());
const year = today.slice(0, 4);

describe('invoices to suppliers (Admin API)', () => {
  let stack: SupplierStack;
  let finance: AdminApiClient;
  let system: AdminApiClient;
  let seleneId: string;

  beforeAll(async () => {
    stack = await startSupplierStack();
    const financeUser = await signIn(stack.authUrl, DEMO_EMAILS.finance);
    // A hundred issues queue on one counter row; on a busy machine the last ones wait longer than the default.
    finance = createAdminApiClient({
      baseUrl: stack.admin.url,
      accessToken: financeUser.accessToken,
      timeoutMs: 60_000,
    });
    system = createAdminApiClient({
      baseUrl: stack.admin.url,
      accessToken: await serviceToken(stack.authUrl),
    });
    seleneId = await stack.idOf('suppliers', 'Selene Transit');
  }, 90_000);

  afterAll(async () => {
    await stack?.stop();
  }, 30_000);

  async function issue(supplierId: string, amountMinor: number, description = 'Marketing package') {
    const { data, error, response } = await finance.POST('/invoices', {
      body: { supplierId, description, amountMinor, currency: 'USD' },
    });
    if (!data) throw new Error(`issue answered ${response.status}: ${JSON.stringify(error)}`);
    return data;
  }

  const pay = (id: string, amountMinor: number, extra: Record<string, string> = {}) =>
    finance.POST('/invoices/{id}/payments', {
      params: { path: { id } },
      body: {
        amountMinor,
        currency: 'USD',
        paidOn: today,
        reference: 'WIRE-1',
        method: 'bank_transfer',
        ...extra,
      },
    });

  const numbersIn = async (series: string) =>
    (
      await stack.sql(`SELECT number FROM invoices WHERE number LIKE '${series}-${year}-%' ORDER BY number`)
    ).map((row) => String(row.number));

  const consecutive = (count: number) =>
    Array.from({ length: count }, (_, index) => `AB-${year}-${String(index + 1).padStart(6, '0')}`);

  it('gives 100 concurrent manual issues 100 distinct consecutive numbers, none skipped', async () => {
    const before = (await numbersIn('AB')).length;
    const issued = await Promise.all(
      Array.from({ length: 100 }, (_, index) => issue(seleneId, 1000 + index)),
    );
    expect(new Set(issued.map((invoice) => invoice.number)).size).toBe(100);
    expect(await numbersIn('AB')).toEqual(consecutive(before + 100));
    expect(issued[0]).toMatchObject({
      feeKind: 'manual',
      status: 'issued',
      supplierName: 'Selene Transit',
      supplierLegalName: 'Selene Transit LLC',
      issueDate: today,
      dueDate: addDays(today, 30),
      actions: { canRecordPayment: true, canVoid: true },
    });
  }, 120_000);

  it('issues an aborted launch’s fixed fee exactly once, even when the job runs twice at once after a crash', async () => {
    const launchId = await stack.idOf('launches', 'Far Side Flyby');
    // The state a crash between the transition and its invoice leaves behind.
    await stack.sql(`UPDATE launches SET status = 'aborted' WHERE id = '${launchId}'`);
    const runs = await Promise.all([
      system.POST('/invoices/issuing-runs'),
      system.POST('/invoices/issuing-runs'),
    ]);
    const again = await system.POST('/invoices/issuing-runs');
    expect(runs.map((run) => run.response.status)).toEqual([200, 200]);
    expect(again.data?.issued).toEqual([]);
    const rows = await stack.sql(`SELECT * FROM invoices WHERE launch_id = '${launchId}'`);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      fee_kind: 'abort_fee',
      fee_minor: '100000',
      currency: 'USD',
      rate_basis_points: null,
      created_by: 'job:invoice-issuing',
      origin_service: 'admin-api',
      mission_name: 'Far Side Flyby',
    });
    expect(rows[0].request_id).toEqual(expect.stringMatching(/.+/));
    // The run that lost the race rolled its number back: the next invoice follows without a gap.
    await issue(seleneId, 500);
    const numbers = await numbersIn('AB');
    expect(numbers).toEqual(consecutive(numbers.length));
  }, 60_000);

  it('issues the abort fee when the supplier aborts a launch, and the job afterwards issues nothing new', async () => {
    const launchId = await stack.idOf('launches', 'Sunrise Orbit II');
    const { response } = await stack.asSupplier.POST('/launches/{id}/transitions', {
      params: { path: { id: launchId } },
      body: { to: 'aborted', reason: 'Engine anomaly' },
    });
    expect(response.status).toBe(200);
    const run = await system.POST('/invoices/issuing-runs');
    expect(run.data?.issued).toEqual([]);
    const rows = await stack.sql(
      `SELECT fee_kind, fee_minor, created_by, supplier_legal_name FROM invoices WHERE launch_id = '${launchId}'`,
    );
    expect(rows).toEqual([
      {
        fee_kind: 'abort_fee',
        fee_minor: '100000',
        created_by: expect.stringMatching(/^user:/),
        supplier_legal_name: 'Orbital Horizons Inc.',
      },
    ]);
    const [issued] = await stack.sql(
      `SELECT count(*)::int AS n FROM email_outbox WHERE key LIKE 'invoice-issued:%'
       AND "to" = 'crew@orbital-horizons.test' AND subject LIKE 'Invoice AB-%'`,
    );
    expect(issued.n).toBeGreaterThanOrEqual(1);
  }, 60_000);

  it('moves an invoice from issued to partially paid to paid, recording who paid what and when', async () => {
    const invoice = await issue(stack.supplierId, 10_000);
    const partial = await pay(invoice.id, 4_000);
    expect(partial.response.status).toBe(201);
    expect(partial.data).toMatchObject({ status: 'partially_paid', paidMinor: 4_000, balanceMinor: 6_000 });
    const full = await pay(invoice.id, 6_000, { reference: 'WIRE-2', method: 'card' });
    expect(full.data).toMatchObject({
      status: 'paid',
      paidMinor: 10_000,
      balanceMinor: 0,
      actions: { canRecordPayment: false, canVoid: false },
    });
    expect(full.data?.payments.map((payment) => [payment.amountMinor, payment.reference])).toEqual([
      [4_000, 'WIRE-1'],
      [6_000, 'WIRE-2'],
    ]);
    const audit = await stack.sql(
      `SELECT recorded_by, origin_service, request_id FROM invoice_payments WHERE invoice_id = '${invoice.id}'`,
    );
    expect(audit).toEqual([
      expect.objectContaining({ recorded_by: expect.stringMatching(/^user:/), origin_service: 'admin-api' }),
      expect.objectContaining({ recorded_by: expect.stringMatching(/^user:/), origin_service: 'admin-api' }),
    ]);
  });

  it('refuses an over-payment with a problem naming the balance, and changes nothing', async () => {
    const invoice = await issue(stack.supplierId, 10_000);
    await pay(invoice.id, 7_500);
    const { response, error } = await pay(invoice.id, 2_501);
    expect(response.status).toBe(422);
    expect(response.headers.get('content-type')).toContain('application/problem+json');
    expect(error?.errors).toEqual([
      { field: 'amountMinor', codes: ['above-balance'], messages: [expect.stringContaining('$25.00')] },
    ]);
    const { data } = await finance.GET('/invoices/{id}', { params: { path: { id: invoice.id } } });
    expect(data).toMatchObject({ status: 'partially_paid', paidMinor: 7_500 });
    expect(data?.payments).toHaveLength(1);
  });

  it('refuses a payment in another currency, dated in the future, or of no money', async () => {
    const invoice = await issue(stack.supplierId, 10_000);
    const euros = await pay(invoice.id, 100, { currency: 'EUR' });
    expect(euros.response.status).toBe(422);
    expect(euros.error?.errors?.[0]).toMatchObject({ field: 'currency', codes: ['currency-mismatch'] });
    const future = await pay(invoice.id, 100, { paidOn: addDays(today, 2) });
    expect(future.error?.errors?.[0]).toMatchObject({ field: 'paidOn', codes: ['in-future'] });
    expect((await pay(invoice.id, 0)).response.status).toBe(400);
    expect((await pay(invoice.id, 100, { paidOn: '2027-02-30' })).response.status).toBe(400);
  });

  it('voids an unpaid invoice with a credit note that references it, keeping its number', async () => {
    const invoice = await issue(stack.supplierId, 2_000);
    const { data, response } = await finance.POST('/invoices/{id}/void', {
      params: { path: { id: invoice.id } },
      body: { reason: 'Issued twice by mistake' },
    });
    expect(response.status).toBe(200);
    expect(data).toMatchObject({
      number: invoice.number,
      status: 'void',
      balanceMinor: 0,
      voidReason: 'Issued twice by mistake',
      creditNote: {
        amountMinor: 2_000,
        currency: 'USD',
        reason: 'Issued twice by mistake',
        issueDate: today,
      },
      actions: { canRecordPayment: false, canVoid: false },
    });
    expect(data?.creditNote?.number).toMatch(new RegExp(`^CN-${year}-\\d{6}$`));
    const again = await finance.POST('/invoices/{id}/void', {
      params: { path: { id: invoice.id } },
      body: { reason: 'Again' },
    });
    expect(again.response.status).toBe(409);
    expect((await pay(invoice.id, 100)).response.status).toBe(409);
  });

  it('refuses to void an invoice with payments (409), which needs a credit by hand', async () => {
    const invoice = await issue(stack.supplierId, 2_000);
    await pay(invoice.id, 1_000);
    const { response, error } = await finance.POST('/invoices/{id}/void', {
      params: { path: { id: invoice.id } },
      body: { reason: 'Wrong amount' },
    });
    expect(response.status).toBe(409);
    expect(error?.detail).toContain('payments');
    expect(
      (await stack.sql(`SELECT count(*)::int AS n FROM credit_notes WHERE invoice_id = '${invoice.id}'`))[0]
        .n,
    ).toBe(0);
  });

  it('makes unpaid invoices overdue after their due date and reminds each once per week, however often the job runs', async () => {
    const invoice = await issue(stack.supplierId, 3_000);
    const paid = await issue(stack.supplierId, 3_000);
    await pay(paid.id, 3_000);
    const dueDate = addDays(today, 30);
    const run = (day: string) => system.POST('/invoices/overdue-runs', { params: { query: { today: day } } });
    expect((await run(dueDate)).data?.overdue).toBe(0);
    const first = await run(addDays(dueDate, 1));
    expect(first.data?.overdue).toBeGreaterThan(0);
    await Promise.all([run(addDays(dueDate, 1)), run(addDays(dueDate, 3))]);
    const status = async (id: string) =>
      (await finance.GET('/invoices/{id}', { params: { path: { id } } })).data?.status;
    expect(await status(invoice.id)).toBe('overdue');
    expect(await status(paid.id)).toBe('paid');
    const reminders = async () =>
      (
        await stack.sql(
          `SELECT key, "to", subject FROM email_outbox WHERE key LIKE 'invoice-reminder:${invoice.id}:%' ORDER BY key`,
        )
      ).map((row) => [row.key, row.to, row.subject]);
    expect(await reminders()).toEqual([
      [
        `invoice-reminder:${invoice.id}:w0`,
        'crew@orbital-horizons.test',
        `Reminder: invoice ${invoice.number} is overdue`,
      ],
    ]);
    await run(addDays(dueDate, 8));
    await run(addDays(dueDate, 9));
    expect((await reminders()).map(([key]) => key)).toEqual([
      `invoice-reminder:${invoice.id}:w0`,
      `invoice-reminder:${invoice.id}:w1`,
    ]);
    expect(
      (
        await stack.sql(
          `SELECT count(*)::int AS n FROM email_outbox WHERE key LIKE 'invoice-reminder:${paid.id}:%'`,
        )
      )[0].n,
    ).toBe(0);
    const late = await pay(invoice.id, 1_000);
    expect(late.data?.status).toBe('partially_paid');
  });

  it('shows suppliers only their own invoices: another supplier’s answers 404 for the detail and the PDF', async () => {
    const own = await issue(stack.supplierId, 1_234, 'Own invoice');
    const other = await issue(seleneId, 4_321, 'Not theirs');
    const { data: list } = await stack.asSupplier.GET('/invoices', { params: { query: { limit: 100 } } });
    expect(list?.items.every((item) => item.supplierId === stack.supplierId)).toBe(true);
    expect(list?.items.map((item) => item.number)).toContain(own.number);
    const filtered = await stack.asSupplier.GET('/invoices', { params: { query: { supplierId: seleneId } } });
    expect(filtered.data?.items.some((item) => item.supplierId === seleneId)).toBe(false);
    const detail = await stack.asSupplier.GET('/invoices/{id}', { params: { path: { id: own.id } } });
    expect(detail.data).toMatchObject({
      number: own.number,
      actions: { canRecordPayment: false, canVoid: false },
    });
    expect(
      (await stack.asSupplier.GET('/invoices/{id}', { params: { path: { id: other.id } } })).response.status,
    ).toBe(404);
    const pdf = await fetch(`${stack.admin.url}/invoices/${other.id}/pdf`, {
      headers: { authorization: `Bearer ${stack.supplierToken}` },
    });
    expect(pdf.status).toBe(404);
    expect(pdf.headers.get('content-type')).toContain('application/problem+json');
  });

  it('downloads an invoice as a PDF named after its number, with the number inside', async () => {
    const invoice = await issue(stack.supplierId, 98_765, 'Ground support');
    const response = await fetch(`${stack.admin.url}/invoices/${invoice.id}/pdf`, {
      headers: { authorization: `Bearer ${stack.supplierToken}` },
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/pdf');
    expect(response.headers.get('content-disposition')).toBe(`attachment; filename="${invoice.number}.pdf"`);
    const bytes = Buffer.from(await response.arrayBuffer());
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(bytes.toString('latin1')).toContain(invoice.number);
  });

  it('finds invoices by supplier, status, issue period and part of the number', async () => {
    const invoice = await issue(seleneId, 777);
    const suffix = invoice.number.slice(-6);
    const { data } = await finance.GET('/invoices', {
      params: { query: { supplierId: seleneId, status: 'issued', from: today, to: today, q: suffix } },
    });
    expect(data?.items.map((item) => item.number)).toEqual([invoice.number]);
    expect(data?.total).toBe(1);
    const none = await finance.GET('/invoices', { params: { query: { from: addDays(today, 1) } } });
    expect(none.data?.items).toEqual([]);
    expect(
      (await finance.GET('/invoices', { params: { query: { status: 'bogus' as 'paid' } } })).response.status,
    ).toBe(400);
  });
});
