import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { RouterLink } from '@angular/router';
import {
  CsrfField,
  Field,
  FieldControl,
  FormMessage,
  FormSubmit,
  KeptValue,
  loadView,
  pageOrigin,
  Seo,
} from '@astrobookings/ui';
import { AuthQuery } from '../forms/auth-query';
import { PasswordField } from '../forms/password-field';
import { PASSWORD_POLICY_URL, type PasswordPolicy } from '../password/password-policy';

@Component({
  selector: 'ab-sign-up-page',
  imports: [CsrfField, Field, FieldControl, FormMessage, FormSubmit, KeptValue, PasswordField, RouterLink],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section class="auth-page" aria-labelledby="sign-up-title">
      <h1 id="sign-up-title" i18n>Create your account</h1>
      <p class="ab-lead" i18n>Book seats on upcoming launches and keep your trips in one place.</p>
      <ab-form-message />
      @let policy = policyState();
      <form abForm class="ab-card ab-form" method="post" action="/bff/auth/sign-up">
        <ab-csrf-field />
        <input type="hidden" name="app" [value]="app() ?? ''" />
        <input type="hidden" name="returnTo" [value]="returnTo() ?? ''" />
        <ab-field for="email" label="Email" i18n-label>
          <input abControl name="email" type="email" autocomplete="email" required [value]="'email' | kept" />
        </ab-field>
        <ab-field for="fullName" label="Full name" i18n-label>
          <input
            abControl
            name="fullName"
            type="text"
            autocomplete="name"
            required
            maxlength="120"
            [value]="'fullName' | kept"
          />
        </ab-field>
        <ab-field
          for="taxId"
          label="Tax ID"
          i18n-label
          hint="Two-letter country code, then your number, e.g. ES12345678Z."
          i18n-hint
        >
          <input
            abControl
            name="taxId"
            type="text"
            required
            maxlength="40"
            autocapitalize="characters"
            [value]="'taxId' | kept"
          />
        </ab-field>
        <ab-password-field [policy]="policy.kind === 'ready' ? policy.view : undefined" />
        <button type="submit" class="ab-button" i18n>Create account</button>
      </form>
      <p class="after" i18n>
        Already have an account?
        <a routerLink="/sign-in" [queryParams]="{ app: app(), returnTo: returnTo() }">Sign in</a>
      </p>
    </section>
  `,
})
export class SignUpPage extends AuthQuery {
  protected readonly policyState = loadView<PasswordPolicy>(PASSWORD_POLICY_URL);

  constructor() {
    super();
    inject(Seo).apply({
      title: $localize`Create your account | AstroBookings`,
      description: $localize`Create an AstroBookings account to book seats on real space launches.`,
      canonicalUrl: `${pageOrigin()}/sign-up`,
    });
  }
}
