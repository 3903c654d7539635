import {
  accessTokenOf,
  createApiClients,
  problem,
  requestIdOf,
  requirePortalRole,
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
import { field, numberField, pageUrl, problemMessage } from './form';

function isRange(value: string): value is RocketRange {
  return Object.hasOwn(RANGE_LABELS, value);
}

/** The supplier's fleet: list, add and edit (plain form POSTs), and retire. */
export function rocketsRoute(router: Router, config: BffConfig): void {
  const guard = requirePortalRole(config.app);

  router.get(ROCKETS_VIEW_URL, guard, async (req, res) => {
    const { admin } = createApiClients(config, requestIdOf(req), accessTokenOf(res));
    const { data, response } = await admin.GET('/rockets');
    if (!data) {
      problem(res, 502, 'Bad Gateway', `The Admin API answered ${response.status}`);
      return;
    }
    const view: RocketsView = {
      rockets: data.items.map((rocket) => ({
        id: rocket.id,
        name: rocket.name,
        model: rocket.model,
        capacity: rocket.capacity,
        range: rocket.range,
        status: rocket.status,
      })),
    };
    res.set('cache-control', 'private, no-store').json(view);
  });

  router.post(ROCKETS_VIEW_URL, guard, async (req, res) => {
    const range = field(req, 'range');
    const model = field(req, 'model');
    if (!isRange(range)) {
      res.redirect(303, pageUrl('/rockets', { error: 'Choose the range the rocket can reach.' }));
      return;
    }
    const { admin } = createApiClients(config, requestIdOf(req), accessTokenOf(res));
    const { data, error, response } = await admin.POST('/rockets', {
      body: {
        name: field(req, 'name'),
        capacity: numberField(req, 'capacity') ?? 0,
        range,
        ...(model ? { model } : {}),
      },
    });
    if (!data) {
      res.redirect(303, pageUrl('/rockets', { error: problemMessage(response.status, error) }));
      return;
    }
    res.redirect(303, pageUrl('/rockets', { notice: 'rocket-added' }));
  });

  router.get(`${ROCKETS_VIEW_URL}/:id`, guard, async (req, res) => {
    const { admin } = createApiClients(config, requestIdOf(req), accessTokenOf(res));
    const { data, response } = await admin.GET('/rockets/{id}', {
      params: { path: { id: String(req.params['id']) } },
    });
    if (!data) {
      const status = response.status;
      if (status === 400 || status === 404) problem(res, 404, 'Not Found', 'No rocket of yours has this id');
      else problem(res, 502, 'Bad Gateway', `The Admin API answered ${status}`);
      return;
    }
    const view: RocketDetail = {
      id: data.id,
      name: data.name,
      model: data.model,
      capacity: data.capacity,
      range: data.range,
      status: data.status,
      photoUrl: data.photoUrl ?? '',
    };
    res.set('cache-control', 'private, no-store').json(view);
  });

  router.post(`${ROCKETS_VIEW_URL}/:id`, guard, async (req, res) => {
    const id = String(req.params['id']);
    const page = `/rockets/${encodeURIComponent(id)}/edit`;
    const range = field(req, 'range');
    const photoUrl = field(req, 'photoUrl');
    if (!isRange(range)) {
      res.redirect(303, pageUrl(page, { error: 'Choose the range the rocket can reach.' }));
      return;
    }
    const { admin } = createApiClients(config, requestIdOf(req), accessTokenOf(res));
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
      res.redirect(303, pageUrl(page, { error: problemMessage(response.status, error) }));
      return;
    }
    res.redirect(303, pageUrl('/rockets', { notice: 'rocket-saved' }));
  });

  router.post(`${ROCKETS_VIEW_URL}/:id/retire`, guard, async (req, res) => {
    const { admin } = createApiClients(config, requestIdOf(req), accessTokenOf(res));
    const { data, error, response } = await admin.POST('/rockets/{id}/retire', {
      params: { path: { id: String(req.params['id']) } },
    });
    if (!data) {
      res.redirect(303, pageUrl('/rockets', { error: problemMessage(response.status, error) }));
      return;
    }
    res.redirect(303, pageUrl('/rockets', { notice: 'rocket-retired' }));
  });
}
