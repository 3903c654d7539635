import type { EmailCatalogue } from '../../shared/notification-outbox/email-catalogue.js';
import type { InvoiceEmailFacts } from './invoice-email-facts.js';

/** Sent to a supplier's contact address when the platform issues it an invoice. */
export const INVOICE_ISSUED: EmailCatalogue<InvoiceEmailFacts> = {
  en: ({ number, amount, dueDate, subject }) => ({
    subject: `Invoice ${number} from AstroBookings`,
    text: [
      `AstroBookings has issued invoice ${number} for ${subject}.`,
      `Amount due: ${amount}, by ${dueDate}.`,
      'You can download it from the invoices page of the supplier portal.',
    ].join('\n'),
  }),
  es: ({ number, amount, dueDate, subject }) => ({
    subject: `Factura ${number} de AstroBookings`,
    text: [
      `AstroBookings ha emitido la factura ${number} por ${subject}.`,
      `Importe a pagar: ${amount}, antes del ${dueDate}.`,
      'Puedes descargarla desde la página de facturas del portal de proveedores.',
    ].join('\n'),
  }),
};
