import { renderPdf } from '../../platform/pdf/render-pdf.js';
import type { Language } from '../../shared/model/language.js';
import { PLATFORM_LEGAL_DETAILS } from '../../shared/model/platform-legal-details.js';
import { EMAIL_LOCALES } from '../../shared/notification-outbox/email-locale.js';
import { moneyText } from '../../shared/notification-outbox/money-text.js';
import type { ReceiptDocument } from './receipt-document.js';

const WORDS = {
  en: {
    payment: 'Receipt',
    refund: 'Refund receipt',
    number: 'Number',
    date: 'Date',
    issuer: 'Issued by',
    taxId: 'Tax ID',
    payer: 'Received from',
    booking: 'Booking',
    launch: 'Launch',
    launchDate: 'Launch date (UTC)',
    seats: 'Seats',
    paid: 'Amount paid',
    refunded: 'Amount refunded',
    reference: 'Payment reference',
  },
  es: {
    payment: 'Recibo',
    refund: 'Recibo de reembolso',
    number: 'Número',
    date: 'Fecha',
    issuer: 'Emitido por',
    taxId: 'NIF',
    payer: 'Recibido de',
    booking: 'Reserva',
    launch: 'Lanzamiento',
    launchDate: 'Fecha del lanzamiento (UTC)',
    seats: 'Asientos',
    paid: 'Importe pagado',
    refunded: 'Importe reembolsado',
    reference: 'Referencia del pago',
  },
} as const satisfies Record<Language, Record<string, string>>;

/** A receipt as an accountant files it: who issued it, who paid, for what, how much and through which payment. */
export function receiptPdf(receipt: ReceiptDocument, language: Language): Promise<Buffer> {
  const words = WORDS[language];
  const locale = EMAIL_LOCALES[language];
  const title = `${words[receipt.kind]} ${receipt.number}`;
  const date = (iso: string, withTime: boolean) =>
    new Intl.DateTimeFormat(locale, {
      dateStyle: 'long',
      ...(withTime ? { timeStyle: 'short' } : {}),
      timeZone: 'UTC',
    }).format(new Date(iso));
  const address = receipt.payerBillingAddress;
  const payer = [
    receipt.payerName,
    ...(receipt.payerTaxId ? [`${words.taxId}: ${receipt.payerTaxId}`] : []),
    ...(address
      ? [address.line1, address.line2 ?? '', `${address.postalCode} ${address.city}`, address.country]
      : []),
    receipt.payerEmail,
  ].filter((line) => line !== '');
  const issuer = PLATFORM_LEGAL_DETAILS;
  return renderPdf(
    { title, subject: receipt.missionName, language, creationDate: new Date(receipt.issuedAt) },
    (doc) => {
      doc.font('bold').fontSize(20).text(title);
      doc.moveDown();
      doc.font('body').fontSize(10);
      doc.table({
        columnStyles: [150, '*'],
        data: [
          [words.number, receipt.number],
          [words.date, date(receipt.issuedAt, false)],
          [
            words.issuer,
            [issuer.legalName, `${words.taxId}: ${issuer.taxId}`, ...issuer.address, issuer.email].join('\n'),
          ],
          [words.payer, payer.join('\n')],
          [words.booking, receipt.bookingId],
          [words.launch, receipt.missionName],
          [words.launchDate, date(receipt.launchScheduledAt, true)],
          [words.seats, String(receipt.seats)],
          [
            receipt.kind === 'payment' ? words.paid : words.refunded,
            moneyText(receipt.amountMinor, receipt.currency, locale),
          ],
          [words.reference, receipt.paymentReference],
        ],
      });
    },
  );
}
