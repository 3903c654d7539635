import { HttpClient } from '@angular/common/http';
import {
  afterNextRender,
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  inject,
  LOCALE_ID,
  signal,
} from '@angular/core';
import { ActivatedRoute } from '@angular/router';
import {
  decimalText,
  ErrorState,
  formatMoney,
  LaunchTime,
  loadView,
  MoneyPipe,
  PageSession,
  pageLanguage,
  pageOrigin,
  pathIn,
  Seo,
  StatusBadge,
} from '@astrobookings/ui';
import { NotFound } from '../not-found/not-found';
import {
  detailViewUrl,
  listQueryString,
  liveSeatsUrl,
  type LaunchDetailView,
  type LiveSeats,
} from './catalog-view';

/** Launches with this few seats left are offered as limited availability. */
const FEW_SEATS = 2;

/** How often an open launch page refreshes its seats left, while the visitor can see it. */
const LIVE_SEATS_MS = 30_000;

const EVENT_STATUS: Readonly<Record<string, string>> = {
  scheduled: 'https://schema.org/EventScheduled',
  confirmed: 'https://schema.org/EventScheduled',
  delayed: 'https://schema.org/EventRescheduled',
  aborted: 'https://schema.org/EventCancelled',
};

/**
 * One launch, server-rendered with its seats left and schema.org `Event` data. The date is shown at the
 * launch site's time and in UTC, and once the page runs in the browser, in the viewer's own zone. Booking is a plain link, so it works before (or without) JavaScript. While the
 * page is open and visible, its seats left are refreshed from the Customer API.
 */
@Component({
  selector: 'ab-launch-detail-page',
  imports: [ErrorState, LaunchTime, MoneyPipe, NotFound, StatusBadge],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './launch-detail-page.html',
  styleUrl: './launch-detail-page.css',
})
export class LaunchDetailPage {
  private readonly seo = inject(Seo);
  private readonly origin = pageOrigin();
  private readonly language = pageLanguage();
  private readonly locale = inject(LOCALE_ID);
  private readonly session = inject(PageSession);
  private readonly id = inject(ActivatedRoute).snapshot.paramMap.get('id') ?? '';
  /**
   * Seats left as last refreshed in the browser; until then, the view's. Declared before `state`: in the
   * browser the transfer cache answers at once, and the SEO callback reads the seats left.
   */
  private readonly liveSeats = signal<number | undefined>(undefined);
  /** The BFF answers 404 for an id that is not a launch's, malformed ones included. */
  protected readonly state = loadView<LaunchDetailView>(detailViewUrl(this.id), (view) =>
    this.applySeo(view),
  );
  private readonly http = inject(HttpClient);
  private readonly destroyRef = inject(DestroyRef);

  constructor() {
    // Browser only, after the first render: hydration must first find exactly what the server rendered.
    afterNextRender(() => this.refreshSeats());
  }

  protected seatsLeft(view: LaunchDetailView): number {
    return this.liveSeats() ?? view.seatsAvailable;
  }

  protected bookHref(view: LaunchDetailView): string {
    const path = `/launches/${view.id}/book`;
    // Page links are relative to the page's <base href>, which names its language (`/es/`).
    return this.session.user() ? path.slice(1) : this.session.signInHref(path);
  }

  protected destinationHref(view: LaunchDetailView): string {
    return `launches${listQueryString({ destination: view.destination })}`;
  }

  protected seatsLabel(view: LaunchDetailView): string {
    const seats = this.seatsLeft(view);
    if (seats === 0) return $localize`Sold out`;
    return seats === 1 ? $localize`1 seat left` : $localize`${seats}:count: seats left`;
  }

  private refreshSeats(): void {
    const timer = setInterval(() => {
      if (document.visibilityState !== 'visible') return;
      this.http.get<LiveSeats>(liveSeatsUrl(this.id)).subscribe({
        next: (live) => this.liveSeats.set(live.seatsAvailable),
        // A missed refresh keeps the last count; the next one tries again.
        error: () => undefined,
      });
    }, LIVE_SEATS_MS);
    this.destroyRef.onDestroy(() => clearInterval(timer));
  }

  private applySeo(view: LaunchDetailView): void {
    const path = `/launches/${view.id}`;
    const day = view.scheduledAt.slice(0, 10);
    const { missionName: mission, rocketName: rocket, supplierName: supplier, destination } = view;
    const price = formatMoney(view.pricePerSeatMinor, view.currency, this.locale);
    this.seo.apply({
      title: $localize`${mission}:mission: to ${destination}:destination:, ${day}:day: | AstroBookings`,
      description:
        $localize`${mission}:mission:: ${rocket}:rocket: by ${supplier}:supplier: from ${view.launchSite}:site: to ${destination}:destination: on ${day}:day: (UTC).` +
        ` ${this.seatsLabel(view)} ` +
        $localize`at ${price}:price: per seat.` +
        ` ${view.description}`,
      canonicalUrl: `${this.origin}${path}`,
      jsonLd: eventJsonLd(view, `${this.origin}${pathIn(this.language, path)}`),
    });
  }
}

function availability(view: LaunchDetailView): string {
  if (view.seatsAvailable === 0) return 'https://schema.org/SoldOut';
  if (view.seatsAvailable <= FEW_SEATS) return 'https://schema.org/LimitedAvailability';
  return 'https://schema.org/InStock';
}

function eventJsonLd(view: LaunchDetailView, url: string): object {
  return {
    '@context': 'https://schema.org',
    '@type': 'Event',
    name: view.missionName,
    description: view.description,
    url,
    startDate: view.scheduledAt,
    eventStatus: EVENT_STATUS[view.status] ?? 'https://schema.org/EventScheduled',
    eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
    location: { '@type': 'Place', name: view.launchSite, address: view.launchSite },
    organizer: { '@type': 'Organization', name: view.supplierName },
    maximumAttendeeCapacity: view.seatsTotal,
    remainingAttendeeCapacity: view.seatsAvailable,
    offers: {
      '@type': 'Offer',
      url,
      price: decimalText(view.pricePerSeatMinor, view.currency),
      priceCurrency: view.currency,
      availability: availability(view),
      validThrough: view.scheduledAt,
    },
  };
}
