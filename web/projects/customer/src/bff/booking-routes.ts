import {
  accessTokenOf,
  createApiClients,
  problem,
  requestIdOf,
  requireRole,
  sessionOf,
  type BffConfig,
} from '@astrobookings/bff';
import type { CustomerApi } from '@astrobookings/openapi';
import type { Request, Response, Router } from 'express';
import { randomUUID } from 'node:crypto';
import {
  BOOKINGS_VIEW_URL,
  SIGNED_IN_PAGES,
  type BookFormView,
  type BookingView,
  type TripsView,
} from '../app/bookings/booking-view';
import { isLaunchId } from '../app/launches/catalog-view';
import { field, pageUrl, problemMessage } from './form';

type Booking = CustomerApi.components['schemas']['BookingDto'];

/** The Customer API's accepted Idempotency-Key shape (a UUID fits). */
const IDEMPOTENCY_KEY = /^[\w.:-]{8,128}$/;
/** Route of one booking (the view-URL helpers encode their argument, so they cannot build it). */
const BOOKING_ROUTE = `${BOOKINGS_VIEW_URL}/:id`;
const PASSENGER_FIELD = /^passenger-(\d{1,2})$/;

function customerApi(req: Request, res: Response, config: BffConfig) {
  return createApiClients(config, requestIdOf(req), accessTokenOf(res)).customer;
}

function toView(booking: Booking): BookingView {
  return {
    id: booking.id,
    launchId: booking.launchId,
    missionName: booking.missionName,
    scheduledAt: booking.scheduledAt,
    launchStatus: booking.launchStatus,
    seats: booking.seats,
    status: booking.status,
    holdExpiresAt: booking.holdExpiresAt,
    amount: booking.amount,
    currency: booking.currency,
    ...(booking.refundAmount === undefined ? {} : { refundAmount: booking.refundAmount }),
    passengers: booking.passengers.map(({ seatNumber, fullName }) => ({ seatNumber, fullName })),
    refundPolicy: booking.refundPolicy,
    createdAt: booking.createdAt,
  };
}

/** The passenger names of a posted form (`passenger-1`, `passenger-2`, …) in seat order. */
function passengerNames(req: Request): string[] {
  return Object.keys((req.body as Record<string, unknown> | undefined) ?? {})
    .map((name) => PASSENGER_FIELD.exec(name))
    .filter((match): match is RegExpExecArray => match !== null)
    .sort((a, b) => Number(a[1]) - Number(b[1]))
    .map((match) => field(req, match[0]));
}

/**
 * The customer's bookings: the booking form's and pages' view models, and the forms that change a
 * booking (hold seats, name passengers, pay, cancel). The forms are plain HTML posts answered with a
 * 303 redirect to the page that shows the outcome, carrying the Customer API's problem as a message, so
 * every step works without JavaScript and a reload never posts twice. Calls carry the user's token.
 */
