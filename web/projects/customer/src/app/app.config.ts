import { createAppConfig, provideFormWording } from '@astrobookings/ui';
import { routes } from './app.routes';

export const appConfig = createAppConfig(routes, [
  // Booking errors are the Customer API's own sentences, put in the URL by the BFF.
  provideFormWording({
    errorLead: "That didn't work.",
    notices: {
      'passengers-saved': 'Passenger names saved. You can pay now.',
      cancelled: 'Your booking is cancelled and its seats are released.',
    },
  }),
]);
