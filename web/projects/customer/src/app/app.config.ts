import { createAppConfig, provideFormWording } from '@astrobookings/ui';
import { routes } from './app.routes';

export const appConfig = createAppConfig(routes, [
  // A refusal's sentence for the whole form is the Customer API's own; fields are worded by code.
  provideFormWording({
    errorLead: "That didn't work.",
    fields: { 'above-limit': 'This is more seats than you may book at once.' },
    notices: {
      'passengers-saved': 'Passenger names saved. You can pay now.',
      cancelled: 'Your booking is cancelled and its seats are released.',
    },
  }),
]);
