import { ChangeDetectionStrategy, Component, inject, input } from '@angular/core';
import { ActivatedRoute, RouterLink } from '@angular/router';
import { CsrfField, ErrorState, loadView, pageOrigin, Seo, type ViewState } from '@astrobookings/ui';
import { FormMessage } from '../forms/form-message';
import { PasswordField } from '../forms/password-field';
import { PASSWORD_POLICY_URL, type PasswordPolicy } from '../password/password-policy';
import { INVITATION_VIEW_URL, type InvitationView } from './invitation-view';

@Component({
  selector: 'ab-invitation-page',
  imports: [CsrfField, ErrorState, FormMessage, PasswordField, RouterLink],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section class="auth-page" aria-labelledby="invitation-title">
      <h1 id="invitation-title">Accept your invitation</h1>
      <ab-form-message [error]="error()" />
      @let current = state();
      @if (current.kind === 'error') {
        <ab-error-state heading="Invitations are unavailable" />
      } @else if (current.kind === 'loading') {
        <p role="status">Loading…</p>
      } @else if (invitationOf(current); as invitation) {
        @let policy = policyState();
        <div class="ab-card form">
          <dl class="facts">
            <div>
              <dt>Email</dt>
              <dd>{{ invitation.email }}</dd>
            </div>
            <div>
              <dt>Roles</dt>
              <dd>{{ invitation.roles.join(', ') }}</dd>
            </div>
            @if (invitation.supplierName) {
              <div>
                <dt>Organisation</dt>
                <dd>{{ invitation.supplierName }}</dd>
              </div>
            }
          </dl>
          <form method="post" action="/bff/auth/invitation/accept">
            <ab-csrf-field />
            <input type="hidden" name="token" [value]="token" />
            <div class="field">
              <label for="fullName">Full name</label>
              <input id="fullName" name="fullName" type="text" autocomplete="name" required maxlength="120" />
            </div>
            <ab-password-field [policy]="policy.kind === 'ready' ? policy.view : undefined" />
            <button type="submit" class="button">Accept and continue</button>
          </form>
        </div>
      } @else {
        <p role="alert" class="message error">
          This invitation has expired or was already used. Ask the person who invited you for a new one.
        </p>
        <p class="after"><a routerLink="/sign-in">Go to sign in</a></p>
      }
    </section>
  `,
})
export class InvitationPage {
  readonly error = input<string | undefined>();
  protected readonly token = inject(ActivatedRoute).snapshot.queryParamMap.get('token') ?? '';
  protected readonly state = loadView<InvitationView>(
    `${INVITATION_VIEW_URL}?token=${encodeURIComponent(this.token)}`,
  );
  protected readonly policyState = loadView<PasswordPolicy>(PASSWORD_POLICY_URL);

  protected invitationOf(state: ViewState<InvitationView>): InvitationView['invitation'] {
    return state.kind === 'ready' ? state.view.invitation : null;
  }

  constructor() {
    inject(Seo).apply({
      title: 'Accept your invitation | AstroBookings',
      description: 'Set up your AstroBookings account from an invitation.',
      canonicalUrl: `${pageOrigin()}/invitation`,
    });
  }
}
