import { ChangeDetectionStrategy, Component, inject, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import { CsrfField, loadView, PageSession, pageOrigin, Seo, SignOutForm } from '@astrobookings/ui';
import { FormMessage } from '../forms/form-message';
import { PasswordField } from '../forms/password-field';
import { PASSWORD_POLICY_URL, type PasswordPolicy } from '../password/password-policy';

@Component({
  selector: 'ab-account-page',
  imports: [CsrfField, FormMessage, PasswordField, RouterLink, SignOutForm],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section class="auth-page" aria-labelledby="account-title">
      <h1 id="account-title">Your account</h1>
      <ab-form-message [error]="error()" [notice]="notice()" />
      @if (session.user(); as user) {
        @let policy = policyState();
        <div class="ab-card form">
          <dl class="facts">
            <div>
              <dt>Name</dt>
              <dd>{{ user.name }}</dd>
            </div>
            <div>
              <dt>Email</dt>
              <dd>{{ user.email }}</dd>
            </div>
            <div>
              <dt>Roles</dt>
              <dd>{{ user.roles.join(', ') }}</dd>
            </div>
          </dl>
          <ab-sign-out-form />
        </div>
        <form class="ab-card form" method="post" action="/bff/auth/change-password">
          <h2>Change your password</h2>
          <ab-csrf-field />
          <div class="field">
            <label for="currentPassword">Current password</label>
            <input
              id="currentPassword"
              name="currentPassword"
              type="password"
              autocomplete="current-password"
              required
            />
          </div>
          <ab-password-field
            id="newPassword"
            name="newPassword"
            label="New password"
            [policy]="policy.kind === 'ready' ? policy.view : undefined"
          />
          <button type="submit" class="button">Change password</button>
        </form>
      } @else {
        <p><a routerLink="/sign-in">Sign in</a> to see your account.</p>
      }
    </section>
  `,
})
export class AccountPage {
  readonly error = input<string | undefined>();
  readonly notice = input<string | undefined>();
  protected readonly session = inject(PageSession);
  protected readonly policyState = loadView<PasswordPolicy>(PASSWORD_POLICY_URL);

  constructor() {
    inject(Seo).apply({
      title: 'Your account | AstroBookings',
      description: 'Your AstroBookings account.',
      canonicalUrl: `${pageOrigin()}/account`,
    });
  }
}
