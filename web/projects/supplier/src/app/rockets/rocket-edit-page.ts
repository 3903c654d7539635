import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { ActivatedRoute, RouterLink } from '@angular/router';
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
import { rocketUrl, type RocketDetail } from './rockets-view';
import { RocketFields } from './rocket-fields';

/**
 * One rocket's details in a form. Lowering its seats also shrinks its future launches; the Admin API
 * refuses a capacity below the seats already sold on one of them.
 */
@Component({
  selector: 'ab-rocket-edit-page',
  imports: [
    CsrfField,
    ErrorState,
    Field,
    FieldControl,
    FormMessage,
    FormSubmit,
    KeptValue,
    RocketFields,
    RouterLink,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section class="ab-narrow" aria-labelledby="edit-rocket-title">
      <p i18n><a routerLink="/rockets">← All rockets</a></p>
      <h1 id="edit-rocket-title" i18n>Edit rocket</h1>
      <ab-form-message />
      @let current = state();
      @if (current.kind === 'error' || current.kind === 'not-found') {
        <ab-error-state
          heading="This rocket could not be loaded"
          i18n-heading
          detail="It may not exist, or it belongs to another supplier."
          i18n-detail
        />
      } @else if (current.kind === 'loading') {
        <p role="status" i18n>Loading the rocket…</p>
      } @else {
        @let rocket = current.view;
        <form abForm class="ab-form ab-card" method="post" [attr.action]="action">
          <ab-csrf-field />
          <ab-rocket-fields [rocket]="rocket" />
          <ab-field for="rocket-photo" label="Photo URL" i18n-label [optional]="true">
            <input
              abControl
              name="photoUrl"
              type="url"
              maxlength="2048"
              [value]="'photoUrl' | kept: rocket.photoUrl"
            />
          </ab-field>
          <button type="submit" class="ab-button" i18n>Save rocket</button>
        </form>
      }
    </section>
  `,
})
export class RocketEditPage {
  private readonly seo = inject(Seo);
  private readonly origin = pageOrigin();
  private readonly id = inject(ActivatedRoute).snapshot.paramMap.get('id') ?? '';
  protected readonly action = rocketUrl(this.id);
  protected readonly state = loadView<RocketDetail>(rocketUrl(this.id), (view) =>
    this.seo.apply({
      title: `Edit ${view.name} | AstroBookings Supplier`,
      description: `Change the details of the rocket ${view.name}.`,
      canonicalUrl: `${this.origin}/rockets/${this.id}/edit`,
    }),
  );
}
