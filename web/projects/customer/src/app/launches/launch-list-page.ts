import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { ActivatedRoute } from '@angular/router';
import { ErrorState, Field, FieldControl, loadView, pageOrigin, Seo } from '@astrobookings/ui';
import { LaunchCard } from './launch-card';
import {
  LIST_VIEW_URL,
  listQueryString,
  MAX_SEATS_FILTER,
  parseListQuery,
  type CatalogFilters,
  type LaunchListView,
} from './catalog-view';

/**
 * The searchable launch list. Filters are a plain GET form and pages are plain links, so every state of
 * the list has its own URL, is rendered on the server, and works without JavaScript.
 */
@Component({
  selector: 'ab-launch-list-page',
  imports: [ErrorState, Field, FieldControl, LaunchCard],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './launch-list-page.html',
  styleUrl: './launch-list-page.css',
})
export class LaunchListPage {
  private readonly seo = inject(Seo);
  private readonly origin = pageOrigin();
  protected readonly query = parseListQuery(inject(ActivatedRoute).snapshot.queryParams);
  protected readonly seatChoices = Array.from({ length: MAX_SEATS_FILTER }, (_, index) => index + 1);
  protected readonly heading = headingOf(this.query.filters);
  protected readonly state = loadView<LaunchListView>(
    `${LIST_VIEW_URL}${listQueryString(this.query.filters, this.query.page)}`,
    (view) => this.applySeo(view),
  );

  constructor() {
    this.applySeo();
  }

  protected pageHref(page: number): string {
    return `launches${listQueryString(this.query.filters, page)}`;
  }

  protected pageLabel(page: number): string {
    return $localize`Page ${page}:page:`;
  }

  protected pageNumbers(pageCount: number): number[] {
    return Array.from({ length: pageCount }, (_, index) => index + 1);
  }

  protected get filtered(): boolean {
    return Object.keys(this.query.filters).length > 0;
  }

  private applySeo(view?: LaunchListView): void {
    const { filters, page } = this.query;
    const pageSuffix = page > 1 ? $localize` — page ${page}:page:` : '';
    const canonicalUrl = `${this.origin}/launches${listQueryString(filters, page)}`;
    this.seo.apply({
      title: `${this.heading}${pageSuffix} | AstroBookings`,
      description: describe(filters, page, view?.total),
      canonicalUrl,
      ...(view ? { jsonLd: listJsonLd(view, this.heading, canonicalUrl, this.origin) } : {}),
    });
  }
}

function headingOf(filters: CatalogFilters): string {
  return filters.destination
    ? $localize`Launches to ${filters.destination}:destination:`
    : $localize`All upcoming launches`;
}

function describe(filters: CatalogFilters, page: number, total?: number): string {
  const parts = [
    filters.destination
      ? $localize`to ${filters.destination}:destination:`
      : $localize`to orbit, the Moon and Mars`,
    filters.from ? $localize`from ${filters.from}:day:` : '',
    filters.to ? $localize`until ${filters.to}:day:` : '',
    filters.maxPrice !== undefined ? $localize`up to ${filters.maxPrice}:price: per seat` : '',
    filters.seats !== undefined ? $localize`with at least ${filters.seats}:seats: seats left` : '',
  ].filter(Boolean);
  const where = parts.join(', ');
  const pageNote = page > 1 ? $localize` (page ${page}:page:)` : '';
  return total === undefined
    ? $localize`Upcoming crewed space launches ${where}:where:${pageNote}:page:: dates, rockets, suppliers, seats left and price per seat. Book your seat with AstroBookings.`
    : $localize`${total}:total: upcoming crewed space launches ${where}:where:${pageNote}:page:: dates, rockets, suppliers, seats left and price per seat. Book your seat with AstroBookings.`;
}

function listJsonLd(view: LaunchListView, name: string, url: string, origin: string): object {
  return {
    '@context': 'https://schema.org',
    '@type': 'ItemList',
    name,
    url,
    numberOfItems: view.total,
    itemListElement: view.launches.map((launch, index) => ({
      '@type': 'ListItem',
      position: (view.page - 1) * view.launches.length + index + 1,
      url: `${origin}/launches/${launch.id}`,
      name: launch.missionName,
    })),
  };
}
