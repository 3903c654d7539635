import { createServerConfig } from '@astrobookings/ui';
import { appConfig } from './app.config';

export const serverConfig = createServerConfig(appConfig);
