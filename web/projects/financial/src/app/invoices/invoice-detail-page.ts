import { PercentPipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, inject, input } from '@angular/core';
import { ActivatedRoute, RouterLink } from '@angular/router';
import {
  CsrfField,
  ErrorState,
  Field,
  FieldControl,
  FormMessage,
  FormSubmit,
  KeptValue,
  LaunchTime,
  loadView,
  MoneyPipe,
  pageOrigin,
  Seo,
  StatusBadge,
} from '@astrobookings/ui';
import { FeeKindLabel } from './fee-kind-label';
import { invoiceDetailUrl, invoicePdfUrl, type InvoiceDetailView } from './invoice-detail-view';

const METHOD_LABELS: Readonly<Record<string, string>> = {
  bank_transfer: $localize`Bank transfer`,
  card: $localize`Card`,
  cheque: $localize`Cheque`,
  other: $localize`Other`,
};

/**
 * One invoice as finance works on it: what it charges and why, the passengers, the payments received and the
 * balance, the PDF, and the forms the Admin API allows now (record a payment, void with a reason).
 */
@Component({
  selector: 'ab-invoice-detail-page',
  imports: [
    CsrfField,
    ErrorState,
    FeeKindLabel,
    Field,
    FieldControl,
    FormMessage,
    FormSubmit,
    KeptValue,
    LaunchTime,
    MoneyPipe,
    PercentPipe,
    RouterLink,
    StatusBadge,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './invoice-detail-page.html',
  styles: `
    .columns {
      display: grid;
      grid-template-columns: repeat(auto-fit, minmax(20rem, 1fr));
      gap: var(--ab-space-6);
      margin-bottom: var(--ab-space-6);
    }
    .status-line {
      display: flex;
      gap: var(--ab-space-3);
      align-items: center;
    }
    .ab-table-wrap + .columns {
      margin-top: var(--ab-space-6);
      align-items: start;
    }
  `,
})
export class InvoiceDetailPage {
  readonly notice = input<string | undefined>();
  protected readonly methods = METHOD_LABELS;
  private readonly seo = inject(Seo);
  private readonly origin = pageOrigin();
  protected readonly id = inject(ActivatedRoute).snapshot.paramMap.get('id') ?? '';
  protected readonly paymentAction = `${invoiceDetailUrl(this.id)}/payments`;
  protected readonly voidAction = `${invoiceDetailUrl(this.id)}/void`;
  protected readonly pdfHref = invoicePdfUrl(this.id);
  protected readonly state = loadView<InvoiceDetailView>(invoiceDetailUrl(this.id), (view) =>
    this.seo.apply({
      title: `${view.invoice.number} | AstroBookings Finance`,
      description: `Invoice ${view.invoice.number} to ${view.invoice.supplierName}.`,
      canonicalUrl: `${this.origin}/invoices/${this.id}`,
    }),
  );
}
