import { ChangeDetectionStrategy, Component, computed, inject, LOCALE_ID } from '@angular/core';
import { Chart, ErrorState, loadView, MoneyPipe, pageOrigin, Seo } from '@astrobookings/ui';
import { moneyChartOption, monthLabel } from '../charts/money-chart-option';
import { DASHBOARD_VIEW_URL, type DashboardView } from './dashboard-view';

@Component({
  selector: 'ab-dashboard-page',
  imports: [Chart, ErrorState, MoneyPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './dashboard-page.html',
  styles: `
    .positions {
      display: grid;
      grid-template-columns: repeat(auto-fit, minmax(12rem, 1fr));
      gap: var(--ab-space-4);
      margin: 0 0 var(--ab-space-8);
    }
    .positions div {
      margin: 0;
    }
    .positions dt {
      color: var(--ab-color-text-muted);
      font-size: var(--ab-font-size-sm);
    }
    .positions dd {
      margin: 0;
      font-size: var(--ab-font-size-xl);
      font-weight: 700;
    }
  `,
})
export class DashboardPage {
  private readonly locale = inject(LOCALE_ID);
  protected readonly state = loadView<DashboardView>(DASHBOARD_VIEW_URL);

  /** One chart per currency: amounts in different currencies are never added or drawn on one axis. */
  protected readonly charts = computed(() => {
    const current = this.state();
    if (current.kind !== 'ready') return [];
    const currencies = [...new Set(current.view.months.map((month) => month.currency))];
    return currencies.map((currency) => {
      const months = current.view.months.filter((month) => month.currency === currency);
      const labels = months.map((month) => monthLabel(month.month, this.locale));
      return {
        currency,
        months: months.map((month, index) => ({ ...month, label: labels[index] })),
        option: moneyChartOption(
          labels,
          [
            { name: $localize`Invoiced`, kind: 'bar', colour: 1, values: months.map((m) => m.invoicedMinor) },
            {
              name: $localize`Collected`,
              kind: 'bar',
              colour: 2,
              values: months.map((m) => m.collectedMinor),
            },
          ],
          currency,
          this.locale,
        ),
      };
    });
  });

  constructor() {
    inject(Seo).apply({
      title: $localize`Dashboard | AstroBookings Finance`,
      description: $localize`What suppliers owe, what is overdue and what was collected this month.`,
      canonicalUrl: `${pageOrigin()}/`,
    });
  }
}
