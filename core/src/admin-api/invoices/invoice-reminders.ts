import { Injectable, Logger } from '@nestjs/common';
import { RecipientLanguages } from '../../shared/notification-outbox/recipient-languages.js';
import { balanceMinor } from './invoice-actions.js';
import { invoiceEmailFacts } from './invoice-email-facts.js';
import { INVOICE_OVERDUE } from './invoice-overdue.email.js';
import { InvoicesRepository } from './invoices.repository.js';

/**
 * The daily overdue run: unpaid invoices past their due date become overdue, then each overdue invoice gets at
 * most one reminder per weekly interval, claimed and queued in one transaction, so a second run (or a second
 * replica) finds the interval claimed and sends nothing.
 */
@Injectable()
export class InvoiceReminders {
  private readonly logger = new Logger(InvoiceReminders.name);

  constructor(
    private readonly invoices: InvoicesRepository,
    private readonly languages: RecipientLanguages,
  ) {}

  async run(today: string): Promise<{ overdue: number; reminders: number }> {
    const overdue = await this.invoices.markOverdue(today);
    const due = await this.invoices.dueReminders(today);
    const languageOf = await this.languages.ofAll(due.map((reminder) => reminder.contactEmail));
    let reminders = 0;
    for (const { invoice, intervalKey, contactEmail } of due) {
      const language = languageOf(contactEmail);
      const words = INVOICE_OVERDUE[language](invoiceEmailFacts(invoice, balanceMinor(invoice), language));
      if (await this.invoices.remindOnce(invoice.id, intervalKey, { to: contactEmail, language, ...words }))
        reminders += 1;
    }
    this.logger.log(
      `overdue run for ${today}: ${overdue} invoice(s) became overdue, ${reminders} reminder(s) queued`,
    );
    return { overdue, reminders };
  }
}
