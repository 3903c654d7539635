import { ChangeDetectionStrategy, Component, inject, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import { CsrfField, FormMessage, FormSubmit, pageOrigin, Seo } from '@astrobookings/ui';
import { linkToken } from '../forms/link-token';

/**
 * Opened from the email a sign-in lock sends. Unlocking is a button (a POST), not the link itself: mail
 * scanners that follow links must not use up the single-use token.
 */
@Component({
  selector: 'ab-unlock-account-page',
  imports: [CsrfField, FormMessage, FormSubmit, RouterLink],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section class="auth-page" aria-labelledby="unlock-title">
      <h1 id="unlock-title" i18n>Unlock your account</h1>
      <ab-form-message [error]="error()" />
      @let value = token();
      @if (value === undefined) {
        <p role="status" i18n>Checking your link…</p>
      } @else if (value) {
        <form abForm class="ab-card ab-form" method="post" action="/bff/auth/unlock-account">
          <p i18n>After too many wrong passwords we locked your account. Lift the lock to sign in again.</p>
          <ab-csrf-field />
          <input type="hidden" name="token" [value]="value" />
          <button type="submit" class="ab-button" i18n>Unlock my account</button>
        </form>
      } @else {
        <p i18n>
          This page needs the link from the email we sent when your account was locked. You can also
          <a routerLink="/forgot-password">reset your password</a>, which lifts the lock too.
        </p>
      }
      <p class="after" i18n><a routerLink="/sign-in">Back to sign in</a></p>
    </section>
  `,
})
export class UnlockAccountPage {
  protected readonly token = linkToken('unlock-account');
  readonly error = input<string | undefined>();

  constructor() {
    inject(Seo).apply({
      title: $localize`Unlock your account | AstroBookings`,
      description: $localize`Lift the sign-in lock of your AstroBookings account.`,
      canonicalUrl: `${pageOrigin()}/unlock-account`,
    });
  }
}
