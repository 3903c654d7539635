import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { RouterLink } from '@angular/router';
import {
  CsrfField,
  Field,
  FieldControl,
  FormMessage,
  FormSubmit,
  KeptValue,
  pageOrigin,
  Seo,
} from '@astrobookings/ui';

@Component({
  selector: 'ab-forgot-password-page',
  imports: [CsrfField, Field, FieldControl, FormMessage, FormSubmit, KeptValue, RouterLink],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section class="auth-page" aria-labelledby="forgot-title">
      <h1 id="forgot-title" i18n>Forgot your password?</h1>
      <p class="ab-lead" i18n>Enter your email address and we will send you a link to choose a new one.</p>
      <ab-form-message />
      <form abForm class="ab-card ab-form" method="post" action="/bff/auth/forgot-password">
        <ab-csrf-field />
        <ab-field for="email" label="Email" i18n-label>
          <input abControl name="email" type="email" autocomplete="email" required [value]="'email' | kept" />
        </ab-field>
        <button type="submit" class="ab-button" i18n>Send reset link</button>
      </form>
      <p class="after" i18n><a routerLink="/sign-in">Back to sign in</a></p>
    </section>
  `,
})
export class ForgotPasswordPage {
  constructor() {
    inject(Seo).apply({
      title: $localize`Forgot your password | AstroBookings`,
      description: $localize`Get a link to choose a new AstroBookings password.`,
      canonicalUrl: `${pageOrigin()}/forgot-password`,
    });
  }
}
