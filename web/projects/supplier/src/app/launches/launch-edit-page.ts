import { ChangeDetectionStrategy, Component, inject, input } from '@angular/core';
import { ActivatedRoute, RouterLink } from '@angular/router';
import { CsrfField, ErrorState, loadView, pageOrigin, Seo } from '@astrobookings/ui';
import { FormMessage } from '../shared/form-message';
import { launchDetailUrl, type LaunchDetailView } from './launch-detail-view';

/**
 * The launch form prefilled with a launch's details, while it is not yet confirmed. The rocket stays as
 * scheduled; a new date is refused by the Admin API once seats are sold (a delay tells the customers).
 */
@Component({
  selector: 'ab-launch-edit-page',
  imports: [CsrfField, ErrorState, FormMessage, RouterLink],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section class="narrow" aria-labelledby="edit-launch-title">
      <p><a [routerLink]="['/launches', id]">← Back to the launch</a></p>
      <h1 id="edit-launch-title">Edit launch</h1>
      <ab-form-message [error]="error()" />
      @let current = state();
      @if (current.kind === 'error') {
        <ab-error-state
          heading="This launch could not be loaded"
          detail="It may not exist, or it belongs to another supplier."
        />
      } @else if (current.kind === 'loading') {
        <p role="status">Loading the launch…</p>
      } @else {
        @let launch = current.view.launch;
        <p class="ab-lead">
          {{ launch.missionName }} on {{ launch.rocketName }}. Changes appear in the public catalog at once.
        </p>
        @if (!launch.editable) {
          <p class="message notice">This launch is {{ launch.status }}: its details can no longer change.</p>
        } @else {
          @let scheduledAt = launch.scheduledAt.slice(0, 16);
          <form class="form ab-card" method="post" [attr.action]="action">
            <ab-csrf-field />
            <input type="hidden" name="previousScheduledAt" [value]="scheduledAt" />
            <div class="field">
              <label for="missionName">Mission name</label>
              <input
                id="missionName"
                name="missionName"
                required
                maxlength="160"
                [value]="launch.missionName"
              />
            </div>
            <div class="field">
              <label for="description">Description</label>
              <textarea
                id="description"
                name="description"
                maxlength="4000"
                required
                [value]="launch.description"
              ></textarea>
            </div>
            <div class="grid-2">
              <div class="field">
                <label for="launchSite">Launch site</label>
                <input
                  id="launchSite"
                  name="launchSite"
                  required
                  maxlength="160"
                  [value]="launch.launchSite"
                />
              </div>
              <div class="field">
                <label for="destination">Destination</label>
                <input
                  id="destination"
                  name="destination"
                  required
                  maxlength="160"
                  [value]="launch.destination"
                />
              </div>
            </div>
            <div class="field">
              <label for="scheduledAt">Date and time (UTC)</label>
              <input
                id="scheduledAt"
                name="scheduledAt"
                type="datetime-local"
                required
                aria-describedby="scheduledAt-hint"
                [value]="scheduledAt"
              />
              <p class="hint" id="scheduledAt-hint">
                In Coordinated Universal Time; must be in the future. Once seats are sold, delay the launch
                instead, so its customers are told.
              </p>
            </div>
            <div class="grid-2">
              <div class="field">
                <label for="pricePerSeat">Price per seat</label>
                <input
                  id="pricePerSeat"
                  name="pricePerSeat"
                  type="number"
                  min="0.01"
                  step="0.01"
                  required
                  inputmode="decimal"
                  [value]="launch.pricePerSeat"
                />
              </div>
              <div class="field">
                <label for="currency">Currency</label>
                <input
                  id="currency"
                  name="currency"
                  required
                  pattern="[A-Za-z]{3}"
                  maxlength="3"
                  aria-describedby="currency-hint"
                  autocapitalize="characters"
                  [value]="launch.currency"
                />
                <p class="hint" id="currency-hint">Three-letter ISO code, e.g. USD or EUR.</p>
              </div>
            </div>
            <div class="grid-2">
              <div class="field">
                <label for="seatsTotal">Seats offered</label>
                <input
                  id="seatsTotal"
                  name="seatsTotal"
                  type="number"
                  [attr.min]="launch.seatsSold > 0 ? launch.seatsSold : 1"
                  step="1"
                  required
                  aria-describedby="seatsTotal-hint"
                  [value]="launch.seatsTotal"
                />
                <p class="hint" id="seatsTotal-hint">
                  At most the rocket's seats; never fewer than the {{ launch.seatsSold }} already sold.
                </p>
              </div>
              <div class="field">
                <label for="minimumOccupancy">Minimum occupancy</label>
                <input
                  id="minimumOccupancy"
                  name="minimumOccupancy"
                  type="number"
                  min="0"
                  step="1"
                  required
                  aria-describedby="minimumOccupancy-hint"
                  [value]="launch.minimumOccupancy"
                />
                <p class="hint" id="minimumOccupancy-hint">
                  Seats that must sell for the launch to be viable.
                </p>
              </div>
            </div>
            <button type="submit" class="button">Save launch</button>
          </form>
        }
      }
    </section>
  `,
  styles: `
    .narrow {
      max-width: 44rem;
    }
  `,
})
export class LaunchEditPage {
  /** The Admin API's reason when the last attempt was refused (bound from the query). */
  readonly error = input<string | undefined>();
  private readonly seo = inject(Seo);
  private readonly origin = pageOrigin();
  protected readonly id = inject(ActivatedRoute).snapshot.paramMap.get('id') ?? '';
  protected readonly action = launchDetailUrl(this.id);
  protected readonly state = loadView<LaunchDetailView>(launchDetailUrl(this.id), (view) =>
    this.seo.apply({
      title: `Edit ${view.launch.missionName} | AstroBookings Supplier`,
      description: `Change the details of ${view.launch.missionName}.`,
      canonicalUrl: `${this.origin}/launches/${this.id}/edit`,
    }),
  );
}
