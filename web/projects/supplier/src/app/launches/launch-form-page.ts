import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import { CsrfField, ErrorState, loadView, pageOrigin, Seo } from '@astrobookings/ui';
import { RANGE_LABELS, ROCKETS_VIEW_URL, type RocketsView } from '../rockets/rockets-view';
import { FormMessage } from '../shared/form-message';
import { LAUNCHES_VIEW_URL } from './launches-view';

/** Scheduling a launch on one of the supplier's active rockets; it is published to the catalog at once. */
@Component({
  selector: 'ab-launch-form-page',
  imports: [CsrfField, ErrorState, FormMessage, RouterLink],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section class="narrow" aria-labelledby="new-launch-title">
      <p><a routerLink="/">← All launches</a></p>
      <h1 id="new-launch-title">New launch</h1>
      <p class="ab-lead">
        Schedule a launch on one of your rockets. It appears in the public catalog at once.
      </p>
      <ab-form-message [error]="error()" />
      @let current = rockets();
      @if (current.kind === 'error') {
        <ab-error-state heading="Your rockets are unavailable" />
      } @else if (current.kind === 'loading') {
        <p role="status">Loading your rockets…</p>
      } @else if (active().length === 0) {
        <p class="message notice">
          You need an active rocket first. <a routerLink="/rockets">Add a rocket</a>.
        </p>
      } @else {
        <form class="form ab-card" method="post" [attr.action]="action">
          <ab-csrf-field />
          <div class="field">
            <label for="rocketId">Rocket</label>
            <select id="rocketId" name="rocketId" required>
              @for (rocket of active(); track rocket.id) {
                <option [value]="rocket.id">
                  {{ rocket.name }} — {{ rocket.capacity }} seats, {{ rangeLabels[rocket.range] }}
                </option>
              }
            </select>
          </div>
          <div class="field">
            <label for="missionName">Mission name</label>
            <input id="missionName" name="missionName" required maxlength="160" />
          </div>
          <div class="field">
            <label for="description">Description</label>
            <textarea id="description" name="description" maxlength="4000" required></textarea>
          </div>
          <div class="grid-2">
            <div class="field">
              <label for="launchSite">Launch site</label>
              <input id="launchSite" name="launchSite" required maxlength="160" />
            </div>
            <div class="field">
              <label for="destination">Destination</label>
              <input id="destination" name="destination" required maxlength="160" />
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
            />
            <p class="hint" id="scheduledAt-hint">In Coordinated Universal Time; must be in the future.</p>
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
              />
            </div>
            <div class="field">
              <label for="currency">Currency</label>
              <input
                id="currency"
                name="currency"
                required
                value="USD"
                pattern="[A-Za-z]{3}"
                maxlength="3"
                aria-describedby="currency-hint"
                autocapitalize="characters"
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
                min="1"
                step="1"
                aria-describedby="seatsTotal-hint"
              />
              <p class="hint" id="seatsTotal-hint">Leave empty to offer every seat of the rocket.</p>
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
              />
              <p class="hint" id="minimumOccupancy-hint">Seats that must sell for the launch to be viable.</p>
            </div>
          </div>
          <button type="submit" class="button">Schedule launch</button>
        </form>
      }
    </section>
  `,
  styles: `
    .narrow {
      max-width: 44rem;
    }
  `,
})
export class LaunchFormPage {
  /** The Admin API's reason when the last attempt was refused (bound from the query). */
  readonly error = input<string | undefined>();
  protected readonly action = LAUNCHES_VIEW_URL;
  protected readonly rangeLabels = RANGE_LABELS;
  protected readonly rockets = loadView<RocketsView>(ROCKETS_VIEW_URL);
  protected readonly active = computed(() => {
    const current = this.rockets();
    return current.kind === 'ready'
      ? current.view.rockets.filter((rocket) => rocket.status === 'active')
      : [];
  });

  constructor() {
    inject(Seo).apply({
      title: 'New launch | AstroBookings Supplier',
      description: 'Schedule a launch on one of your rockets.',
      canonicalUrl: `${pageOrigin()}/launches/new`,
    });
  }
}
