import { createAppConfig, provideFormWording, provideLanguages } from '@astrobookings/ui';
import { routes } from './app.routes';

export const appConfig = createAppConfig(routes, [
  provideLanguages(),
  // A refusal's sentence for the whole form is the Customer API's own; fields are worded by code.
  provideFormWording({
    errorLead: $localize`That didn't work.`,
    fields: { 'above-limit': $localize`This is more seats than you may book at once.` },
    notices: {
      'passengers-saved': $localize`Passenger names saved. You can pay now.`,
      cancelled: $localize`Your booking is cancelled and its seats are released.`,
    },
  }),
]);
