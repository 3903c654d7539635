import { ChangeDetectionStrategy, Component, inject, input } from '@angular/core';
import { ActivatedRoute, RouterLink } from '@angular/router';
import {
  CsrfField,
  ErrorState,
  Field,
  FieldControl,
  FormMessage,
  loadView,
  pageOrigin,
  Seo,
  type ViewState,
} from '@astrobookings/ui';
import { PasswordField } from '../forms/password-field';
import { PASSWORD_POLICY_URL, type PasswordPolicy } from '../password/password-policy';
import { INVITATION_VIEW_URL, type InvitationView } from './invitation-view';

@Component({
  selector: 'ab-invitation-page',
  imports: [CsrfField, ErrorState, Field, FieldControl, FormMessage, PasswordField, RouterLink],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './invitation-page.html',
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
