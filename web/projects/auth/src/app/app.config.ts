import { createAppConfig, provideFormWording, provideLanguages } from '@astrobookings/ui';
import { routes } from './app.routes';
import { ERRORS, FIELDS, NOTICES } from './forms/messages';

export const appConfig = createAppConfig(routes, [
  provideLanguages(),
  // The BFF hands the pages only codes, never an API's words: they could tell whether an account exists.
  provideFormWording({
    notices: NOTICES,
    fields: FIELDS,
    errorText: (code) => ERRORS[code] ?? ERRORS['unavailable'] ?? '',
  }),
]);
