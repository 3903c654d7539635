import { ChangeDetectionStrategy, Component, inject, RESPONSE_INIT } from '@angular/core';
import { pageOrigin } from '../bff/page-origin';
import { Seo } from '../seo/seo';
import { PageSession } from '../session/page-session';
import { SignOutForm } from '../session/sign-out-form';

/**
 * What a role portal shows someone signed in without its role: a clear explanation (HTTP 403, not a
 * blank screen) and a way to sign in with another account.
 */
@Component({
  selector: 'ab-no-access',
  imports: [SignOutForm],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section class="ab-card panel" aria-labelledby="no-access-title">
      <h1 id="no-access-title" i18n>You don't have access to {{ session.context.portalTitle }}</h1>
      <p i18n>
        You are signed in as <strong>{{ session.user()?.name }}</strong> ({{ session.user()?.email }}), and
        this account does not have the role this portal needs.
      </p>
      <p i18n>If you have another account with access, sign in with it. Otherwise, ask an administrator.</p>
      <p class="actions">
        <a class="primary" [href]="session.signInHref(session.context.path, true)" i18n
          >Sign in as someone else</a
        >
        <ab-sign-out-form />
      </p>
    </section>
  `,
  styles: `
    .panel {
      max-width: 40rem;
    }
    .actions {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: var(--ab-space-4);
      margin: var(--ab-space-6) 0 0;
    }
    .primary {
      font-weight: 600;
    }
  `,
})
export class NoAccess {
  protected readonly session = inject(PageSession);

  constructor() {
    const responseInit = inject(RESPONSE_INIT, { optional: true });
    if (responseInit) {
      responseInit.status = 403;
    }
    inject(Seo).apply({
      title: $localize`No access | AstroBookings`,
      description: $localize`This account does not have access to this portal.`,
      canonicalUrl: `${pageOrigin()}/`,
    });
  }
}
