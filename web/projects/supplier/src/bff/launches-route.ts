import {
  accessTokenOf,
  createApiClients,
  problem,
  requestIdOf,
  requirePortalRole,
  sessionOf,
  type BffConfig,
} from '@astrobookings/bff';
import { AdminApi } from '@astrobookings/openapi';
import type { Request, Response, Router } from 'express';
import { Readable } from 'node:stream';
import type { LaunchDetailView } from '../app/launches/launch-detail-view';
import { LAUNCHES_VIEW_URL, type LaunchesView, type LaunchRow } from '../app/launches/launches-view';
import { field, numberField, pageUrl, problemMessage, queryParam, utcDateField } from './form';

type AdminLaunch = AdminApi.components['schemas']['AdminLaunchDto'];
type LaunchStatus = AdminLaunch['status'];

/** Every status the Admin API knows, in lifecycle order, from its own contract. */
const STATUSES: readonly LaunchStatus[] = AdminApi.adminLaunchDtoStatusValues;

const DAY = /^\d{4}-\d{2}-\d{2}$/;

function isStatus(value: string | undefined): value is LaunchStatus {
  return STATUSES.some((status) => status === value);
}

function toRow(launch: AdminLaunch): LaunchRow {
  return {
    id: launch.id,
    missionName: launch.missionName,
    rocketName: launch.rocketName,
    destination: launch.destination,
    scheduledAt: launch.scheduledAt,
    status: launch.status,
    seatsTotal: launch.seatsTotal,
    seatsSold: launch.seatsSold,
    minimumOccupancy: launch.minimumOccupancy,
    occupancyRate: launch.occupancyRate,
    viable: launch.viable,
  };
}

function clientsFor(req: Request, res: Response, config: BffConfig) {
  return createApiClients(config, requestIdOf(req), accessTokenOf(res)).admin;
}

/**
 * The supplier's launches: the dashboard's list (filtered and sorted by the Admin API), one launch with
 * its history, bookings and manifest, the manifest as a CSV download, and the create, edit and
 * status-change forms (plain HTML POSTs that answer with a redirect, carrying the API's problem as a
 * message).
 */
