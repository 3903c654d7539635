import { createAppConfig, provideLanguages } from '@astrobookings/ui';
import { routes } from './app.routes';

export const appConfig = createAppConfig(routes, [provideLanguages()]);
