import { afterNextRender, ChangeDetectionStrategy, Component, inject, input, signal } from '@angular/core';
import { ActivatedRoute } from '@angular/router';
import {
  CsrfField,
  ErrorState,
  Field,
  FieldControl,
  followView,
  FormMessage,
  FormSubmit,
  KeptValue,
  LaunchTime,
  MoneyPipe,
  pageOrigin,
  Progress,
  Seo,
  StatusBadge,
} from '@astrobookings/ui';
import { NotFound } from '../not-found/not-found';
import { BookingReceipts } from './booking-receipts';
import { bookingViewUrl, type BookingPageView, type BookingView, type RefundTier } from './booking-view';
import { HoldCountdown } from './hold-countdown';

/**
 * One booking, through its whole life: while held, the countdown, the passenger names and the way to
 * pay; once paid, the confirmation, the refund policy and cancelling (a second, explicit step that says
 * what comes back); once cancelled, what was refunded. Every action is a plain form.
 */
@Component({
  selector: 'ab-booking-page',
  imports: [
    BookingReceipts,
    CsrfField,
    ErrorState,
    Field,
    FieldControl,
    FormMessage,
    FormSubmit,
    HoldCountdown,
    KeptValue,
    LaunchTime,
    MoneyPipe,
    NotFound,
    Progress,
    StatusBadge,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './booking-page.html',
  styleUrl: './booking-page.css',
})
export class BookingPage {
  readonly paid = input<string | undefined>();
  readonly cancel = input<string | undefined>();
  readonly notice = input<string | undefined>();
  private readonly seo = inject(Seo);
  private readonly origin = pageOrigin();
  protected readonly id = inject(ActivatedRoute).snapshot.paramMap.get('id') ?? '';
  protected readonly actions = bookingViewUrl(this.id);
  /** Set by the countdown when the hold runs out: the server is about to release the seats. */
  protected readonly holdEnded = signal(false);
  /** Whether this page, in the browser, follows the server by itself (it cannot without JavaScript). */
  protected readonly following = signal(false);
  /**
   * The BFF answers 404 for an id that is none of this customer's bookings, malformed ones included. While
   * the server has news to come for a held booking (the payment's confirmation, or the end of its hold), the
   * page follows it and shows the booking as confirmed or expired without a reload.
   */
  protected readonly state = followView<BookingPageView>(bookingViewUrl(this.id), {
    while: (view) => view.status === 'held' && (this.paid() === '1' || this.holdEnded()),
    onReady: (view) =>
      this.seo.apply({
        title: $localize`Your booking on ${view.missionName}:mission: | AstroBookings`,
        description: $localize`Status, passengers and refund policy of your booking on ${view.missionName}:mission:.`,
        canonicalUrl: `${this.origin}/bookings/${this.id}`,
      }),
  });

  constructor() {
    afterNextRender(() => this.following.set(true));
  }

  /** One name field per seat, filled with the names already saved. */
  protected seatsOf(view: BookingView): { seat: number; name: string }[] {
    return Array.from({ length: view.seats }, (_, index) => ({
      seat: index + 1,
      name: view.passengers.find((p) => p.seatNumber === index + 1)?.fullName ?? '',
    }));
  }

  protected passengerLabel(seat: number): string {
    return $localize`Passenger ${seat}:seat: full name`;
  }

  protected named(view: BookingView): boolean {
    return view.passengers.length === view.seats;
  }

  protected cancellable(view: BookingView): boolean {
    return (
      (view.status === 'held' || view.status === 'confirmed') &&
      Date.parse(view.scheduledAt) > Date.now() &&
      !['aborted', 'successful', 'failed'].includes(view.launchStatus)
    );
  }

  protected tierText(tier: RefundTier, index: number, tiers: readonly RefundTier[]): string {
    const { minDaysBefore: days, percent } = tier;
    if (days > 0) return $localize`${days}:days: days or more before lift-off: ${percent}:percent:% refund`;
    if (index === 0) return $localize`Any time before lift-off: ${percent}:percent:% refund`;
    const before = tiers[index - 1]?.minDaysBefore ?? 0;
    return $localize`Less than ${before}:days: days before lift-off: ${percent}:percent:% refund`;
  }

  /** The policy's tiers from the most generous (furthest from lift-off) down. */
  protected tiersOf(view: BookingView): RefundTier[] {
    return [...view.refundPolicy.tiers].sort((a, b) => b.minDaysBefore - a.minDaysBefore);
  }
}
