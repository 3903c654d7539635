import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { ErrorState, loadView, pageOrigin, Seo, StatusBadge } from '@astrobookings/ui';
import { STATUS_VIEW_URL, type StatusView } from './status-view';

@Component({
  selector: 'ab-status-page',
  imports: [DatePipe, ErrorState, StatusBadge],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './status-page.html',
  styles: `
    .components {
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(14rem, 1fr));
      gap: var(--ab-space-4);
      list-style: none;
      margin: 0 0 var(--ab-space-12);
      padding: 0;
    }
    .components li {
      display: flex;
      flex-direction: column;
      gap: var(--ab-space-2);
    }
    .name {
      font-weight: 600;
    }
    .latency {
      color: var(--ab-color-text-muted);
      font-size: var(--ab-font-size-sm);
    }
    .error {
      color: var(--ab-color-danger);
    }
  `,
})
export class StatusPage {
  protected readonly state = loadView<StatusView>(STATUS_VIEW_URL);

  constructor() {
    inject(Seo).apply({
      title: 'System status | AstroBookings Operations',
      description: 'Health of every AstroBookings component and the latest catalogue synchronisation runs.',
      canonicalUrl: `${pageOrigin()}/`,
    });
  }
}
