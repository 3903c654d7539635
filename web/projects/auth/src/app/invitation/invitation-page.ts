import { HttpClient } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, effect, inject, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import {
  CsrfField,
  ErrorState,
  Field,
  FieldControl,
  FormMessage,
  FormSubmit,
  KeptValue,
  loadView,
  pageOrigin,
  PageSession,
  Seo,
  type ViewState,
} from '@astrobookings/ui';
import { linkToken } from '../forms/link-token';
import { PasswordField } from '../forms/password-field';
import { PASSWORD_POLICY_URL, type PasswordPolicy } from '../password/password-policy';
import { INVITATION_VIEW_URL, type InvitationView } from './invitation-view';

/**
 * Opened from the invitation email. The server renders "checking your link": the token is in the
 * link's fragment, so the browser reads it and posts it to the BFF to learn who is invited.
 */
@Component({
  selector: 'ab-invitation-page',
  imports: [
    CsrfField,
    ErrorState,
    Field,
    FieldControl,
    FormMessage,
    FormSubmit,
    KeptValue,
    PasswordField,
    RouterLink,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './invitation-page.html',
})
export class InvitationPage {
  protected readonly token = linkToken('invitation');
  protected readonly state = signal<ViewState<InvitationView>>({ kind: 'loading' });
  protected readonly policyState = loadView<PasswordPolicy>(PASSWORD_POLICY_URL);
  private readonly http = inject(HttpClient);
  private readonly csrfToken = inject(PageSession).context.csrfToken;

  protected invitationOf(state: ViewState<InvitationView>): InvitationView['invitation'] {
    return state.kind === 'ready' ? state.view.invitation : null;
  }

  constructor() {
    effect(() => {
      const token = this.token();
      if (token === undefined) return;
      if (!token) {
        this.state.set({ kind: 'ready', view: { invitation: null } });
        return;
      }
      this.http
        .post<InvitationView>(INVITATION_VIEW_URL, { token }, { headers: { 'x-csrf-token': this.csrfToken } })
        .subscribe({
          next: (view) => this.state.set({ kind: 'ready', view }),
          error: () => this.state.set({ kind: 'error' }),
        });
    });
    inject(Seo).apply({
      title: $localize`Accept your invitation | AstroBookings`,
      description: $localize`Set up your AstroBookings account from an invitation.`,
      canonicalUrl: `${pageOrigin()}/invitation`,
    });
  }
}