export function launchesRoute(router: Router, config: BffConfig): void {
  const guard = requirePortalRole(config.app);

  router.get(LAUNCHES_VIEW_URL, guard, async (req, res) => {
    const status = queryParam(req, 'status');
    const from = queryParam(req, 'from');
    const to = queryParam(req, 'to');
    const { data, response } = await clientsFor(req, res, config).GET('/launches', {
      params: {
        query: {
          ...(isStatus(status) ? { status } : {}),
          ...(from && DAY.test(from) ? { from: `${from}T00:00:00.000Z` } : {}),
          ...(to && DAY.test(to) ? { to: `${to}T23:59:59.999Z` } : {}),
          sort: queryParam(req, 'sort') === 'occupancy' ? 'occupancy' : 'scheduledAt',
        },
      },
    });
    if (!data) {
      problem(res, 502, 'Bad Gateway', `The Admin API answered ${response.status}`);
      return;
    }
    const view: LaunchesView = { launches: data.items.map(toRow), statuses: STATUSES };
    res.set('cache-control', 'private, no-store').json(view);
  });

  router.get(`${LAUNCHES_VIEW_URL}/:id`, guard, async (req, res) => {
    const admin = clientsFor(req, res, config);
    const path = { id: String(req.params['id']) };
    const [launch, history, bookings, manifest] = await Promise.all([
      admin.GET('/launches/{id}', { params: { path } }),
      admin.GET('/launches/{id}/history', { params: { path } }),
      admin.GET('/launches/{id}/bookings', { params: { path } }),
      admin.GET('/launches/{id}/manifest', { params: { path } }),
    ]);
    if (!launch.data) {
      const status = launch.response.status;
      if (status === 400 || status === 404) problem(res, 404, 'Not Found', 'No launch of yours has this id');
      else problem(res, 502, 'Bad Gateway', `The Admin API answered ${status}`);
      return;
    }
    if (!history.data || !bookings.data || !manifest.data) {
      problem(res, 502, 'Bad Gateway', 'The Admin API did not answer with the launch details');
      return;
    }
    const me = sessionOf(res)?.user;
    const view: LaunchDetailView = {
      launch: {
        ...toRow(launch.data),
        description: launch.data.description,
        launchSite: launch.data.launchSite,
        pricePerSeat: launch.data.pricePerSeat,
        currency: launch.data.currency,
        seatsAvailable: launch.data.seatsAvailable,
        editable: launch.data.editable,
      },
      history: history.data.items.map((change) => ({
        from: change.from,
        to: change.to,
        reason: change.reason,
        scheduledAt: change.scheduledAt,
        actor: me && change.actorId === me.id ? `${me.name} (you)` : change.actorId,
        at: change.at,
      })),
      bookings: bookings.data.items.map((booking) => ({
        id: booking.id,
        customerEmail: booking.customerEmail,
        seats: booking.seats,
        status: booking.status,
        amount: booking.amount,
        currency: booking.currency,
        createdAt: booking.createdAt,
      })),
      manifest: manifest.data.passengers.map((passenger) => ({
        seat: passenger.seat,
        fullName: passenger.fullName,
        customerEmail: passenger.customerEmail,
      })),
      nextStatuses: launch.data.nextStatuses,
    };
    res.set('cache-control', 'private, no-store').json(view);
  });

  router.get(`${LAUNCHES_VIEW_URL}/:id/manifest.csv`, guard, async (req, res) => {
    const { data, response } = await clientsFor(req, res, config).GET('/launches/{id}/manifest.csv', {
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
    const { data, error, response } = await clientsFor(req, res, config).POST('/launches', {
      body: {
        rocketId: field(req, 'rocketId'),
        missionName: field(req, 'missionName'),
        description: field(req, 'description'),
        launchSite: field(req, 'launchSite'),
        destination: field(req, 'destination'),
        scheduledAt: utcDateField(req, 'scheduledAt') ?? field(req, 'scheduledAt'),
        pricePerSeat: numberField(req, 'pricePerSeat') ?? 0,
        currency: field(req, 'currency').toUpperCase(),
        ...(seatsTotal === undefined ? {} : { seatsTotal }),
        minimumOccupancy: numberField(req, 'minimumOccupancy') ?? 0,
      },
    });
    if (!data) {
      res.redirect(303, pageUrl('/launches/new', { error: problemMessage(response.status, error) }));
      return;
    }
    res.redirect(303, pageUrl(`/launches/${data.id}`, { notice: 'created' }));
  });

  router.post(`${LAUNCHES_VIEW_URL}/:id`, guard, async (req, res) => {
    const id = String(req.params['id']);
    const page = `/launches/${encodeURIComponent(id)}`;
    const seatsTotal = numberField(req, 'seatsTotal');
    const minimumOccupancy = numberField(req, 'minimumOccupancy');
    const pricePerSeat = numberField(req, 'pricePerSeat');
    // Only a date the supplier changed is sent: the form shows it to the minute, so resending it could move
    // the launch by seconds, which the API refuses once seats are sold.
    const scheduledAt = field(req, 'scheduledAt');
    const dateChanged = scheduledAt !== field(req, 'previousScheduledAt');
    const { data, error, response } = await clientsFor(req, res, config).PATCH('/launches/{id}', {
      params: { path: { id } },
      body: {
        missionName: field(req, 'missionName'),
        description: field(req, 'description'),
        launchSite: field(req, 'launchSite'),
        destination: field(req, 'destination'),
        ...(dateChanged ? { scheduledAt: utcDateField(req, 'scheduledAt') ?? scheduledAt } : {}),
        ...(pricePerSeat === undefined ? {} : { pricePerSeat }),
        currency: field(req, 'currency').toUpperCase(),
        ...(seatsTotal === undefined ? {} : { seatsTotal }),
        ...(minimumOccupancy === undefined ? {} : { minimumOccupancy }),
      },
    });
    if (!data) {
      res.redirect(303, pageUrl(`${page}/edit`, { error: problemMessage(response.status, error) }));
      return;
    }
    res.redirect(303, pageUrl(page, { notice: 'launch-saved' }));
  });

  router.post(`${LAUNCHES_VIEW_URL}/:id/transitions`, guard, async (req, res) => {
    const id = String(req.params['id']);
    const to = field(req, 'to');
    const reason = field(req, 'reason');
    const newScheduledAt = utcDateField(req, 'newScheduledAt');
    const page = `/launches/${encodeURIComponent(id)}`;
    if (!isStatus(to)) {
      res.redirect(303, pageUrl(page, { error: 'Choose the status the launch moves to.' }));
      return;
    }
    const { data, error, response } = await clientsFor(req, res, config).POST('/launches/{id}/transitions', {
      params: { path: { id } },
      body: { to, ...(reason ? { reason } : {}), ...(newScheduledAt ? { newScheduledAt } : {}) },
    });
    if (!data) {
      res.redirect(303, pageUrl(page, { error: problemMessage(response.status, error) }));
      return;
    }
    res.redirect(303, pageUrl(page, { notice: `now-${to}` }));
  });
}
