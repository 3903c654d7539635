import { createAdminApiClient, type AdminApiClient } from '@astrobookings/openapi';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import pg from 'pg';
import { launchFeeBasisPoints, launchFeeMinor } from '../../shared/rules/launch-fee.js';
import { DEMO_EMAILS, signIn } from '../../testing/auth-fixture.js';
import { FinanceFixture } from '../../testing/finance-fixture.js';
import { startSupplierStack, type SupplierStack } from '../../testing/supplier-stack.js';

/**
 * Books for 2035 whose every figure is chosen here: two suppliers, dollars and euros, refunds, a void invoice, a
 * manual one, partial and full payments. Every report must add up to the same invoices and payments.
 */
describe('finance reports', () => {
  let stack: SupplierStack;
  let pool: pg.Pool;
  let asFinance: AdminApiClient;
  let fixture: FinanceFixture;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    stack = await startSupplierStack();
    pool = new pg.Pool({ connectionString: stack.databases.env.DATABASE_URL });
    const finance = await signIn(stack.authUrl, DEMO_EMAILS.finance);
    asFinance = createAdminApiClient({ baseUrl: stack.admin.url, accessToken: finance.accessToken });
    fixture = new FinanceFixture(pool);

    const alpha = (ids.alpha = await fixture.supplier('Alpha'));
    const l1 = await fixture.launch(alpha, { status: 'successful', at: '2035-01-15T10:00:00Z' });
    await fixture.booking(l1, { seats: 2, paidMinor: 200_000 });
    await fixture.booking(l1, { seats: 1, paidMinor: 100_000, refundMinor: 100_000 });
    await fixture.booking(l1, { seats: 1, paidMinor: 100_000, refundMinor: 1999 });
    const l2 = await fixture.launch(alpha, { status: 'successful', at: '2035-02-10T10:00:00Z' });
    await fixture.booking(l2, { seats: 1, paidMinor: 50_000 });
    const l3 = await fixture.launch(alpha, {
      status: 'successful',
      at: '2035-03-05T10:00:00Z',
      currency: 'EUR',
    });
    await fixture.booking(l3, { seats: 2, paidMinor: 80_000, currency: 'EUR' });
    const l4 = await fixture.launch(alpha, { status: 'aborted', at: '2035-04-01T10:00:00Z' });
    await fixture.booking(l4, { seats: 1, paidMinor: 30_000, refundMinor: 30_000 });
    await fixture.launch(alpha, {
      status: 'scheduled',
      at: '2035-11-20T10:00:00Z',
      priceMinor: 250_000,
      seatsSold: 3,
      minimum: 4,
    });

    const beta = (ids.beta = await fixture.supplier('Beta'));
    const l6 = await fixture.launch(beta, {
      status: 'successful',
      at: '2035-02-20T10:00:00Z',
      currency: 'EUR',
    });
    await fixture.booking(l6, { seats: 3, paidMinor: 90_000, currency: 'EUR' });
    await fixture.launch(beta, { status: 'failed', at: '2035-05-10T10:00:00Z', currency: 'EUR' });
    await fixture.launch(beta, {
      status: 'delayed',
      at: '2035-12-01T10:00:00Z',
      currency: 'EUR',
      priceMinor: 100_000,
      seatsSold: 5,
      minimum: 2,
    });

    const a1 = await fixture.invoice(alpha, {
      launchId: l1,
      feeMinor: 2384,
      issued: '2035-01-16',
      status: 'partially_paid',
      paidMinor: 1000,
    });
    await fixture.invoicePayment(a1, 1000, '2035-02-01');
    await fixture.invoice(alpha, { launchId: l2, feeMinor: 400, issued: '2035-02-11', status: 'void' });
    const a3 = await fixture.invoice(alpha, {
      feeMinor: 450,
      issued: '2035-02-12',
      status: 'paid',
      paidMinor: 450,
    });
    await fixture.invoicePayment(a3, 450, '2035-03-03');
    await fixture.invoice(alpha, {
      launchId: l3,
      feeMinor: 640,
      currency: 'EUR',
      issued: '2035-03-06',
      status: 'overdue',
    });
    await fixture.invoice(alpha, {
      launchId: l4,
      kind: 'abort_fee',
      feeMinor: 100_000,
      issued: '2035-04-02',
    });
    const b1 = await fixture.invoice(beta, {
      launchId: l6,
      feeMinor: 900,
      currency: 'EUR',
      issued: '2035-02-21',
      status: 'paid',
      paidMinor: 900,
    });
    await fixture.invoicePayment(b1, 900, '2035-02-28', 'EUR');
    await fixture.invoice(beta, { feeMinor: 5000, currency: 'EUR', issued: '2035-06-01' });
  }, 120_000);

  afterAll(async () => {
    await pool?.end();
    await stack?.stop();
  }, 30_000);

  const revenue = async (period: 'month' | 'quarter' | 'year') => {
    const { data, error } = await asFinance.GET('/reports/revenue', {
      params: { query: { period, from: '2035-01-01', to: '2035-12-31' } },
    });
    if (!data) throw new Error(JSON.stringify(error));
    return data;
  };

  /** The books summed directly, independently of the report's SQL. */
  const books = async () =>
    (
      await pool.query<{ currency: string; invoiced: string; paid: string; outstanding: string }>(
        `SELECT c.currency,
                (SELECT coalesce(sum(fee_minor), 0) FROM invoices i WHERE i.currency = c.currency
                   AND i.status <> 'void' AND i.issue_date BETWEEN '2035-01-01' AND '2035-12-31')::text AS invoiced,
                (SELECT coalesce(sum(amount_minor), 0) FROM invoice_payments p WHERE p.currency = c.currency
                   AND p.paid_on BETWEEN '2035-01-01' AND '2035-12-31')::text AS paid,
                (SELECT coalesce(sum(fee_minor - paid_minor), 0) FROM invoices i WHERE i.currency = c.currency
                   AND i.status IN ('issued', 'partially_paid', 'overdue')
                   AND i.issue_date BETWEEN '2035-01-01' AND '2035-12-31')::text AS outstanding
         FROM (VALUES ('EUR'), ('USD')) AS c (currency) ORDER BY c.currency`,
      )
    ).rows.map((row) => ({
      currency: row.currency,
      feesInvoicedMinor: Number(row.invoiced),
      feesPaidMinor: Number(row.paid),
      outstandingMinor: Number(row.outstanding),
    }));

  it('reports each supplier’s launches, booking revenue net of refunds, fees invoiced, paid and outstanding', async () => {
    const { rows } = await revenue('year');
    const mine = rows.filter((row) => row.supplierId === ids.alpha || row.supplierId === ids.beta);
    expect(
      mine.map(({ supplierId: _id, supplierName: _name, periodStart: _start, ...rest }) => rest),
    ).toEqual([
      {
        period: '2035',
        currency: 'EUR',
        launchesFlown: 1,
        launchesAborted: 0,
        grossRevenueMinor: 80_000,
        refundsMinor: 0,
        netRevenueMinor: 80_000,
        feesInvoicedMinor: 640,
        feesPaidMinor: 0,
        outstandingMinor: 640,
        reliable: true,
      },
      {
        period: '2035',
        currency: 'USD',
        launchesFlown: 2,
        launchesAborted: 1,
        grossRevenueMinor: 480_000,
        refundsMinor: 131_999,
        netRevenueMinor: 348_001,
        feesInvoicedMinor: 102_834,
        feesPaidMinor: 1450,
        outstandingMinor: 101_384,
        reliable: true,
      },
      {
        period: '2035',
        currency: 'EUR',
        launchesFlown: 1,
        launchesAborted: 0,
        grossRevenueMinor: 90_000,
        refundsMinor: 0,
        netRevenueMinor: 90_000,
        feesInvoicedMinor: 5900,
        feesPaidMinor: 900,
        outstandingMinor: 5000,
        reliable: false,
      },
    ]);
  });

  it('totals every period size per currency to the sums of the invoices and payments themselves', async () => {
    const expected = await books();
    for (const period of ['month', 'quarter', 'year'] as const) {
      const { totals } = await revenue(period);
      expect(
        totals.map(({ currency, feesInvoicedMinor, feesPaidMinor, outstandingMinor }) => ({
          currency,
          feesInvoicedMinor,
          feesPaidMinor,
          outstandingMinor,
        })),
      ).toEqual(expected);
    }
    const quarters = (await revenue('quarter')).rows.filter((row) => row.supplierId === ids.alpha);
    expect(quarters.map((row) => `${row.period} ${row.currency}`)).toEqual([
      '2035-Q1 EUR',
      '2035-Q1 USD',
      '2035-Q2 USD',
    ]);
  });

  it('exports the revenue report as CSV with decimal amounts and a total per currency', async () => {
    const response = await fetch(
      `${stack.admin.url}/reports/revenue.csv?period=year&from=2035-01-01&to=2035-12-31`,
      {
        headers: {
          authorization: `Bearer ${(await signIn(stack.authUrl, DEMO_EMAILS.finance)).accessToken}`,
        },
      },
    );
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(response.headers.get('content-disposition')).toContain('attachment');
    const lines = (await response.text()).trimEnd().split('\r\n');
    expect(lines[0]).toBe(
      'period,supplier,currency,launches_flown,launches_aborted,gross_revenue,refunds,net_revenue,fees_invoiced,fees_paid,outstanding,reliable',
    );
    expect(lines).toContain('total,,USD,2,1,4800.00,1319.99,3480.01,1028.34,14.50,1013.84,');
  });

  it('reports the year’s actual fees by month and projects the rest with the fee rule at each supplier’s rate', async () => {
    const { data } = await asFinance.GET('/reports/annual', { params: { query: { year: 2035 } } });
    const mine = data!.rows.filter((row) => row.supplierId === ids.alpha || row.supplierId === ids.beta);
    const reliable = launchFeeBasisPoints(true);
    const isNew = launchFeeBasisPoints(false);
    expect(mine.map(({ supplierId: _id, supplierName: _name, ...rest }) => rest)).toEqual([
      { month: '2035-01', currency: 'USD', actualMinor: 2384, pendingSoldMinor: 0, pendingMinimumMinor: 0 },
      { month: '2035-02', currency: 'USD', actualMinor: 450, pendingSoldMinor: 0, pendingMinimumMinor: 0 },
      { month: '2035-02', currency: 'EUR', actualMinor: 900, pendingSoldMinor: 0, pendingMinimumMinor: 0 },
      { month: '2035-03', currency: 'EUR', actualMinor: 640, pendingSoldMinor: 0, pendingMinimumMinor: 0 },
      {
        month: '2035-04',
        currency: 'USD',
        actualMinor: 100_000,
        pendingSoldMinor: 0,
        pendingMinimumMinor: 0,
      },
      { month: '2035-06', currency: 'EUR', actualMinor: 5000, pendingSoldMinor: 0, pendingMinimumMinor: 0 },
      {
        month: '2035-11',
        currency: 'USD',
        actualMinor: 0,
        pendingSoldMinor: launchFeeMinor(3 * 250_000, reliable),
        pendingMinimumMinor: launchFeeMinor(4 * 250_000, reliable),
      },
      {
        month: '2035-12',
        currency: 'EUR',
        actualMinor: 0,
        pendingSoldMinor: launchFeeMinor(5 * 100_000, isNew),
        pendingMinimumMinor: launchFeeMinor(5 * 100_000, isNew),
      },
    ]);
    expect(mine.find((row) => row.month === '2035-11')?.pendingSoldMinor).toBe(6000);
    const totals = Object.fromEntries(data!.totals.map((total) => [total.currency, total]));
    expect(totals.USD).toMatchObject({
      actualMinor: 102_834,
      pendingSoldMinor: 6000,
      pendingMinimumMinor: 8000,
    });
    expect(totals.EUR).toMatchObject({
      actualMinor: 6540,
      pendingSoldMinor: 5000,
      pendingMinimumMinor: 5000,
    });
    expect(data!.months.filter((month) => month.currency === 'USD')).toHaveLength(12);
    expect(
      data!.months.filter((m) => m.currency === 'USD').reduce((sum, month) => sum + month.actualMinor, 0),
    ).toBe(totals.USD.actualMinor);
  });

  it('shows finance what is outstanding, overdue and collected this month, reconciled with the books', async () => {
    const today = new Date().toISOString().slice(0, 10);
    const paidToday = await fixture.invoice(ids.beta, {
      feeMinor: 300,
      issued: today,
      status: 'partially_paid',
      paidMinor: 200,
    });
    await fixture.invoicePayment(paidToday, 200, today);
    const { data } = await asFinance.GET('/reports/dashboard');
    const { rows } = await pool.query<{
      currency: string;
      outstanding: string;
      overdue: number;
      collected: string;
    }>(
      `SELECT c.currency,
              (SELECT coalesce(sum(fee_minor - paid_minor), 0) FROM invoices i WHERE i.currency = c.currency
                 AND i.status IN ('issued', 'partially_paid', 'overdue'))::text AS outstanding,
              (SELECT count(*) FROM invoices i WHERE i.currency = c.currency
                 AND (i.status = 'overdue' OR (i.status IN ('issued', 'partially_paid') AND i.due_date < current_date)))::int AS overdue,
              (SELECT coalesce(sum(amount_minor), 0) FROM invoice_payments p WHERE p.currency = c.currency
                 AND date_trunc('month', p.paid_on) = date_trunc('month', current_date))::text AS collected
       FROM (VALUES ('EUR'), ('USD')) AS c (currency) ORDER BY c.currency`,
    );
    expect(
      data!.currencies.map((c) => ({
        currency: c.currency,
        outstanding: String(c.outstandingMinor),
        overdue: c.overdueCount,
        collected: String(c.collectedThisMonthMinor),
      })),
    ).toEqual(rows);
    expect(data!.currencies.find((c) => c.currency === 'EUR')).toMatchObject({
      overdueCount: 1,
      overdueMinor: 640,
    });
    const thisMonth = data!.months.find((m) => m.currency === 'USD' && m.month === today.slice(0, 7));
    expect(thisMonth).toMatchObject({ invoicedMinor: 300, collectedMinor: 200 });
    expect(data!.months.filter((m) => m.currency === 'USD')).toHaveLength(12);
  });

  it('lists suppliers with their reliability and what they still owe per currency', async () => {
    const { data } = await asFinance.GET('/suppliers');
    const byId = Object.fromEntries(data!.items.map((item) => [item.id, item]));
    expect(byId[ids.alpha]).toMatchObject({
      reliable: true,
      successfulFlights: 3,
      failedFlights: 0,
      balances: [
        { currency: 'EUR', outstandingMinor: 640 },
        { currency: 'USD', outstandingMinor: 101_384 },
      ],
    });
    expect(byId[ids.beta]).toMatchObject({ reliable: false, successfulFlights: 1, failedFlights: 1 });
  });

  it.each([
    ['period=week', 'revenue'],
    ['from=2035-02-30', 'revenue'],
    ['from=2035-06-01&to=2035-01-01', 'revenue'],
    ['year=soon', 'annual'],
  ])('refuses %s on the %s report with a 400 problem', async (query, report) => {
    const { accessToken } = await signIn(stack.authUrl, DEMO_EMAILS.finance);
    const response = await fetch(`${stack.admin.url}/reports/${report}?${query}`, {
      headers: { authorization: `Bearer ${accessToken}` },
    });
    expect(response.status).toBe(400);
    expect(response.headers.get('content-type')).toContain('application/problem+json');
  });

  describe('reliability from launch histories (oldest first; S successful, F failed, A aborted)', () => {
    it.each([
      ['S S S', true],
      ['S S', false],
      ['S S A S', true],
      ['S S S F', false],
      ['F S S S S S', true],
      ['S S S F S S S S', false],
      ['A A A', false],
    ])('a supplier with %s is reliable: %s', async (history, reliable) => {
      const supplierId = await fixture.supplier(`History ${history}`);
      const outcomes = { S: 'successful', F: 'failed', A: 'aborted' } as const;
      let day = 1;
      for (const flight of history.split(' ') as Array<keyof typeof outcomes>)
        await fixture.launch(supplierId, {
          status: outcomes[flight],
          at: `2037-01-${String(day++).padStart(2, '0')}T10:00:00Z`,
        });
      const { data } = await asFinance.GET('/suppliers');
      expect(data!.items.find((item) => item.id === supplierId)?.reliable).toBe(reliable);
    });
  });

  describe("a supplier's bookings report", () => {
    let launchId: string;

    beforeAll(async () => {
      await pool.query(
        `INSERT INTO rockets (supplier_id, name, capacity, range) VALUES ($1, 'R', 10, 'orbital')`,
        [stack.supplierId],
      );
      launchId = await fixture.launch(stack.supplierId, { status: 'successful', at: '2036-01-10T10:00:00Z' });
      await fixture.booking(launchId, { seats: 2, paidMinor: 300_000, passenger: 'Grace Hopper' });
      await fixture.booking(launchId, { seats: 1, paidMinor: 150_000, refundMinor: 150_000 });
    });

    it('lists who booked, seats, revenue and refunds, with totals of the seats still flown', async () => {
      const { data } = await stack.asSupplier.GET('/supplier/launches/{id}/bookings-report', {
        params: { path: { id: launchId } },
      });
      expect(data!.bookings.map(({ bookingId: _id, customerEmail: _email, ...rest }) => rest)).toEqual([
        {
          leadPassenger: 'Grace Hopper',
          seats: 2,
          status: 'confirmed',
          currency: 'USD',
          revenueMinor: 300_000,
          refundsMinor: 0,
          netMinor: 300_000,
        },
        {
          leadPassenger: 'Ada Lovelace',
          seats: 1,
          status: 'cancelled',
          currency: 'USD',
          revenueMinor: 150_000,
          refundsMinor: 150_000,
          netMinor: 0,
        },
      ]);
      expect(data!.totals).toEqual([
        { currency: 'USD', seats: 2, revenueMinor: 450_000, refundsMinor: 150_000, netMinor: 300_000 },
      ]);
    });

    it('exports it as CSV with a total line', async () => {
      const response = await fetch(`${stack.admin.url}/supplier/launches/${launchId}/bookings-report.csv`, {
        headers: { authorization: `Bearer ${stack.supplierToken}` },
      });
      expect(response.headers.get('content-disposition')).toContain('attachment');
      const lines = (await response.text()).trimEnd().split('\r\n');
      expect(lines[0]).toBe(
        'booking_id,customer_email,lead_passenger,status,seats,currency,revenue,refunds,net',
      );
      expect(lines.at(-1)).toBe('total,,,,2,USD,4500.00,1500.00,3000.00');
    });

    it('answers 404 for another supplier’s launch', async () => {
      const { response } = await stack.asSupplier.GET('/supplier/launches/{id}/bookings-report', {
        params: {
          path: {
            id: (await pool.query(`SELECT id FROM launches WHERE supplier_id = $1 LIMIT 1`, [ids.alpha]))
              .rows[0].id,
          },
        },
      });
      expect(response.status).toBe(404);
    });

    it('refuses a launch that has not flown successfully with a clear problem', async () => {
      const scheduled = await fixture.launch(stack.supplierId, {
        status: 'scheduled',
        at: '2036-05-01T10:00:00Z',
      });
      const { response, error } = await stack.asSupplier.GET('/supplier/launches/{id}/bookings-report', {
        params: { path: { id: scheduled } },
      });
      expect(response.status).toBe(422);
      expect(JSON.stringify(error)).toContain('successful launches');
    });

    it('shows the supplier its own reliability and the fee rate it sets', async () => {
      const { data } = await stack.asSupplier.GET('/supplier/reliability');
      const { rows } = await pool.query<{ successful: number }>(
        `SELECT count(*)::int AS successful FROM launches WHERE supplier_id = $1 AND status = 'successful'`,
        [stack.supplierId],
      );
      expect(data).toMatchObject({ successfulFlights: rows[0].successful });
      expect(data!.feeBasisPoints).toBe(launchFeeBasisPoints(data!.reliable));
    });
  });
});
