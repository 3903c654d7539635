import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { RouterLink } from '@angular/router';
import { ErrorState, LaunchTime, loadView, MoneyPipe, pageOrigin, Seo, StatusBadge } from '@astrobookings/ui';
import { BOOKINGS_VIEW_URL, type BookingView, type TripsView } from './booking-view';

interface TripGroup {
  readonly id: string;
  readonly title: string;
  readonly empty: string;
  readonly bookings: readonly BookingView[];
}

/** "My trips": the customer's bookings, upcoming first, then past and cancelled ones with their refunds. */
@Component({
  selector: 'ab-trips-page',
  imports: [ErrorState, LaunchTime, MoneyPipe, RouterLink, StatusBadge],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './trips-page.html',
  styleUrl: './trips-page.css',
})
export class TripsPage {
  private readonly seo = inject(Seo);
  private readonly origin = pageOrigin();
  protected readonly state = loadView<TripsView>(BOOKINGS_VIEW_URL, () =>
    this.seo.apply({
      title: $localize`My trips | AstroBookings`,
      description: $localize`Your upcoming, past and cancelled launch bookings.`,
      canonicalUrl: `${this.origin}/bookings`,
    }),
  );

  protected groups(view: TripsView): TripGroup[] {
    return [
      {
        id: 'upcoming',
        title: $localize`Upcoming`,
        empty: $localize`No upcoming trips yet.`,
        bookings: view.upcoming,
      },
      { id: 'past', title: $localize`Past`, empty: $localize`No past trips.`, bookings: view.past },
      {
        id: 'cancelled',
        title: $localize`:trips:Cancelled`,
        empty: $localize`No cancelled bookings.`,
        bookings: view.cancelled,
      },
    ];
  }
}
