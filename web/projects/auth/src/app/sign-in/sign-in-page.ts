import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { RouterLink } from '@angular/router';
import { CsrfField, PageSession, pageOrigin, Seo } from '@astrobookings/ui';
import { AuthQuery } from '../forms/auth-query';
import { FormMessage } from '../forms/form-message';

@Component({
  selector: 'ab-sign-in-page',
  imports: [CsrfField, FormMessage, RouterLink],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './sign-in-page.html',
})
export class SignInPage extends AuthQuery {
  protected readonly session = inject(PageSession);

  constructor() {
    super();
    inject(Seo).apply({
      title: 'Sign in | AstroBookings',
      description: 'Sign in to AstroBookings to book seats on space launches and manage your trips.',
      canonicalUrl: `${pageOrigin()}/sign-in`,
    });
  }
}
