import { createAppConfig, provideFormWording, provideLanguages } from '@astrobookings/ui';
import { routes } from './app.routes';

export const appConfig = createAppConfig(routes, [
  provideLanguages(),
  // A refusal's sentence for the whole form is the Admin API's own explanation; fields are worded by code.
  provideFormWording({
    errorLead: $localize`That didn't work.`,
    fields: {
      'above-capacity': $localize`This is more than the rocket's seats.`,
      'above-seats': $localize`This is more than the seats offered.`,
      'below-sold': $localize`This is fewer than the seats already sold.`,
      'seats-sold': $localize`Seats are sold: delay the launch instead of moving its date.`,
      retired: $localize`This rocket is retired: choose an active one.`,
    },
    notices: {
      created: $localize`The launch is scheduled and published in the public catalog.`,
      'rocket-added': $localize`The rocket was added to your fleet.`,
      'launch-saved': $localize`The launch was saved; the public catalog shows the change.`,
      'rocket-saved': $localize`The rocket was saved.`,
      'rocket-retired': $localize`The rocket was retired; it can no longer be used for new launches.`,
      'profile-saved': $localize`Your profile was saved.`,
      'now-scheduled': $localize`The launch is scheduled again.`,
      'now-confirmed': $localize`The launch is confirmed. Booked customers are being notified.`,
      'now-delayed': $localize`The launch is delayed to its new date. Booked customers are being notified.`,
      'now-aborted': $localize`The launch was aborted; its bookings are cancelled and refunded in full.`,
      'now-successful': $localize`The launch is marked successful.`,
      'now-failed': $localize`The launch is marked failed.`,
    },
  }),
]);
