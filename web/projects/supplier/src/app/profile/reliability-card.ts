import { ChangeDetectionStrategy, Component, computed, inject, LOCALE_ID } from '@angular/core';
import { loadView } from '@astrobookings/ui';
import { RELIABILITY_VIEW_URL, type ReliabilityView } from './reliability-view';

/** The supplier's reliability and fee rate, the same record finance sees on its suppliers page. */
@Component({
  selector: 'ab-reliability-card',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @let current = state();
    @if (current.kind === 'ready') {
      <section class="ab-card reliability" aria-labelledby="reliability-title">
        <h2 id="reliability-title" i18n>Reliability</h2>
        <p>
          @if (current.view.reliable) {
            <strong i18n>Reliable</strong>
          } @else {
            <strong i18n>Not yet reliable</strong>
          }
        </p>
        <p i18n>
          {{ current.view.successfulFlights }} successful and {{ current.view.failedFlights }} failed flights.
          Your fee on a successful launch is {{ rate() }} of its net booking revenue.
        </p>
        <p class="hint" i18n>
          Reliable means at least 3 successful flights and no failure among your latest 5; aborted launches do
          not count.
        </p>
      </section>
    }
  `,
  styles: `
    .reliability {
      margin-block: var(--ab-space-4);
    }
    .hint {
      color: var(--ab-color-text-muted);
      font-size: var(--ab-font-size-sm);
    }
  `,
})
export class ReliabilityCard {
  private readonly locale = inject(LOCALE_ID);
  protected readonly state = loadView<ReliabilityView>(RELIABILITY_VIEW_URL);
  protected readonly rate = computed(() => {
    const current = this.state();
    return current.kind === 'ready'
      ? // Intl reads the exact decimal string (basis points are ten-thousandths), not a float quotient.
        new Intl.NumberFormat(this.locale, { style: 'percent', maximumFractionDigits: 2 }).format(
          `${current.view.feeBasisPoints}E-4` as unknown as number,
        )
      : '';
  });
}
