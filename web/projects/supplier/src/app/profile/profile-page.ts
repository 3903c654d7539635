import { ChangeDetectionStrategy, Component, inject, input } from '@angular/core';
import { CsrfField, ErrorState, loadView, pageOrigin, Seo } from '@astrobookings/ui';
import { FormMessage } from '../shared/form-message';
import { PROFILE_VIEW_URL, type SupplierProfile } from './profile-view';

/** The organisation's public and legal details, shown in a form its staff can save. */
@Component({
  selector: 'ab-profile-page',
  imports: [CsrfField, ErrorState, FormMessage],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section class="narrow" aria-labelledby="profile-title">
      <h1 id="profile-title">Supplier profile</h1>
      <p class="ab-lead">How customers see your organisation, and the details we invoice.</p>
      <ab-form-message [error]="error()" [notice]="notice()" />
      @let current = state();
      @if (current.kind === 'error') {
        <ab-error-state heading="Profile unavailable" />
      } @else if (current.kind === 'loading') {
        <p role="status">Loading your profile…</p>
      } @else {
        @let profile = current.view;
        <form class="form ab-card" method="post" [attr.action]="action">
          <ab-csrf-field />
          <h2>Public details</h2>
          <div class="field">
            <label for="name">Name</label>
            <input id="name" name="name" required maxlength="160" [value]="profile.name" />
          </div>
          <div class="field">
            <label for="description">Description</label>
            <textarea
              id="description"
              name="description"
              maxlength="4000"
              [value]="profile.description"
            ></textarea>
          </div>
          <div class="grid-2">
            <div class="field">
              <label for="contactEmail">Contact email</label>
              <input
                id="contactEmail"
                name="contactEmail"
                type="email"
                autocomplete="email"
                [value]="profile.contactEmail"
              />
            </div>
            <div class="field">
              <label for="contactPhone">Contact phone</label>
              <input
                id="contactPhone"
                aria-describedby="contactPhone-hint"
                name="contactPhone"
                type="tel"
                autocomplete="tel"
                [value]="profile.contactPhone"
              />
              <p class="hint" id="contactPhone-hint">International format, e.g. +34 612 345 678.</p>
            </div>
          </div>
          <h2>Legal details</h2>
          <div class="grid-2">
            <div class="field">
              <label for="legalName">Legal name</label>
              <input
                id="legalName"
                name="legalName"
                autocomplete="organization"
                [value]="profile.legalName"
              />
            </div>
            <div class="field">
              <label for="taxId">Tax ID</label>
              <input
                id="taxId"
                name="taxId"
                [value]="profile.taxId"
                pattern="[A-Za-z]{2}[A-Za-z0-9]{5,15}"
                aria-describedby="taxId-hint"
              />
              <p class="hint" id="taxId-hint">Two-letter country code, then 5 to 15 letters or digits.</p>
            </div>
          </div>
          <div class="field">
            <label for="legalAddress">Legal address</label>
            <textarea
              id="legalAddress"
              name="legalAddress"
              maxlength="500"
              autocomplete="street-address"
              [value]="profile.legalAddress"
            ></textarea>
          </div>
          <button type="submit" class="button">Save profile</button>
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
export class ProfilePage {
  readonly error = input<string | undefined>();
  readonly notice = input<string | undefined>();
  protected readonly action = PROFILE_VIEW_URL;
  protected readonly state = loadView<SupplierProfile>(PROFILE_VIEW_URL);

  constructor() {
    inject(Seo).apply({
      title: 'Profile | AstroBookings Supplier',
      description: 'Your organisation’s public and legal details.',
      canonicalUrl: `${pageOrigin()}/profile`,
    });
  }
}
