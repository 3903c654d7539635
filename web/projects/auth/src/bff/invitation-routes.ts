import {
  createApiClients,
  field,
  fieldProblems,
  pageUrl,
  refuseForm,
  secretField,
  type BffConfig,
  type SessionStore,
} from '@astrobookings/bff';
import type { Router } from 'express';
import { INVITATION_VIEW_URL, type InvitationView } from '../app/invitation/invitation-view';
import { errorCode } from './error-code';
import { handOffUrl, homeAppFor } from './hand-off';

/**
 * Invitations for supplier staff and employees: the page shows who is invited and with which roles;
 * accepting sets the name and password, signs the new user in and takes them to their portal.
 */
export function invitationRoutes(router: Router, config: BffConfig, sessions: SessionStore): void {
  // A POST, so the token travels in the body: a URL would put it into request logs.
  router.post(INVITATION_VIEW_URL, async (req, res) => {
    const token = field(req, 'token');
    res.set('cache-control', 'private, no-store');
    if (!token) {
      res.json({ invitation: null } satisfies InvitationView);
      return;
    }
    const { auth } = createApiClients(config, req);
    const { data, response } = await auth.POST('/auth/invitations/lookup', { body: { token } });
    if (response.status >= 500) {
      res.status(502).json({ invitation: null });
      return;
    }
    const view: InvitationView = {
      invitation: data
        ? { email: data.email, roles: [...data.roles], supplierName: data.supplierName ?? null }
        : null,
    };
    res.json(view);
  });

  router.post('/bff/auth/invitation/accept', async (req, res) => {
    const token = field(req, 'token');
    const password = secretField(req, 'password');
    const { auth } = createApiClients(config, req);
    const accepted = await auth.POST('/auth/invitations/accept', {
      body: { token, password, fullName: field(req, 'fullName') },
    });
    if (!accepted.data) {
      // The page keeps the token in the browser: it must not come back in a URL (nor in the kept values).
      const status = accepted.response.status;
      const fields = status < 500 ? fieldProblems(accepted.error) : [];
      refuseForm(
        req,
        res,
        config,
        '/invitation',
        fields.length > 0 ? { fields } : { fields, message: errorCode(status) },
      );
      return;
    }
    const login = await auth.POST('/auth/login', { body: { email: accepted.data.email, password } });
    if (!login.data) {
      res.redirect(303, pageUrl('/sign-in', { notice: 'invitation-accepted' }));
      return;
    }
    const session = sessions.start(res, login.data);
    const app = homeAppFor(session.user.roles);
    res
      .set('cache-control', 'no-store')
      .redirect(303, await handOffUrl(req, res, { config, sessions, session }, app, '/'));
  });
}
