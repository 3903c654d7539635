import { PercentPipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject, type Signal } from '@angular/core';
import { ActivatedRoute, RouterLink } from '@angular/router';
import {
  ErrorState,
  Field,
  FieldControl,
  LaunchTime,
  loadView,
  pageOrigin,
  Seo,
  StatusBadge,
  type ViewState,
} from '@astrobookings/ui';
import { LAUNCHES_VIEW_URL, OPEN_STATUSES, type LaunchFilters, type LaunchesView } from './launches-view';
import { OccupancyChart } from './occupancy-chart';

/**
 * The supplier's dashboard: how full each launch is against its minimum, as a chart of the upcoming
 * ones and a table of all, filtered and sorted through a plain GET form (so links to a view can be
 * shared and it all works before scripts load).
 */
@Component({
  selector: 'ab-launches-page',
  imports: [
    ErrorState,
    Field,
    FieldControl,
    LaunchTime,
    OccupancyChart,
    PercentPipe,
    RouterLink,
    StatusBadge,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './launches-page.html',
  styleUrl: './launches-page.css',
})
export class LaunchesPage {
  protected readonly filters: LaunchFilters;
  protected readonly state: Signal<ViewState<LaunchesView>>;
  /** The status filter's choices, from the view (so from the Admin API's contract) once it has loaded. */
  protected readonly statuses = computed(() => {
    const current = this.state();
    return current.kind === 'ready' ? current.view.statuses : [];
  });
  protected readonly upcoming = computed(() => {
    const current = this.state();
    return current.kind === 'ready'
      ? current.view.launches.filter((launch) => OPEN_STATUSES.includes(launch.status))
      : [];
  });

  constructor() {
    const query = inject(ActivatedRoute).snapshot.queryParamMap;
    const sort = query.get('sort') === 'occupancy' ? 'occupancy' : 'scheduledAt';
    this.filters = {
      status: query.get('status') ?? '',
      from: query.get('from') ?? '',
      to: query.get('to') ?? '',
      sort,
    };
    const params = new URLSearchParams(
      Object.entries(this.filters).filter((entry): entry is [string, string] => !!entry[1]),
    );
    this.state = loadView<LaunchesView>(`${LAUNCHES_VIEW_URL}?${params.toString()}`);
    inject(Seo).apply({
      title: $localize`Launches | AstroBookings Supplier`,
      description: $localize`Your launches with their status and occupancy against the minimum.`,
      canonicalUrl: `${pageOrigin()}/`,
    });
  }

  /** The current filters with another sort order, as a query string for the column-header links. */
  protected sortHref(sort: 'scheduledAt' | 'occupancy'): string {
    const params = new URLSearchParams(
      Object.entries({ ...this.filters, sort }).filter((entry): entry is [string, string] => !!entry[1]),
    );
    // Relative to the page's <base href>, which names its language (`/es/`).
    return `./?${params.toString()}`;
  }
}
