import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { ActivatedRoute, RouterLink } from '@angular/router';
import { ErrorState, LaunchTime, loadView, MoneyPipe, pageOrigin, Seo, StatusBadge } from '@astrobookings/ui';
import { bookingsReportCsvUrl, bookingsReportUrl, type BookingsReportView } from './bookings-report-view';

@Component({
  selector: 'ab-bookings-report-page',
  imports: [ErrorState, LaunchTime, MoneyPipe, RouterLink, StatusBadge],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './bookings-report-page.html',
})
export class BookingsReportPage {
  protected readonly id = inject(ActivatedRoute).snapshot.paramMap.get('id') ?? '';
  protected readonly csvHref = bookingsReportCsvUrl(this.id);
  protected readonly state = loadView<BookingsReportView>(bookingsReportUrl(this.id));

  constructor() {
    inject(Seo).apply({
      title: $localize`Bookings report | AstroBookings Supplier`,
      description: $localize`Who booked the launch, how many seats, what they paid and what was refunded.`,
      canonicalUrl: `${pageOrigin()}/launches/${this.id}/bookings-report`,
    });
  }
}
