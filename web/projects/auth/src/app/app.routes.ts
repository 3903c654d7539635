import { inject } from '@angular/core';
import { Routes } from '@angular/router';
import { PageSession } from '@astrobookings/ui';
import { AccountPage } from './account/account-page';
import { CheckEmailPage } from './check-email/check-email-page';
import { ForgotPasswordPage } from './forgot-password/forgot-password-page';
import { InvitationPage } from './invitation/invitation-page';
import { ResetPasswordPage } from './reset-password/reset-password-page';
import { SignInPage } from './sign-in/sign-in-page';
import { SignUpPage } from './sign-up/sign-up-page';
import { UnlockAccountPage } from './unlock-account/unlock-account-page';
import { VerifyEmailPage } from './verify-email/verify-email-page';

export const routes: Routes = [
  { path: 'sign-in', component: SignInPage },
  { path: 'sign-up', component: SignUpPage },
  { path: 'check-email', component: CheckEmailPage },
  { path: 'verify-email', component: VerifyEmailPage },
  { path: 'forgot-password', component: ForgotPasswordPage },
  { path: 'reset-password', component: ResetPasswordPage },
  { path: 'invitation', component: InvitationPage },
  { path: 'unlock-account', component: UnlockAccountPage },
  { path: 'account', component: AccountPage },
  { path: '**', redirectTo: () => (inject(PageSession).user() ? '/account' : '/sign-in') },
];
