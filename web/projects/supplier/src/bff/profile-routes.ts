import {
  accessTokenOf,
  apiData,
  createApiClients,
  field,
  formRefusal,
  pageUrl,
  refuseForm,
  requirePortalRole,
  viewRoute,
  type BffConfig,
} from '@astrobookings/bff';
import type { Router } from 'express';
import { PROFILE_FIELDS, PROFILE_VIEW_URL, type SupplierProfile } from '../app/profile/profile-view';
import { SUPPLIER_WORDING } from './supplier-wording';

/** The supplier organisation's profile, read and edited by its staff. */
export function profileRoute(router: Router, config: BffConfig): void {
  const guard = requirePortalRole(config.app);

  viewRoute(router, config, PROFILE_VIEW_URL, { guard }, async ({ api }): Promise<SupplierProfile> => {
    const profile = apiData(await api.admin.GET('/supplier-profile'), 'Admin API');
    return {
      name: profile.name,
      description: profile.description,
      contactEmail: profile.contactEmail ?? '',
      contactPhone: profile.contactPhone ?? '',
      legalName: profile.legalName ?? '',
      taxId: profile.taxId ?? '',
      legalAddress: profile.legalAddress ?? '',
    };
  });

  router.post(PROFILE_VIEW_URL, guard, async (req, res) => {
    // Empty optional fields are left as they are: the API validates formats of what is sent.
    const body = Object.fromEntries(
      PROFILE_FIELDS.map((name) => [name, field(req, name)] as const).filter(([, value]) => value !== ''),
    );
    const { admin } = createApiClients(config, req, accessTokenOf(res));
    const { data, error, response } = await admin.PATCH('/supplier-profile', { body });
    if (!data) {
      refuseForm(req, res, config, '/profile', formRefusal(response.status, error, SUPPLIER_WORDING));
      return;
    }
    res.redirect(303, pageUrl('/profile', { notice: 'profile-saved' }));
  });
}
