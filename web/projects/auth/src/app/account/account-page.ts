import { ChangeDetectionStrategy, Component, inject, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import {
  CsrfField,
  Field,
  FieldControl,
  FormMessage,
  loadView,
  pageOrigin,
  PageSession,
  Seo,
  SignOutForm,
} from '@astrobookings/ui';
import { PasswordField } from '../forms/password-field';
import { PASSWORD_POLICY_URL, type PasswordPolicy } from '../password/password-policy';

@Component({
  selector: 'ab-account-page',
  imports: [CsrfField, Field, FieldControl, FormMessage, PasswordField, RouterLink, SignOutForm],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './account-page.html',
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
