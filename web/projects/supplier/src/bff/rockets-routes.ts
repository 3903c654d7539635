import {
  accessTokenOf,
  apiData,
  createApiClients,
  field,
  numberField,
  formRefusal,
  pageUrl,
  refuseForm,
  requirePortalRole,
  RouteProblem,
  viewRoute,
  type BffConfig,
} from '@astrobookings/bff';
import type { Router } from 'express';
import {
  RANGE_LABELS,
  ROCKETS_VIEW_URL,
  type RocketDetail,
  type RocketRange,
  type RocketsView,
} from '../app/rockets/rockets-view';
import { SUPPLIER_WORDING } from './supplier-wording';

function isRange(value: string): value is RocketRange {
  return Object.hasOwn(RANGE_LABELS, value);
}

/** The supplier's fleet: list, add and edit (plain form POSTs), and retire. */
export function rocketsRoute(router: Router, config: BffConfig): void {
  const guard = requirePortalRole(config.app);

  viewRoute(router, config, ROCKETS_VIEW_URL, { guard }, async ({ api }): Promise<RocketsView> => {
    const rockets = apiData(await api.admin.GET('/rockets'), 'Admin API');
    return {
      rockets: rockets.items.map((rocket) => ({
        id: rocket.id,
        name: rocket.name,
        model: rocket.model,
        capacity: rocket.capacity,
        range: rocket.range,
        status: rocket.status,
      })),
    };
  });

  router.post(ROCKETS_VIEW_URL, guard, async (req, res) => {
    const range = field(req, 'range');
    const model = field(req, 'model');
    if (!isRange(range)) {
      refuseForm(req, res, config, '/rockets', {
        fields: [{ field: 'range', code: 'required', message: 'Choose the range the rocket can reach.' }],
      });
      return;
    }
    const { admin } = createApiClients(config, req, accessTokenOf(res));
    const { data, error, response } = await admin.POST('/rockets', {
      body: {
        name: field(req, 'name'),
        capacity: numberField(req, 'capacity') ?? 0,
        range,
        ...(model ? { model } : {}),
      },
    });
    if (!data) {
      refuseForm(req, res, config, '/rockets', formRefusal(response.status, error, SUPPLIER_WORDING));
      return;
    }
    res.redirect(303, pageUrl('/rockets', { notice: 'rocket-added' }));
  });

  viewRoute(
    router,
    config,
    `${ROCKETS_VIEW_URL}/:id`,
    { guard },
    async ({ req, api }): Promise<RocketDetail> => {
      const answer = await api.admin.GET('/rockets/{id}', {
        params: { path: { id: String(req.params['id']) } },
      });
      const status = answer.response.status;
      if (status === 400 || status === 404) throw RouteProblem.notFound('No rocket of yours has this id');
      const rocket = apiData(answer, 'Admin API');
      return {
        id: rocket.id,
        name: rocket.name,
        model: rocket.model,
        capacity: rocket.capacity,
        range: rocket.range,
        status: rocket.status,
        photoUrl: rocket.photoUrl ?? '',
      };
    },
  );

  router.post(`${ROCKETS_VIEW_URL}/:id`, guard, async (req, res) => {
    const id = String(req.params['id']);
    const page = `/rockets/${encodeURIComponent(id)}/edit`;
    const range = field(req, 'range');
    const photoUrl = field(req, 'photoUrl');
    if (!isRange(range)) {
      refuseForm(req, res, config, page, {
        fields: [{ field: 'range', code: 'required', message: 'Choose the range the rocket can reach.' }],
      });
      return;
    }
    const { admin } = createApiClients(config, req, accessTokenOf(res));
    const { data, error, response } = await admin.PATCH('/rockets/{id}', {
      params: { path: { id } },
      body: {
        name: field(req, 'name'),
        model: field(req, 'model'),
        capacity: numberField(req, 'capacity') ?? 0,
        range,
        // The API keeps a photo it has when none is sent; it has no way to remove one.
        ...(photoUrl ? { photoUrl } : {}),
      },
    });
    if (!data) {
      refuseForm(req, res, config, page, formRefusal(response.status, error, SUPPLIER_WORDING));
      return;
    }
    res.redirect(303, pageUrl('/rockets', { notice: 'rocket-saved' }));
  });

  router.post(`${ROCKETS_VIEW_URL}/:id/retire`, guard, async (req, res) => {
    const { admin } = createApiClients(config, req, accessTokenOf(res));
    const { data, error, response } = await admin.POST('/rockets/{id}/retire', {
      params: { path: { id: String(req.params['id']) } },
    });
    if (!data) {
      refuseForm(req, res, config, '/rockets', formRefusal(response.status, error, SUPPLIER_WORDING));
      return;
    }
    res.redirect(303, pageUrl('/rockets', { notice: 'rocket-retired' }));
  });
}
