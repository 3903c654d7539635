import { ChangeDetectionStrategy, Component, inject, input } from '@angular/core';
import { ActivatedRoute, RouterLink } from '@angular/router';
import { CsrfField, ErrorState, loadView, pageOrigin, Seo } from '@astrobookings/ui';
import { FormMessage } from '../shared/form-message';
import { RANGE_LABELS, rocketUrl, type RocketDetail } from './rockets-view';

/**
 * One rocket's details in a form. Lowering its seats also shrinks its future launches; the Admin API
 * refuses a capacity below the seats already sold on one of them.
 */
@Component({
  selector: 'ab-rocket-edit-page',
  imports: [CsrfField, ErrorState, FormMessage, RouterLink],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section class="narrow" aria-labelledby="edit-rocket-title">
      <p><a routerLink="/rockets">← All rockets</a></p>
      <h1 id="edit-rocket-title">Edit rocket</h1>
      <ab-form-message [error]="error()" />
      @let current = state();
      @if (current.kind === 'error') {
        <ab-error-state
          heading="This rocket could not be loaded"
          detail="It may not exist, or it belongs to another supplier."
        />
      } @else if (current.kind === 'loading') {
        <p role="status">Loading the rocket…</p>
      } @else {
        @let rocket = current.view;
        <form class="form ab-card" method="post" [attr.action]="action">
          <ab-csrf-field />
          <div class="field">
            <label for="rocket-name">Name</label>
            <input id="rocket-name" name="name" required maxlength="120" [value]="rocket.name" />
          </div>
          <div class="field">
            <label for="rocket-model">Model <span class="hint">(optional)</span></label>
            <input id="rocket-model" name="model" maxlength="120" [value]="rocket.model" />
          </div>
          <div class="grid-2">
            <div class="field">
              <label for="rocket-capacity">Seats</label>
              <input
                id="rocket-capacity"
                name="capacity"
                type="number"
                min="1"
                max="1000"
                step="1"
                required
                aria-describedby="rocket-capacity-hint"
                [value]="rocket.capacity"
              />
              <p class="hint" id="rocket-capacity-hint">
                Future launches offering more seats are reduced to this.
              </p>
            </div>
            <div class="field">
              <label for="rocket-range">Range</label>
              <select id="rocket-range" name="range" required>
                @for (range of ranges; track range[0]) {
                  <option [value]="range[0]" [selected]="range[0] === rocket.range">{{ range[1] }}</option>
                }
              </select>
            </div>
          </div>
          <div class="field">
            <label for="rocket-photo">Photo URL <span class="hint">(optional)</span></label>
            <input id="rocket-photo" name="photoUrl" type="url" maxlength="2048" [value]="rocket.photoUrl" />
          </div>
          <button type="submit" class="button">Save rocket</button>
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
export class RocketEditPage {
  /** The Admin API's reason when the last attempt was refused (bound from the query). */
  readonly error = input<string | undefined>();
  private readonly seo = inject(Seo);
  private readonly origin = pageOrigin();
  private readonly id = inject(ActivatedRoute).snapshot.paramMap.get('id') ?? '';
  protected readonly action = rocketUrl(this.id);
  protected readonly ranges = Object.entries(RANGE_LABELS);
  protected readonly state = loadView<RocketDetail>(rocketUrl(this.id), (view) =>
    this.seo.apply({
      title: `Edit ${view.name} | AstroBookings Supplier`,
      description: `Change the details of the rocket ${view.name}.`,
      canonicalUrl: `${this.origin}/rockets/${this.id}/edit`,
    }),
  );
}
