/** What the invitation page shows before the invitee accepts: who is invited, with which roles. */
export interface InvitationView {
  readonly invitation: {
    readonly email: string;
    readonly roles: readonly string[];
    readonly supplierName: string | null;
  } | null;
}

export const INVITATION_VIEW_URL = '/bff/invitation';
