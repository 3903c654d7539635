import type { EmailCatalogue } from '../../shared/notification-outbox/email-catalogue.js';
import type { ReceiptKind } from '../../shared/model/operations/receipt.entity.js';

/** The numbered receipt of a payment or a refund, sent when the money moves. */
export const RECEIPT: EmailCatalogue<{
  number: string;
  kind: ReceiptKind;
  missionName: string;
  amount: string;
  reference: string;
  link: string;
}> = {
  en: ({ number, kind, missionName, amount, reference, link }) => ({
    subject: `${kind === 'payment' ? 'Receipt' : 'Refund receipt'} ${number}: ${missionName}`,
    text: [
      kind === 'payment'
        ? `We received your payment for ${missionName}.`
        : `We refunded money for your booking on ${missionName}.`,
      `Receipt: ${number}`,
      `${kind === 'payment' ? 'Paid' : 'Refunded'}: ${amount}`,
      `Payment reference: ${reference}`,
      `Download the receipt as a PDF from your booking: ${link}`,
    ].join('\n'),
  }),
  es: ({ number, kind, missionName, amount, reference, link }) => ({
    subject: `${kind === 'payment' ? 'Recibo' : 'Recibo de reembolso'} ${number}: ${missionName}`,
    text: [
      kind === 'payment'
        ? `Hemos recibido tu pago de ${missionName}.`
        : `Te hemos reembolsado dinero de tu reserva en ${missionName}.`,
      `Recibo: ${number}`,
      `${kind === 'payment' ? 'Pagado' : 'Reembolsado'}: ${amount}`,
      `Referencia del pago: ${reference}`,
      `Descarga el recibo en PDF desde tu reserva: ${link}`,
    ].join('\n'),
  }),
};
