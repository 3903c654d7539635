import { createAppConfig, provideFormWording } from '@astrobookings/ui';
import { routes } from './app.routes';

export const appConfig = createAppConfig(routes, [
  // A refusal's sentence for the whole form is the Admin API's own explanation; fields are worded by code.
  provideFormWording({
    errorLead: "That didn't work.",
    fields: {
      'above-capacity': "This is more than the rocket's seats.",
      'above-seats': 'This is more than the seats offered.',
      'below-sold': 'This is fewer than the seats already sold.',
      'seats-sold': 'Seats are sold: delay the launch instead of moving its date.',
      retired: 'This rocket is retired: choose an active one.',
    },
    notices: {
      created: 'The launch is scheduled and published in the public catalog.',
      'rocket-added': 'The rocket was added to your fleet.',
      'launch-saved': 'The launch was saved; the public catalog shows the change.',
      'rocket-saved': 'The rocket was saved.',
      'rocket-retired': 'The rocket was retired; it can no longer be used for new launches.',
      'profile-saved': 'Your profile was saved.',
      'now-scheduled': 'The launch is scheduled again.',
      'now-confirmed': 'The launch is confirmed. Booked customers are being notified.',
      'now-delayed': 'The launch is delayed to its new date. Booked customers are being notified.',
      'now-aborted': 'The launch was aborted; its bookings are cancelled and refunded in full.',
      'now-successful': 'The launch is marked successful.',
      'now-failed': 'The launch is marked failed.',
    },
  }),
]);
