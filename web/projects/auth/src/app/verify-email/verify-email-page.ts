import { ChangeDetectionStrategy, Component, inject, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import { CsrfField, Field, FieldControl, FormMessage, FormSubmit, pageOrigin, Seo } from '@astrobookings/ui';
import { linkToken } from '../forms/link-token';

/**
 * Opened from the verification email. Confirming is a button (a POST), not the link itself: mail
 * scanners that follow links must not use up the single-use token.
 */
@Component({
  selector: 'ab-verify-email-page',
  imports: [CsrfField, Field, FieldControl, FormMessage, FormSubmit, RouterLink],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section class="auth-page" aria-labelledby="verify-title">
      <h1 id="verify-title" i18n>Confirm your email address</h1>
      <ab-form-message [error]="error()" />
      @let value = token();
      @if (value === undefined) {
        <p role="status" i18n>Checking your link…</p>
      } @else if (value && error() !== 'link-invalid') {
        <form abForm class="ab-card ab-form" method="post" action="/bff/auth/verify-email">
          <p i18n>Confirm this address to activate your AstroBookings account.</p>
          <ab-csrf-field />
          <input type="hidden" name="token" [value]="value" />
          <button type="submit" class="ab-button" i18n>Confirm my email address</button>
        </form>
      } @else {
        <form abForm class="ab-card ab-form" method="post" action="/bff/auth/resend-verification">
          <p i18n>Ask for a new confirmation link.</p>
          <ab-csrf-field />
          <ab-field for="email" label="Email" i18n-label>
            <input abControl name="email" type="email" autocomplete="email" required />
          </ab-field>
          <button type="submit" class="ab-button" i18n>Send a new link</button>
        </form>
      }
      <p class="after" i18n><a routerLink="/sign-in">Back to sign in</a></p>
    </section>
  `,
})
export class VerifyEmailPage {
  readonly error = input<string | undefined>();
  protected readonly token = linkToken('verify-email');

  constructor() {
    inject(Seo).apply({
      title: $localize`Confirm your email | AstroBookings`,
      description: $localize`Confirm your email address to activate your AstroBookings account.`,
      canonicalUrl: `${pageOrigin()}/verify-email`,
    });
  }
}
