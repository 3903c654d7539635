import type { Invoice } from '../../shared/model/operations/invoice.entity.js';
import type { Language } from '../../shared/model/language.js';
import { EMAIL_LOCALES } from '../../shared/notification-outbox/email-locale.js';
import { moneyText } from '../../shared/notification-outbox/money-text.js';

/** An invoice's facts for an email, already written in the reader's language. */
export interface InvoiceEmailFacts {
  number: string;
  /** The fee, or the balance for a reminder. */
  amount: string;
  dueDate: string;
  /** What the invoice is for: the mission, or its description. */
  subject: string;
}

export function invoiceEmailFacts(
  invoice: Invoice,
  amountMinor: number,
  language: Language,
): InvoiceEmailFacts {
  const locale = EMAIL_LOCALES[language];
  return {
    number: invoice.number,
    amount: moneyText(amountMinor, invoice.currency, locale),
    dueDate: new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(
      new Date(`${invoice.dueDate}T00:00:00Z`),
    ),
    subject: invoice.missionName ?? invoice.description,
  };
}
