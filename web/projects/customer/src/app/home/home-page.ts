import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { decimalText, ErrorState, loadView, pageLanguage, pageOrigin, pathIn, Seo } from '@astrobookings/ui';
import { LaunchCard } from '../launches/launch-card';
import { HOME_VIEW_URL, type HomeView, type UpcomingLaunch } from './home-view';

const TITLE = $localize`Upcoming space launches — book your seat | AstroBookings`;
const DESCRIPTION = $localize`Browse upcoming crewed launches from certified suppliers: mission, rocket, destination, launch date, seats left and price per seat. Book your seat to orbit, the Moon and beyond with AstroBookings.`;

@Component({
  selector: 'ab-home-page',
  imports: [ErrorState, LaunchCard],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section aria-labelledby="home-title">
      <h1 id="home-title" i18n>Upcoming launches</h1>
      <p class="ab-lead" i18n>
        Real seats on real rockets. Pick a mission, check the date and the seats left, and get ready for
        lift-off.
      </p>

      @let current = state();
      @if (current.kind === 'error' || current.kind === 'not-found') {
        <ab-error-state heading="Launch schedule unavailable" i18n-heading />
      } @else if (current.kind === 'loading') {
        <p role="status" i18n>Loading launches…</p>
      } @else {
        @if (current.view.launches.length === 0) {
          <p i18n>No launches are open for booking right now. Check back soon.</p>
        } @else {
          <ul class="launches" role="list">
            @for (launch of current.view.launches; track launch.id) {
              <li><ab-launch-card [launch]="launch" /></li>
            }
          </ul>
          <p class="total" i18n>
            Showing {{ current.view.launches.length }} of {{ current.view.total }} bookable launches.
          </p>
          <p class="all">
            <a class="ab-button" href="launches" i18n>Search all launches by destination, date and price</a>
          </p>
        }
      }
    </section>
  `,
  styleUrl: './home-page.css',
})
export class HomePage {
  private readonly seo = inject(Seo);
  private readonly origin = pageOrigin();
  private readonly language = pageLanguage();
  protected readonly state = loadView<HomeView>(HOME_VIEW_URL, (view) =>
    this.seo.apply({
      title: TITLE,
      description: DESCRIPTION,
      canonicalUrl: `${this.origin}/`,
      jsonLd: this.launchesJsonLd(view.launches),
    }),
  );

  constructor() {
    this.seo.apply({ title: TITLE, description: DESCRIPTION, canonicalUrl: `${this.origin}/` });
  }

  private launchesJsonLd(launches: readonly UpcomingLaunch[]): object {
    return {
      '@context': 'https://schema.org',
      '@type': 'ItemList',
      name: $localize`Upcoming space launches`,
      itemListElement: launches.map((launch, index) => ({
        '@type': 'ListItem',
        position: index + 1,
        item: {
          '@type': 'Event',
          name: launch.missionName,
          url: `${this.origin}${pathIn(this.language, `/launches/${launch.id}`)}`,
          startDate: launch.scheduledAt,
          eventStatus: 'https://schema.org/EventScheduled',
          location: { '@type': 'Place', name: launch.launchSite },
          organizer: { '@type': 'Organization', name: launch.supplierName },
          offers: {
            '@type': 'Offer',
            price: decimalText(launch.pricePerSeatMinor, launch.currency),
            priceCurrency: launch.currency,
            availability:
              launch.seatsAvailable > 0 ? 'https://schema.org/InStock' : 'https://schema.org/SoldOut',
          },
        },
      })),
    };
  }
}