export function bookingRoutes(router: Router, config: BffConfig): void {
  const guard = requireRole('customer');

  // Booking pages are personal: whoever is not signed in goes to sign in first, and comes back here.
  router.get(SIGNED_IN_PAGES, (req, res, next) => {
    if (sessionOf(res)) {
      next();
      return;
    }
    res
      .set('cache-control', 'no-store')
      .redirect(303, `/bff/auth/sign-in?returnTo=${encodeURIComponent(req.originalUrl)}`);
  });

  router.get(`${BOOKINGS_VIEW_URL}/new/:launchId`, guard, async (req, res) => {
    const launchId = String(req.params['launchId']);
    if (!isLaunchId(launchId)) {
      problem(res, 404, 'Not Found', 'No launch has this id');
      return;
    }
    const api = customerApi(req, res, config);
    const [launch, trips] = await Promise.all([
      api.GET('/launches/{id}', { params: { path: { id: launchId } } }),
      api.GET('/bookings'),
    ]);
    if (launch.response.status === 404) {
      problem(res, 404, 'Not Found', 'No launch has this id');
      return;
    }
    if (!launch.data || !trips.data) {
      problem(res, 502, 'Bad Gateway', 'The Customer API did not answer');
      return;
    }
    const { data } = launch;
    const view: BookFormView = {
      launch: {
        id: data.id,
        missionName: data.missionName,
        supplierName: data.supplierName,
        rocketName: data.rocketName,
        destination: data.destination,
        launchSite: data.launchSite,
        scheduledAt: data.scheduledAt,
        pricePerSeat: data.pricePerSeat,
        currency: data.currency,
        seatsAvailable: data.seatsAvailable,
        seatsTotal: data.seatsTotal,
        description: data.description,
        status: data.status,
      },
      vip: trips.data.vip,
      maxSeats: Math.max(1, Math.min(trips.data.maxSeatsPerBooking, data.seatsAvailable)),
      seatLimits: { standard: trips.data.seatLimits.standard, vip: trips.data.seatLimits.vip },
      idempotencyKey: randomUUID(),
    };
    res.set('cache-control', 'private, no-store').json(view);
  });

  router.get(BOOKINGS_VIEW_URL, guard, async (req, res) => {
    const { data, response } = await customerApi(req, res, config).GET('/bookings');
    if (!data) {
      problem(res, 502, 'Bad Gateway', `The Customer API answered ${response.status}`);
      return;
    }
    const view: TripsView = {
      upcoming: data.upcoming.map(toView),
      past: data.past.map(toView),
      cancelled: data.cancelled.map(toView),
    };
    res.set('cache-control', 'private, no-store').json(view);
  });

  router.get(BOOKING_ROUTE, guard, async (req, res) => {
    const id = String(req.params['id']);
    if (!isLaunchId(id)) {
      problem(res, 404, 'Not Found', 'No booking has this id');
      return;
    }
    const { data, response } = await customerApi(req, res, config).GET('/bookings/{id}', {
      params: { path: { id } },
    });
    if (response.status === 404) {
      problem(res, 404, 'Not Found', 'No booking of yours has this id');
      return;
    }
    if (!data) {
      problem(res, 502, 'Bad Gateway', `The Customer API answered ${response.status}`);
      return;
    }
    res.set('cache-control', 'private, no-store').json(toView(data));
  });

  router.post(BOOKINGS_VIEW_URL, guard, async (req, res) => {
    const launchId = field(req, 'launchId');
    const seats = Number(field(req, 'seats'));
    const idempotencyKey = field(req, 'idempotencyKey');
    if (!isLaunchId(launchId)) {
      res.redirect(303, '/launches');
      return;
    }
    const formPage = `/launches/${launchId}/book`;
    if (!Number.isInteger(seats) || seats < 1) {
      res.redirect(303, pageUrl(formPage, { error: 'Choose how many seats to book.' }));
      return;
    }
    if (!IDEMPOTENCY_KEY.test(idempotencyKey)) {
      res.redirect(
        303,
        pageUrl(formPage, { error: 'The form had expired. Please choose your seats again.' }),
      );
      return;
    }
    const { data, error, response } = await customerApi(req, res, config).POST('/bookings', {
      params: { header: { 'Idempotency-Key': idempotencyKey } },
      body: { launchId, seats },
    });
    if (!data) {
      res.redirect(303, pageUrl(formPage, { error: problemMessage(response.status, error) }));
      return;
    }
    res.redirect(303, `/bookings/${data.id}`);
  });

  router.post(`${BOOKING_ROUTE}/passengers`, guard, async (req, res) => {
    const id = String(req.params['id']);
    if (!isLaunchId(id)) {
      res.redirect(303, '/bookings');
      return;
    }
    const passengers = passengerNames(req).map((fullName) => ({ fullName }));
    const { data, error, response } = await customerApi(req, res, config).PUT('/bookings/{id}/passengers', {
      params: { path: { id } },
      body: { passengers },
    });
    const page = `/bookings/${id}`;
    if (!data) {
      res.redirect(303, pageUrl(page, { error: problemMessage(response.status, error) }));
      return;
    }
    res.redirect(303, pageUrl(page, { notice: 'passengers-saved' }));
  });

  router.post(`${BOOKING_ROUTE}/checkout`, guard, async (req, res) => {
    const id = String(req.params['id']);
    if (!isLaunchId(id)) {
      res.redirect(303, '/bookings');
      return;
    }
    const { data, error, response } = await customerApi(req, res, config).POST('/bookings/{id}/checkout', {
      params: { path: { id } },
    });
    if (!data) {
      res.redirect(303, pageUrl(`/bookings/${id}`, { error: problemMessage(response.status, error) }));
      return;
    }
    // Off to the payment provider's page, which sends the browser back to `/bookings/:id?paid=1`.
    res.redirect(303, data.checkoutUrl);
  });

  router.post(`${BOOKING_ROUTE}/cancel`, guard, async (req, res) => {
    const id = String(req.params['id']);
    if (!isLaunchId(id)) {
      res.redirect(303, '/bookings');
      return;
    }
    const { data, error, response } = await customerApi(req, res, config).POST('/bookings/{id}/cancel', {
      params: { path: { id } },
    });
    const page = `/bookings/${id}`;
    if (!data) {
      res.redirect(303, pageUrl(page, { error: problemMessage(response.status, error) }));
      return;
    }
    res.redirect(303, pageUrl(page, { notice: 'cancelled' }));
  });
}
