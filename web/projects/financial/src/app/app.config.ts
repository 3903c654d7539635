import { createAppConfig, provideFormWording, provideLanguages } from '@astrobookings/ui';
import { INVOICE_FIELD_WORDS, INVOICE_NOTICES } from './invoices/invoice-wording';
import { routes } from './app.routes';

export const appConfig = createAppConfig(routes, [
  provideLanguages(),
  provideFormWording({
    errorLead: $localize`That didn't work.`,
    fields: { ...INVOICE_FIELD_WORDS },
    notices: { ...INVOICE_NOTICES },
  }),
]);
