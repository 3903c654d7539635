import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { RouterLink } from '@angular/router';
import {
  CsrfField,
  ErrorState,
  Field,
  FieldControl,
  FormMessage,
  FormSubmit,
  KeptValue,
  loadView,
  pageOrigin,
  Seo,
} from '@astrobookings/ui';
import { RANGE_LABELS, ROCKETS_VIEW_URL, type RocketsView } from '../rockets/rockets-view';
import { LAUNCHES_VIEW_URL } from './launches-view';
import { LaunchFields } from './launch-fields';

/** Scheduling a launch on one of the supplier's active rockets; it is published to the catalog at once. */
@Component({
  selector: 'ab-launch-form-page',
  imports: [
    CsrfField,
    ErrorState,
    Field,
    FieldControl,
    FormMessage,
    FormSubmit,
    KeptValue,
    LaunchFields,
    RouterLink,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section class="ab-narrow" aria-labelledby="new-launch-title">
      <p i18n><a routerLink="/">← All launches</a></p>
      <h1 id="new-launch-title" i18n>New launch</h1>
      <p class="ab-lead" i18n>
        Schedule a launch on one of your rockets. It appears in the public catalog at once.
      </p>
      <ab-form-message />
      @let current = rockets();
      @if (current.kind === 'error' || current.kind === 'not-found') {
        <ab-error-state heading="Your rockets are unavailable" i18n-heading />
      } @else if (current.kind === 'loading') {
        <p role="status" i18n>Loading your rockets…</p>
      } @else if (active().length === 0) {
        <p class="ab-message ab-notice" i18n>
          You need an active rocket first. <a routerLink="/rockets">Add a rocket</a>.
        </p>
      } @else {
        <form abForm class="ab-form ab-card" method="post" [attr.action]="action">
          <ab-csrf-field />
          <ab-field for="rocketId" label="Rocket" i18n-label>
            <select abControl name="rocketId" required>
              @for (rocket of active(); track rocket.id) {
                <option
                  [value]="rocket.id"
                  [attr.selected]="('rocketId' | kept) === rocket.id ? '' : null"
                  i18n
                >
                  {{ rocket.name }} — {{ rocket.capacity }} seats, {{ rangeLabels[rocket.range] }}
                </option>
              }
            </select>
          </ab-field>
          <ab-launch-fields />
          <button type="submit" class="ab-button" i18n>Schedule launch</button>
        </form>
      }
    </section>
  `,
})
export class LaunchFormPage {
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
      title: $localize`New launch | AstroBookings Supplier`,
      description: $localize`Schedule a launch on one of your rockets.`,
      canonicalUrl: `${pageOrigin()}/launches/new`,
    });
  }
}
