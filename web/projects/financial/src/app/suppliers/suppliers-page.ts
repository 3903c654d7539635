import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { ErrorState, loadView, MoneyPipe, pageOrigin, Seo } from '@astrobookings/ui';
import { SUPPLIERS_VIEW_URL, type SuppliersView } from './suppliers-view';

@Component({
  selector: 'ab-suppliers-page',
  imports: [ErrorState, MoneyPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './suppliers-page.html',
  styles: `
    .balance {
      display: block;
    }
  `,
})
export class SuppliersPage {
  protected readonly state = loadView<SuppliersView>(SUPPLIERS_VIEW_URL);

  constructor() {
    inject(Seo).apply({
      title: $localize`Suppliers | AstroBookings Finance`,
      description: $localize`The suppliers the platform invoices, with their reliability and balance.`,
      canonicalUrl: `${pageOrigin()}/suppliers`,
    });
  }
}
