import {
  accessTokenOf,
  apiData,
  createApiClients,
  field,
  formRefusal,
  numberField,
  pageUrl,
  problem,
  queryParam,
  readMoney,
  refuseForm,
  requirePortalRole,
  RouteProblem,
  sessionOf,
  siteDateField,
  viewRoute,
  type BffConfig,
  type FormRefusal,
  type MoneyProblem,
  type ViewRequest,
} from '@astrobookings/bff';
import type { Request, Response, Router } from 'express';
import { Readable } from 'node:stream';
import { LAUNCHES_VIEW_URL, type LaunchesView } from '../app/launches/launches-view';
import { toLaunchDetailView, toLaunchRow } from './launch-views';
import { isLaunchStatus, LAUNCH_STATUS_VALUES, toLaunchesQuery } from './launches-query';
import { SUPPLIER_WORDING } from './supplier-wording';

function adminOf(req: Request, res: Response, config: BffConfig) {
  return createApiClients(config, req, accessTokenOf(res)).admin;
}

async function launchDetail({ req, res, api }: ViewRequest) {
  const path = { id: String(req.params['id']) };
  const [launch, history, bookings, manifest] = await Promise.all([
    api.admin.GET('/launches/{id}', { params: { path } }),
    api.admin.GET('/launches/{id}/history', { params: { path } }),
    api.admin.GET('/launches/{id}/bookings', { params: { path } }),
    api.admin.GET('/launches/{id}/manifest', { params: { path } }),
  ]);
  const status = launch.response.status;
  if (status === 400 || status === 404) throw RouteProblem.notFound('No launch of yours has this id');
  return toLaunchDetailView(
    {
      launch: apiData(launch, 'Admin API'),
      history: apiData(history, 'Admin API').items,
      bookings: apiData(bookings, 'Admin API').items,
      passengers: apiData(manifest, 'Admin API').passengers,
    },
    sessionOf(res)?.user,
  );
}

const PRICE_SENTENCES: Record<MoneyProblem, string> = {
  required: 'Enter the price of one seat.',
  format: 'Enter the price as a number, such as 19.99, without thousands separators.',
  'too-many-decimals': 'The price has more decimals than its currency.',
  max: 'The price is too high.',
};

/** A typed price the BFF could not read as minor units of its currency; the API is not asked. */
function priceRefusal(problem: MoneyProblem): FormRefusal {
  return { fields: [{ field: 'pricePerSeat', code: problem, message: PRICE_SENTENCES[problem] }] };
}

/** The API's refusal of a launch form, its price problem shown at the price the supplier typed. */
function launchFormRefusal(status: number, error: unknown): FormRefusal {
  const refusal = formRefusal(status, error, SUPPLIER_WORDING);
  return {
    ...refusal,
    fields: refusal.fields.map((problem) =>
      problem.field === 'pricePerSeatMinor' ? { ...problem, field: 'pricePerSeat' } : problem,
    ),
  };
}

/**
 * The supplier's launches: the dashboard's list (filtered and sorted by the Admin API), one launch with
 * its history, bookings and manifest, the manifest as a CSV download, and the create, edit and
 * status-change forms (plain HTML POSTs that answer with a redirect; a refusal goes back to the form with
 * the supplier's values and the API's problem, see `refuseForm`).
 */
