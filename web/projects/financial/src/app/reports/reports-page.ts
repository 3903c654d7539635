import { ChangeDetectionStrategy, Component, computed, inject, LOCALE_ID, type Signal } from '@angular/core';
import { ActivatedRoute } from '@angular/router';
import { Chart, ErrorState, loadView, MoneyPipe, pageOrigin, Seo, type ViewState } from '@astrobookings/ui';
import { moneyChartOption, monthLabel } from '../charts/money-chart-option';
import { ANNUAL_CSV_URL, REPORTS_VIEW_URL, REVENUE_CSV_URL, type ReportsView } from './reports-view';

const QUERY_KEYS = ['period', 'from', 'to', 'year'] as const;

@Component({
  selector: 'ab-reports-page',
  imports: [Chart, ErrorState, MoneyPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './reports-page.html',
  styles: `
    .filters {
      display: flex;
      flex-wrap: wrap;
      align-items: end;
      gap: var(--ab-space-4);
      margin-block: var(--ab-space-4);
    }
    .filters label {
      display: flex;
      flex-direction: column;
      gap: var(--ab-space-1);
    }
    section + section {
      margin-block-start: var(--ab-space-8);
    }
  `,
})
export class ReportsPage {
  private readonly locale = inject(LOCALE_ID);
  protected readonly state: Signal<ViewState<ReportsView>>;
  protected readonly revenueCsvHref: Signal<string>;
  protected readonly annualCsvHref: Signal<string>;

  /** The annual report's chart per currency: actual fees, and the two projections of the fees still to come. */
  protected readonly annualCharts = computed(() => {
    const current = this.state();
    if (current.kind !== 'ready') return [];
    return current.view.annual.totals.map(({ currency }) => {
      const months = current.view.annual.months.filter((month) => month.currency === currency);
      const labels = months.map((month) => monthLabel(month.month, this.locale));
      return {
        currency,
        months: months.map((month, index) => ({ ...month, label: labels[index] })),
        option: moneyChartOption(
          labels,
          [
            { name: $localize`Actual`, kind: 'bar', colour: 1, values: months.map((m) => m.actualMinor) },
            {
              name: $localize`Pending, seats sold`,
              kind: 'bar',
              colour: 2,
              values: months.map((m) => m.pendingSoldMinor),
            },
            {
              name: $localize`Pending, at minimum occupancy`,
              kind: 'line',
              colour: 3,
              values: months.map((m) => m.pendingMinimumMinor),
            },
          ],
          currency,
          this.locale,
        ),
      };
    });
  });

  protected readonly annualRows = computed(() => {
    const current = this.state();
    return current.kind === 'ready'
      ? current.view.annual.rows.map((row) => ({ ...row, label: monthLabel(row.month, this.locale) }))
      : [];
  });

  constructor() {
    const query = inject(ActivatedRoute).snapshot.queryParamMap;
    const params = new URLSearchParams(
      QUERY_KEYS.flatMap((key) => (query.get(key) ? [[key, query.get(key)!] as [string, string]] : [])),
    );
    this.state = loadView<ReportsView>(`${REPORTS_VIEW_URL}?${params.toString()}`);
    // The downloads carry the report as shown (the API's defaults filled in), so the file matches the page.
    this.revenueCsvHref = computed(() => {
      const current = this.state();
      if (current.kind !== 'ready') return REVENUE_CSV_URL;
      const { period, from, to } = current.view;
      return `${REVENUE_CSV_URL}?${new URLSearchParams({ period, from, to }).toString()}`;
    });
    this.annualCsvHref = computed(() => {
      const current = this.state();
      return current.kind === 'ready' ? `${ANNUAL_CSV_URL}?year=${current.view.year}` : ANNUAL_CSV_URL;
    });
    inject(Seo).apply({
      title: $localize`Reports | AstroBookings Finance`,
      description: $localize`Revenue per supplier by period, and the year's actual and pending fees.`,
      canonicalUrl: `${pageOrigin()}/reports`,
    });
  }
}
