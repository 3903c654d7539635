import { ChangeDetectionStrategy, Component, inject, input, type Signal } from '@angular/core';
import { ActivatedRoute, RouterLink } from '@angular/router';
import {
  CsrfField,
  ErrorState,
  Field,
  FieldControl,
  FormMessage,
  FormSubmit,
  KeptValue,
  loadView,
  MoneyPipe,
  pageOrigin,
  Seo,
  StatusBadge,
  type ViewState,
} from '@astrobookings/ui';
import { FeeKindLabel } from './fee-kind-label';
import { INVOICES_VIEW_URL, type InvoicesView } from './invoices-view';

const FILTERS = ['supplierId', 'status', 'from', 'to', 'q'] as const;

/**
 * Every invoice the platform issued, found through a plain GET form (supplier, status, issue period, part of the
 * number) so a filtered list is a link that works before scripts load; below it, an invoice issued by hand.
 */
@Component({
  selector: 'ab-invoices-page',
  imports: [
    CsrfField,
    ErrorState,
    FeeKindLabel,
    Field,
    FieldControl,
    FormMessage,
    FormSubmit,
    KeptValue,
    MoneyPipe,
    RouterLink,
    StatusBadge,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './invoices-page.html',
  styles: `
    .filters {
      display: grid;
      grid-template-columns: repeat(auto-fit, minmax(11rem, 1fr));
      gap: var(--ab-space-4);
      align-items: end;
      margin-bottom: var(--ab-space-6);
    }
    .actions {
      display: flex;
      gap: var(--ab-space-2);
    }
    .issue {
      margin-top: var(--ab-space-8);
      max-width: 40rem;
    }
  `,
})
export class InvoicesPage {
  readonly notice = input<string | undefined>();
  protected readonly state: Signal<ViewState<InvoicesView>>;

  constructor() {
    const query = inject(ActivatedRoute).snapshot.queryParamMap;
    const params = new URLSearchParams(
      FILTERS.flatMap((name) => {
        const value = query.get(name);
        return value ? [[name, value]] : [];
      }),
    );
    const search = params.size > 0 ? `?${params.toString()}` : '';
    this.state = loadView<InvoicesView>(`${INVOICES_VIEW_URL}${search}`);
    inject(Seo).apply({
      title: $localize`Invoices | AstroBookings Finance`,
      description: $localize`Every invoice issued to suppliers, with its status and balance.`,
      canonicalUrl: `${pageOrigin()}/invoices`,
    });
  }
}
