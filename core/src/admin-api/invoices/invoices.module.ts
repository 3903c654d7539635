import { Module } from '@nestjs/common';
import { NotificationOutboxModule } from '../../shared/notification-outbox/notification-outbox.module.js';
import { RepositoriesModule } from '../../shared/repositories/repositories.module.js';
import { InvoiceIssuer } from './invoice-issuer.js';
import { InvoiceReminders } from './invoice-reminders.js';
import { InvoicesController } from './invoices.controller.js';
import { InvoicesRepository } from './invoices.repository.js';
import { InvoicesService } from './invoices.service.js';

/** The platform's invoices to suppliers: issuing, payments, voids, overdue reminders and PDFs. */
@Module({
  imports: [NotificationOutboxModule, RepositoriesModule],
  controllers: [InvoicesController],
  providers: [InvoicesRepository, InvoiceIssuer, InvoicesService, InvoiceReminders],
  exports: [InvoiceIssuer],
})
export class InvoicesModule {}
