import {
  accessTokenOf,
  apiData,
  createApiClients,
  field,
  formRefusal,
  pageUrl,
  refuseForm,
  requireRole,
  RouteProblem,
  sessionOf,
  viewRoute,
  type BffConfig,
} from '@astrobookings/bff';
import type { Request, Response, Router } from 'express';
import { randomUUID } from 'node:crypto';
import {
  BOOKINGS_VIEW_URL,
  SIGNED_IN_PAGES,
  type BookFormView,
  type BookingPageView,
  type TripsView,
} from '../app/bookings/booking-view';
import { isLaunchId } from '../app/launches/catalog-view';
import { toBookFormView, toBookingView } from './booking-views';
import { CUSTOMER_WORDING } from './customer-wording';
import { passengerField, passengerNames } from './passenger-names';
import { toReceiptView } from './receipt-views';

/** The Customer API's accepted Idempotency-Key shape (a UUID fits). */
const IDEMPOTENCY_KEY = /^[\w.:-]{8,128}$/;
/** Route of one booking (the view-URL helpers encode their argument, so they cannot build it). */
const BOOKING_ROUTE = `${BOOKINGS_VIEW_URL}/:id`;

function customerApi(req: Request, res: Response, config: BffConfig) {
  return createApiClients(config, req, accessTokenOf(res)).customer;
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

  viewRoute(
    router,
    config,
    `${BOOKINGS_VIEW_URL}/new/:launchId`,
    { guard },
    async ({ req, api }): Promise<BookFormView> => {
      const launchId = String(req.params['launchId']);
      if (!isLaunchId(launchId)) throw RouteProblem.notFound('No launch has this id');
      const [launch, bookings] = await Promise.all([
        api.customer.GET('/launches/{id}', { params: { path: { id: launchId } } }),
        api.customer.GET('/bookings'),
      ]);
      if (launch.response.status === 404) throw RouteProblem.notFound('No launch has this id');
      return toBookFormView(apiData(launch, 'Customer API'), apiData(bookings, 'Customer API'), randomUUID());
    },
  );

  viewRoute(router, config, BOOKINGS_VIEW_URL, { guard }, async ({ api }): Promise<TripsView> => {
    const bookings = apiData(await api.customer.GET('/bookings'), 'Customer API');
    return {
      upcoming: bookings.upcoming.map(toBookingView),
      past: bookings.past.map(toBookingView),
      cancelled: bookings.cancelled.map(toBookingView),
    };
  });

  viewRoute(router, config, BOOKING_ROUTE, { guard }, async ({ req, api }): Promise<BookingPageView> => {
    const id = String(req.params['id']);
    if (!isLaunchId(id)) throw RouteProblem.notFound('No booking has this id');
    const params = { params: { path: { id } } };
    const [booking, receipts] = await Promise.all([
      api.customer.GET('/bookings/{id}', params),
      api.customer.GET('/bookings/{id}/receipts', params),
    ]);
    if (booking.response.status === 404) throw RouteProblem.notFound('No booking of yours has this id');
    return {
      ...toBookingView(apiData(booking, 'Customer API')),
      receipts: apiData(receipts, 'Customer API').items.map(toReceiptView),
    };
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
      refuseForm(req, res, config, formPage, {
        fields: [{ field: 'seats', code: 'required', message: 'Choose how many seats to book.' }],
      });
      return;
    }
    if (!IDEMPOTENCY_KEY.test(idempotencyKey)) {
      refuseForm(req, res, config, formPage, {
        fields: [],
        message: 'The form had expired. Please choose your seats again.',
      });
      return;
    }
    const { data, error, response } = await customerApi(req, res, config).POST('/bookings', {
      params: { header: { 'Idempotency-Key': idempotencyKey } },
      body: { launchId, seats },
    });
    if (!data) {
      refuseForm(req, res, config, formPage, formRefusal(response.status, error, CUSTOMER_WORDING));
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
    const passengers = passengerNames(req.body).map((fullName) => ({ fullName }));
    const { data, error, response } = await customerApi(req, res, config).PUT('/bookings/{id}/passengers', {
      params: { path: { id } },
      body: { passengers },
    });
    const page = `/bookings/${id}`;
    if (!data) {
      const refusal = formRefusal(response.status, error, CUSTOMER_WORDING);
      refuseForm(req, res, config, page, {
        ...refusal,
        fields: refusal.fields.map((problem) => ({ ...problem, field: passengerField(problem.field) })),
      });
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
      refuseForm(req, res, config, `/bookings/${id}`, formRefusal(response.status, error, CUSTOMER_WORDING));
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
      refuseForm(req, res, config, page, formRefusal(response.status, error, CUSTOMER_WORDING));
      return;
    }
    res.redirect(303, pageUrl(page, { notice: 'cancelled' }));
  });
}
