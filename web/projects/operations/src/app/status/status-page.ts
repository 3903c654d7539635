import { DatePipe } from '@angular/common';
import { afterNextRender, ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { ErrorState, followView, pageOrigin, Seo, StatusBadge, type PollPace } from '@astrobookings/ui';
import { STATUS_VIEW_URL, type StatusView } from './status-view';

const REFRESH: PollPace = { firstMs: 10_000, factor: 1, maxMs: 10_000 };

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
    .checked {
      margin: 0 0 var(--ab-space-6);
      color: var(--ab-color-text-muted);
      font-size: var(--ab-font-size-sm);
    }
  `,
})
export class StatusPage {
  protected readonly refreshSeconds = REFRESH.firstMs / 1000;
  /**
   * A dashboard someone leaves open: it reads the figures again every few seconds while the tab is in view.
   * Only the figures change in place (rows are tracked by id), so focus and scrolling stay where they were,
   * and nothing is announced on each refresh.
   */
  protected readonly state = followView<StatusView>(STATUS_VIEW_URL, { while: () => true, pace: REFRESH });
  /** Whether the page refreshes itself (it cannot without JavaScript). */
  protected readonly following = signal(false);

  constructor() {
    afterNextRender(() => this.following.set(true));
    inject(Seo).apply({
      title: $localize`System status | AstroBookings Operations`,
      description: $localize`Health of every AstroBookings component and the latest catalogue synchronisation runs.`,
      canonicalUrl: `${pageOrigin()}/`,
    });
  }
}
