import { ChangeDetectionStrategy, Component, computed, DestroyRef, inject } from '@angular/core';
import { ActivatedRoute } from '@angular/router';
import {
  CsrfField,
  ErrorState,
  FormMessage,
  FormProblems,
  FormSubmit,
  LaunchTime,
  loadView,
  MoneyPipe,
  pageOrigin,
  Seo,
} from '@astrobookings/ui';
import { BOOKINGS_VIEW_URL, bookFormViewUrl, type BookFormView } from './booking-view';

/**
 * Step one of booking: how many seats. A plain form posted to the BFF, which places the hold and sends
 * the browser on to the booking's page; the hidden Idempotency-Key makes a double submit harmless.
 */
@Component({
  selector: 'ab-book-page',
  imports: [CsrfField, ErrorState, FormMessage, FormSubmit, LaunchTime, MoneyPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './book-page.html',
  styleUrl: './book-page.css',
})
export class BookPage {
  private readonly problems = inject(FormProblems);
  /** The seats field is laid out by hand (its hint holds prices), so it reads its problem itself. */
  protected readonly seatsProblem = computed(() => this.problems.problemOf('seats'));
  /** The count chosen before a refused post, else one seat. */
  protected readonly chosenSeats = computed(() => this.problems.value('seats', '1'));
  private readonly unregister = this.problems.register({ name: 'seats', id: 'seats', label: 'Seats' });
  private readonly seo = inject(Seo);
  private readonly origin = pageOrigin();
  private readonly id = inject(ActivatedRoute).snapshot.paramMap.get('id') ?? '';
  protected readonly action = BOOKINGS_VIEW_URL;
  protected readonly state = loadView<BookFormView>(bookFormViewUrl(this.id), (view) =>
    this.seo.apply({
      title: $localize`Book seats on ${view.launch.missionName}:mission: | AstroBookings`,
      description: $localize`Choose how many seats to book on ${view.launch.missionName}:mission:.`,
      canonicalUrl: `${this.origin}/launches/${this.id}/book`,
    }),
  );

  constructor() {
    inject(DestroyRef).onDestroy(this.unregister);
  }

  protected seatOptions(view: BookFormView): number[] {
    return Array.from({ length: view.maxSeats }, (_, index) => index + 1);
  }
}
