import { ChangeDetectionStrategy, Component, inject, input } from '@angular/core';
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
  PageSession,
  Seo,
  SignOutForm,
} from '@astrobookings/ui';
import { PasswordField } from '../forms/password-field';
import { PASSWORD_POLICY_URL, type PasswordPolicy } from '../password/password-policy';
import { BILLING_URL, type BillingView } from './billing-view';
import { PREFERENCES_URL, type Preferences } from './preferences-view';

@Component({
  selector: 'ab-account-page',
  imports: [
    CsrfField,
    Field,
    FieldControl,
    FormMessage,
    FormSubmit,
    KeptValue,
    PasswordField,
    RouterLink,
    SignOutForm,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './account-page.html',
})
export class AccountPage {
  /** An error code from the sign-in hand-off, which answers with a redirect rather than a form. */
  readonly error = input<string | undefined>();
  readonly notice = input<string | undefined>();
  protected readonly session = inject(PageSession);
  protected readonly policyState = loadView<PasswordPolicy>(PASSWORD_POLICY_URL);
  protected readonly preferencesState = loadView<Preferences>(PREFERENCES_URL);
  protected readonly billingState = loadView<BillingView>(BILLING_URL);
  protected readonly billingUrl = BILLING_URL;
  /** Each language named in itself, so a reader finds theirs whatever the page is written in. */
  protected readonly languages = [
    { value: 'en', label: 'English' },
    { value: 'es', label: 'Español' },
  ] as const;

  constructor() {
    inject(Seo).apply({
      title: $localize`Your account | AstroBookings`,
      description: $localize`Your AstroBookings account.`,
      canonicalUrl: `${pageOrigin()}/account`,
    });
  }
}
