import { PercentPipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { ActivatedRoute, RouterLink } from '@angular/router';
import { ErrorState, loadView, MoneyPipe, pageOrigin, Seo, StatusBadge } from '@astrobookings/ui';
import {
  supplierInvoicePdfUrl,
  supplierInvoiceUrl,
  type SupplierInvoiceDetailView,
} from './supplier-invoices-view';

/** One invoice as its supplier reads it: how the fee follows from the revenue, payments received, the PDF. */
@Component({
  selector: 'ab-supplier-invoice-page',
  imports: [ErrorState, MoneyPipe, PercentPipe, RouterLink, StatusBadge],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './supplier-invoice-page.html',
})
export class SupplierInvoicePage {
  private readonly seo = inject(Seo);
  private readonly origin = pageOrigin();
  protected readonly id = inject(ActivatedRoute).snapshot.paramMap.get('id') ?? '';
  protected readonly pdfHref = supplierInvoicePdfUrl(this.id);
  protected readonly state = loadView<SupplierInvoiceDetailView>(supplierInvoiceUrl(this.id), (view) =>
    this.seo.apply({
      title: `${view.invoice.number} | AstroBookings Supplier`,
      description: `Invoice ${view.invoice.number} from AstroBookings.`,
      canonicalUrl: `${this.origin}/invoices/${this.id}`,
    }),
  );
}
