import { ChangeDetectionStrategy, Component, inject, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import { CsrfField, FormMessage, FormSubmit, loadView, pageOrigin, Seo } from '@astrobookings/ui';
import { linkToken } from '../forms/link-token';
import { PasswordField } from '../forms/password-field';
import { PASSWORD_POLICY_URL, type PasswordPolicy } from '../password/password-policy';

@Component({
  selector: 'ab-reset-password-page',
  imports: [CsrfField, FormMessage, FormSubmit, PasswordField, RouterLink],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section class="auth-page" aria-labelledby="reset-title">
      <h1 id="reset-title" i18n>Choose a new password</h1>
      <ab-form-message [error]="error()" />
      @let value = token();
      @if (value === undefined) {
        <p role="status" i18n>Checking your link…</p>
      } @else if (value) {
        @let policy = policyState();
        <form abForm class="ab-card ab-form" method="post" action="/bff/auth/reset-password">
          <ab-csrf-field />
          <input type="hidden" name="token" [value]="value" />
          <ab-password-field
            label="New password"
            i18n-label
            [policy]="policy.kind === 'ready' ? policy.view : undefined"
          />
          <button type="submit" class="ab-button" i18n>Change password</button>
        </form>
      } @else {
        <p i18n>
          This page needs the link from your reset email.
          <a routerLink="/forgot-password">Ask for a new link</a>.
        </p>
      }
      <p class="after" i18n><a routerLink="/sign-in">Back to sign in</a></p>
    </section>
  `,
})
export class ResetPasswordPage {
  readonly error = input<string | undefined>();
  protected readonly token = linkToken('reset-password');
  protected readonly policyState = loadView<PasswordPolicy>(PASSWORD_POLICY_URL);

  constructor() {
    inject(Seo).apply({
      title: $localize`Choose a new password | AstroBookings`,
      description: $localize`Choose a new password for your AstroBookings account.`,
      canonicalUrl: `${pageOrigin()}/reset-password`,
    });
  }
}
