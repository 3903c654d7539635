import {
  accessTokenOf,
  createApiClients,
  problem,
  requestIdOf,
  requirePortalRole,
  type BffConfig,
} from '@astrobookings/bff';
import type { Router } from 'express';
import { PROFILE_FIELDS, PROFILE_VIEW_URL, type SupplierProfile } from '../app/profile/profile-view';
import { field, pageUrl, problemMessage } from './form';

/** The supplier organisation's profile, read and edited by its staff. */
export function profileRoute(router: Router, config: BffConfig): void {
  const guard = requirePortalRole(config.app);

  router.get(PROFILE_VIEW_URL, guard, async (req, res) => {
    const { admin } = createApiClients(config, requestIdOf(req), accessTokenOf(res));
    const { data, response } = await admin.GET('/supplier-profile');
    if (!data) {
      problem(res, 502, 'Bad Gateway', `The Admin API answered ${response.status}`);
      return;
    }
    const view: SupplierProfile = {
      name: data.name,
      description: data.description,
      contactEmail: data.contactEmail ?? '',
      contactPhone: data.contactPhone ?? '',
      legalName: data.legalName ?? '',
      taxId: data.taxId ?? '',
      legalAddress: data.legalAddress ?? '',
    };
    res.set('cache-control', 'private, no-store').json(view);
  });

  router.post(PROFILE_VIEW_URL, guard, async (req, res) => {
    // Empty optional fields are left as they are: the API validates formats of what is sent.
    const body = Object.fromEntries(
      PROFILE_FIELDS.map((name) => [name, field(req, name)] as const).filter(([, value]) => value !== ''),
    );
    const { admin } = createApiClients(config, requestIdOf(req), accessTokenOf(res));
    const { data, error, response } = await admin.PATCH('/supplier-profile', { body });
    if (!data) {
      res.redirect(303, pageUrl('/profile', { error: problemMessage(response.status, error) }));
      return;
    }
    res.redirect(303, pageUrl('/profile', { notice: 'profile-saved' }));
  });
}
