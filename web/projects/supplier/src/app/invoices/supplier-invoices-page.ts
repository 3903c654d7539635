import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { RouterLink } from '@angular/router';
import { ErrorState, loadView, MoneyPipe, pageOrigin, Seo, StatusBadge } from '@astrobookings/ui';
import { SUPPLIER_INVOICES_VIEW_URL, type SupplierInvoicesView } from './supplier-invoices-view';

/** The invoices the platform sent the supplier: what each charges and what is still owed. */
@Component({
  selector: 'ab-supplier-invoices-page',
  imports: [ErrorState, MoneyPipe, RouterLink, StatusBadge],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './supplier-invoices-page.html',
})
export class SupplierInvoicesPage {
  protected readonly state = loadView<SupplierInvoicesView>(SUPPLIER_INVOICES_VIEW_URL);

  constructor() {
    inject(Seo).apply({
      title: $localize`Invoices | AstroBookings Supplier`,
      description: $localize`The platform's invoices to your organisation, with their status and balance.`,
      canonicalUrl: `${pageOrigin()}/invoices`,
    });
  }
}
