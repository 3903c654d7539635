import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { ErrorState, loadView, pageOrigin, Seo } from '@astrobookings/ui';
import { SUPPLIERS_VIEW_URL, type SuppliersView } from './suppliers-view';

@Component({
  selector: 'ab-suppliers-page',
  imports: [ErrorState],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './suppliers-page.html',
  styles: `
    .summary {
      display: grid;
      grid-template-columns: repeat(auto-fit, minmax(12rem, 1fr));
      gap: var(--ab-space-4);
      margin: 0 0 var(--ab-space-8);
    }
    .summary div {
      margin: 0;
    }
    .summary dt {
      color: var(--ab-color-text-muted);
      font-size: var(--ab-font-size-sm);
    }
    .summary dd {
      margin: 0;
      font-size: var(--ab-font-size-xl);
      font-weight: 700;
    }
    .description {
      color: var(--ab-color-text-muted);
    }
  `,
})
export class SuppliersPage {
  protected readonly state = loadView<SuppliersView>(SUPPLIERS_VIEW_URL);
  protected readonly totals = computed(() => {
    const current = this.state();
    const suppliers = current.kind === 'ready' ? current.view.suppliers : [];
    return {
      suppliers: suppliers.length,
      launches: suppliers.reduce((sum, supplier) => sum + supplier.launchCount, 0),
      rockets: suppliers.reduce((sum, supplier) => sum + supplier.rocketCount, 0),
    };
  });

  constructor() {
    inject(Seo).apply({
      title: $localize`Suppliers | AstroBookings Finance`,
      description: $localize`Overview of the suppliers the platform invoices, with their launches and rockets.`,
      canonicalUrl: `${pageOrigin()}/`,
    });
  }
}
