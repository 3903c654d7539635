import { ChangeDetectionStrategy, Component, inject, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import { CsrfField, Field, FieldControl, FormSubmit, pageOrigin, Seo } from '@astrobookings/ui';

@Component({
  selector: 'ab-check-email-page',
  imports: [CsrfField, Field, FieldControl, FormSubmit, RouterLink],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section class="auth-page" aria-labelledby="check-email-title">
      <h1 id="check-email-title" i18n>Check your email</h1>
      @if (reason() === 'reset') {
        <p class="ab-lead" i18n>
          If an account uses that address, we have sent it a link to choose a new password. The link works
          once and expires soon.
        </p>
      } @else {
        <p class="ab-lead" i18n>
          We have sent you a link to confirm your email address. Open it to finish creating your account.
        </p>
        <form abForm class="ab-card ab-form" method="post" action="/bff/auth/resend-verification">
          <h2 i18n>No email?</h2>
          <p class="ab-hint" i18n>Check your spam folder, or ask for a new link.</p>
          <ab-csrf-field />
          <ab-field for="email" label="Email" i18n-label>
            <input abControl name="email" type="email" autocomplete="email" required />
          </ab-field>
          <button type="submit" class="ab-button ab-secondary" i18n>Send a new link</button>
        </form>
      }
      <p class="after" i18n><a routerLink="/sign-in">Back to sign in</a></p>
    </section>
  `,
})
export class CheckEmailPage {
  readonly reason = input<string | undefined>();

  constructor() {
    inject(Seo).apply({
      title: $localize`Check your email | AstroBookings`,
      description: $localize`We have sent you an email with a link.`,
      canonicalUrl: `${pageOrigin()}/check-email`,
    });
  }
}
