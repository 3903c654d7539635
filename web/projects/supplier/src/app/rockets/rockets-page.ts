import { ChangeDetectionStrategy, Component, inject, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import {
  CsrfField,
  ErrorState,
  FormMessage,
  FormSubmit,
  loadView,
  pageOrigin,
  Seo,
  StatusBadge,
} from '@astrobookings/ui';
import { RANGE_LABELS, ROCKETS_VIEW_URL, type RocketsView } from './rockets-view';
import { RocketFields } from './rocket-fields';

/** The supplier's fleet: every rocket with its capacity and range, a form to add one, editing, retiring. */
@Component({
  selector: 'ab-rockets-page',
  imports: [CsrfField, ErrorState, FormMessage, FormSubmit, RocketFields, RouterLink, StatusBadge],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './rockets-page.html',
  styles: `
    .layout {
      display: grid;
      gap: var(--ab-space-6);
      grid-template-columns: repeat(auto-fit, minmax(min(100%, 22rem), 1fr));
      align-items: start;
    }
    .sub {
      display: block;
      font-weight: 400;
      color: var(--ab-color-text-muted);
      font-size: 0.8125rem;
    }
    form:not(.ab-form) {
      margin: 0;
    }
    .actions {
      display: flex;
      flex-wrap: wrap;
      gap: var(--ab-space-2);
    }
    .ab-button.small {
      min-height: 2.25rem;
      padding: var(--ab-space-1) var(--ab-space-3);
    }
  `,
})
export class RocketsPage {
  readonly notice = input<string | undefined>();
  protected readonly action = ROCKETS_VIEW_URL;
  protected readonly rangeLabels = RANGE_LABELS;
  protected readonly state = loadView<RocketsView>(ROCKETS_VIEW_URL);

  constructor() {
    inject(Seo).apply({
      title: $localize`Rockets | AstroBookings Supplier`,
      description: $localize`Your fleet of rockets, their capacity and range.`,
      canonicalUrl: `${pageOrigin()}/rockets`,
    });
  }
}
