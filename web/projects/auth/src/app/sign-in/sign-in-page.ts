import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { RouterLink } from '@angular/router';
import {
  CsrfField,
  Field,
  FieldControl,
  FormMessage,
  FormSubmit,
  pageOrigin,
  PageSession,
  Seo,
} from '@astrobookings/ui';
import { AuthQuery } from '../forms/auth-query';

@Component({
  selector: 'ab-sign-in-page',
  imports: [CsrfField, Field, FieldControl, FormMessage, FormSubmit, RouterLink],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section class="auth-page" aria-labelledby="sign-in-title">
      <h1 id="sign-in-title" i18n>Sign in to AstroBookings</h1>
      <p class="ab-lead" i18n>One account for travellers, suppliers and our own teams.</p>

      <ab-form-message [error]="error()" [notice]="notice()" />
      @if (session.user(); as user) {
        <p class="note" i18n>
          You are signed in as {{ user.name }}. Sign in below to use a different account.
        </p>
      }

      <form abForm class="ab-card ab-form" method="post" action="/bff/auth/sign-in">
        <ab-csrf-field />
        <input type="hidden" name="app" [value]="app() ?? ''" />
        <input type="hidden" name="returnTo" [value]="returnTo() ?? ''" />
        <input type="hidden" name="state" [value]="state() ?? ''" />
        <ab-field for="email" label="Email" i18n-label>
          <input abControl name="email" type="email" autocomplete="username" required />
        </ab-field>
        <ab-field for="password" label="Password" i18n-label>
          <input abControl name="password" type="password" autocomplete="current-password" required />
        </ab-field>
        <button type="submit" class="ab-button" i18n>Sign in</button>
        <p class="aside" i18n><a routerLink="/forgot-password">Forgot your password?</a></p>
      </form>

      <p class="after" i18n>
        New to AstroBookings?
        <a routerLink="/sign-up" [queryParams]="{ app: app(), returnTo: returnTo() }">Create an account</a>
      </p>
    </section>
  `,
})
export class SignInPage extends AuthQuery {
  protected readonly session = inject(PageSession);

  constructor() {
    super();
    inject(Seo).apply({
      title: $localize`Sign in | AstroBookings`,
      description: $localize`Sign in to AstroBookings to book seats on space launches and manage your trips.`,
      canonicalUrl: `${pageOrigin()}/sign-in`,
    });
  }
}
