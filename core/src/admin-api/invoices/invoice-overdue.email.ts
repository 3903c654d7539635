import type { EmailCatalogue } from '../../shared/notification-outbox/email-catalogue.js';
import type { InvoiceEmailFacts } from './invoice-email-facts.js';

/** Sent to a supplier's contact address once a week while one of its invoices is overdue. */
export const INVOICE_OVERDUE: EmailCatalogue<InvoiceEmailFacts> = {
  en: ({ number, amount, dueDate, subject }) => ({
    subject: `Reminder: invoice ${number} is overdue`,
    text: [
      `Invoice ${number} for ${subject} was due on ${dueDate} and is not fully paid.`,
      `Balance due: ${amount}.`,
      'If you have already paid, please send us the payment reference.',
    ].join('\n'),
  }),
  es: ({ number, amount, dueDate, subject }) => ({
    subject: `Recordatorio: la factura ${number} está vencida`,
    text: [
      `La factura ${number} por ${subject} vencía el ${dueDate} y no está pagada del todo.`,
      `Saldo pendiente: ${amount}.`,
      'Si ya la has pagado, envíanos la referencia del pago.',
    ].join('\n'),
  }),
};
