import { renderPdf } from '../../platform/pdf/render-pdf.js';
import { PLATFORM_LEGAL_DETAILS } from '../../shared/model/platform-legal-details.js';
import { moneyText } from '../../shared/notification-outbox/money-text.js';
import type { FeeKind, InvoiceStatus } from '../../shared/rules/invoice-status.js';
import { balanceMinor } from './invoice-actions.js';
import type { InvoiceRecord } from './invoices.service.js';

const LOCALE = 'en';

const STATUS_WORDS: Record<InvoiceStatus, string> = {
  issued: 'Issued',
  partially_paid: 'Partially paid',
  paid: 'Paid',
  overdue: 'Overdue',
  void: 'Void',
};

const FEE_WORDS: Record<FeeKind, string> = {
  launch_fee: 'Platform fee on a successful launch',
  abort_fee: 'Fixed fee on an aborted launch',
  manual: 'Invoice',
};

const dateText = (date: string) =>
  new Intl.DateTimeFormat(LOCALE, { dateStyle: 'long', timeZone: 'UTC' }).format(
    new Date(`${date}T00:00:00Z`),
  );

/**
 * The invoice as an accountant files it: who issues it and where to pay, who is billed as they were at issue,
 * the launch and its passengers, and how the fee follows from the revenue. Its creation date is the invoice's,
 * so the same invoice always gives the same bytes.
 */
export function invoicePdf({ invoice, payments, creditNote }: InvoiceRecord): Promise<Buffer> {
  const money = (minor: number) => moneyText(minor, invoice.currency, LOCALE);
  return renderPdf(
    {
      title: `Invoice ${invoice.number}`,
      subject: `${FEE_WORDS[invoice.feeKind]} — ${invoice.supplierLegalName}`,
      language: LOCALE,
      creationDate: invoice.createdAt,
    },
    (doc) => {
      doc.font('bold').fontSize(18).text(`Invoice ${invoice.number}`);
      doc.font('body').fontSize(10).moveDown(0.5);
      doc.text(`Status: ${STATUS_WORDS[invoice.status]}`);
      doc.text(`Issue date: ${dateText(invoice.issueDate)}`);
      doc.text(`Due date: ${dateText(invoice.dueDate)}`);
      if (creditNote) doc.text(`Voided by credit note ${creditNote.number}: ${creditNote.reason}`);
      doc.moveDown();

      const { legalName, taxId, address, email, iban } = PLATFORM_LEGAL_DETAILS;
      doc.font('bold').text('From');
      doc.font('body').text([legalName, `Tax id: ${taxId}`, ...address, email].join('\n'));
      doc.moveDown(0.5);
      doc.font('bold').text('Billed to');
      doc
        .font('body')
        .text(
          [
            invoice.supplierLegalName,
            ...(invoice.supplierTaxId ? [`Tax id: ${invoice.supplierTaxId}`] : []),
            ...(invoice.supplierLegalAddress ? [invoice.supplierLegalAddress] : []),
          ].join('\n'),
        );
      doc.moveDown();

      doc.font('bold').text(FEE_WORDS[invoice.feeKind]);
      doc.font('body');
      if (invoice.description) doc.text(invoice.description);
      if (invoice.missionName) {
        doc.text(`Mission: ${invoice.missionName}`);
        if (invoice.rocketName) doc.text(`Rocket: ${invoice.rocketName}`);
        if (invoice.launchScheduledAt)
          doc.text(`Launch date: ${dateText(invoice.launchScheduledAt.toISOString().slice(0, 10))}`);
        if (invoice.launchSite) doc.text(`Launch site: ${invoice.launchSite}`);
        if (invoice.destination) doc.text(`Destination: ${invoice.destination}`);
      }
      doc.moveDown();

      if (invoice.passengers.length > 0) {
        doc.font('bold').text(`Passengers (${invoice.passengers.length})`);
        doc.font('body').moveDown(0.3);
        doc.table({
          columnStyles: [30, '*'],
          data: [
            [
              { text: '#', type: 'TH' },
              { text: 'Name', type: 'TH' },
            ],
            ...invoice.passengers.map((passenger, index) => [String(index + 1), passenger.fullName]),
          ],
        });
        doc.moveDown();
      }

      const rows: Array<[string, string]> = [];
      if (invoice.feeKind === 'launch_fee') {
        rows.push(['Booking revenue', money(invoice.grossRevenueMinor)]);
        rows.push(['Refunds', money(invoice.refundsMinor)]);
        rows.push(['Net revenue', money(invoice.netRevenueMinor)]);
        if (invoice.rateBasisPoints !== null)
          rows.push([
            `Rate (${invoice.supplierReliable ? 'reliable supplier' : 'new supplier'})`,
            `${new Intl.NumberFormat(LOCALE, { maximumFractionDigits: 2 }).format(invoice.rateBasisPoints / 100)}%`,
          ]);
      }
      rows.push([`Fee (${invoice.currency})`, money(invoice.feeMinor)]);
      rows.push(['Paid', money(invoice.paidMinor)]);
      rows.push(['Balance due', money(balanceMinor(invoice))]);
      doc.table({
        columnStyles: ['*', 140],
        data: rows.map(([label, value]) => [label, { text: value, align: { x: 'right' as const } }]),
      });
      doc.moveDown();

      if (payments.length > 0) {
        doc.font('bold').text('Payments received');
        doc.font('body').moveDown(0.3);
        doc.table({
          columnStyles: [110, '*', 120],
          data: [
            [
              { text: 'Date', type: 'TH' },
              { text: 'Reference', type: 'TH' },
              { text: 'Amount', type: 'TH' },
            ],
            ...payments.map((payment) => [
              dateText(payment.paidOn),
              payment.reference,
              { text: money(payment.amountMinor), align: { x: 'right' as const } },
            ]),
          ],
        });
        doc.moveDown();
      }

      doc.text(`Please pay by bank transfer to ${legalName}, IBAN ${iban}, quoting ${invoice.number}.`);
    },
  );
}