export function launchesRoute(router: Router, config: BffConfig): void {
  const guard = requirePortalRole(config.app);

  viewRoute(router, config, LAUNCHES_VIEW_URL, { guard }, async ({ req, api }): Promise<LaunchesView> => {
    const query = toLaunchesQuery({
      status: queryParam(req, 'status'),
      from: queryParam(req, 'from'),
      to: queryParam(req, 'to'),
      sort: queryParam(req, 'sort'),
    });
    const launches = apiData(await api.admin.GET('/launches', { params: { query } }), 'Admin API');
    return { launches: launches.items.map(toLaunchRow), statuses: LAUNCH_STATUS_VALUES };
  });

  viewRoute(router, config, `${LAUNCHES_VIEW_URL}/:id`, { guard }, launchDetail);

  router.get(`${LAUNCHES_VIEW_URL}/:id/manifest.csv`, guard, async (req, res) => {
    const { data, response } = await adminOf(req, res, config).GET('/launches/{id}/manifest.csv', {
      params: { path: { id: String(req.params['id']) } },
      parseAs: 'stream',
    });
    if (!data) {
      problem(
        res,
        response.status === 404 ? 404 : 502,
        'Manifest unavailable',
        `The Admin API answered ${response.status}`,
      );
      return;
    }
    res.status(200).set({
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': `attachment; filename="manifest-${String(req.params['id'])}.csv"`,
      'cache-control': 'private, no-store',
    });
    Readable.fromWeb(data as import('node:stream/web').ReadableStream).pipe(res);
  });

  router.post(LAUNCHES_VIEW_URL, guard, async (req, res) => {
    const seatsTotal = numberField(req, 'seatsTotal');
    const price = readMoney(field(req, 'pricePerSeat'), field(req, 'currency').toUpperCase());
    if ('problem' in price) {
      refuseForm(req, res, config, '/launches/new', priceRefusal(price.problem));
      return;
    }
    const { data, error, response } = await adminOf(req, res, config).POST('/launches', {
      body: {
        rocketId: field(req, 'rocketId'),
        missionName: field(req, 'missionName'),
        description: field(req, 'description'),
        launchSite: field(req, 'launchSite'),
        siteTimeZone: field(req, 'siteTimeZone'),
        destination: field(req, 'destination'),
        scheduledAt:
          siteDateField(req, 'scheduledAt', field(req, 'siteTimeZone')) ?? field(req, 'scheduledAt'),
        pricePerSeatMinor: price.minor,
        currency: field(req, 'currency').toUpperCase(),
        ...(seatsTotal === undefined ? {} : { seatsTotal }),
        minimumOccupancy: numberField(req, 'minimumOccupancy') ?? 0,
      },
    });
    if (!data) {
      refuseForm(req, res, config, '/launches/new', launchFormRefusal(response.status, error));
      return;
    }
    res.redirect(303, pageUrl(`/launches/${data.id}`, { notice: 'created' }));
  });

  router.post(`${LAUNCHES_VIEW_URL}/:id`, guard, async (req, res) => {
    const id = String(req.params['id']);
    const page = `/launches/${encodeURIComponent(id)}`;
    const seatsTotal = numberField(req, 'seatsTotal');
    const minimumOccupancy = numberField(req, 'minimumOccupancy');
    const price = readMoney(field(req, 'pricePerSeat'), field(req, 'currency').toUpperCase());
    if ('problem' in price) {
      refuseForm(req, res, config, `${page}/edit`, priceRefusal(price.problem));
      return;
    }
    // Only a date the supplier changed is sent: the form shows it to the minute, so resending it could move
    // the launch by seconds, which the API refuses once seats are sold. The same wall time in another zone is
    // another instant, so a new zone counts as a new date.
    const scheduledAt = field(req, 'scheduledAt');
    const siteTimeZone = field(req, 'siteTimeZone');
    const dateChanged =
      scheduledAt !== field(req, 'previousScheduledAt') ||
      siteTimeZone !== field(req, 'previousSiteTimeZone');
    const { data, error, response } = await adminOf(req, res, config).PATCH('/launches/{id}', {
      params: { path: { id } },
      body: {
        missionName: field(req, 'missionName'),
        description: field(req, 'description'),
        launchSite: field(req, 'launchSite'),
        siteTimeZone,
        destination: field(req, 'destination'),
        ...(dateChanged
          ? { scheduledAt: siteDateField(req, 'scheduledAt', siteTimeZone) ?? scheduledAt }
          : {}),
        pricePerSeatMinor: price.minor,
        currency: field(req, 'currency').toUpperCase(),
        ...(seatsTotal === undefined ? {} : { seatsTotal }),
        ...(minimumOccupancy === undefined ? {} : { minimumOccupancy }),
      },
    });
    if (!data) {
      refuseForm(req, res, config, `${page}/edit`, launchFormRefusal(response.status, error));
      return;
    }
    res.redirect(303, pageUrl(page, { notice: 'launch-saved' }));
  });

  router.post(`${LAUNCHES_VIEW_URL}/:id/transitions`, guard, async (req, res) => {
    const id = String(req.params['id']);
    const to = field(req, 'to');
    const reason = field(req, 'reason');
    // The form states the zone the launch site keeps, in which the new date was typed.
    const newScheduledAt = siteDateField(req, 'newScheduledAt', field(req, 'siteTimeZone'));
    const page = `/launches/${encodeURIComponent(id)}`;
    if (!isLaunchStatus(to)) {
      refuseForm(req, res, config, page, {
        fields: [{ field: 'to', code: 'required', message: 'Choose the status the launch moves to.' }],
      });
      return;
    }
    const { data, error, response } = await adminOf(req, res, config).POST('/launches/{id}/transitions', {
      params: { path: { id } },
      body: { to, ...(reason ? { reason } : {}), ...(newScheduledAt ? { newScheduledAt } : {}) },
    });
    if (!data) {
      refuseForm(req, res, config, page, formRefusal(response.status, error, SUPPLIER_WORDING));
      return;
    }
    res.redirect(303, pageUrl(page, { notice: `now-${to}` }));
  });
}
