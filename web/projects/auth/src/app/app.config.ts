import { createAppConfig, provideFormWording } from '@astrobookings/ui';
import { routes } from './app.routes';
import { ERRORS, NOTICES } from './forms/messages';

export const appConfig = createAppConfig(routes, [
  // The BFF puts only codes in the URL, never an API's words: they could tell whether an account exists.
  provideFormWording({ notices: NOTICES, errorText: (code) => ERRORS[code] ?? ERRORS['unavailable'] ?? '' }),
]);
