import type { ServiceDefinition } from '../../platform/http/service-definition.js';
import { JobSchedulerModule } from './job-scheduler.module.js';

export const jobScheduler: ServiceDefinition<'job-scheduler'> = {
  name: 'job-scheduler',
  module: (config) => JobSchedulerModule.forRoot(config),
  port: (config) => config.ports.jobScheduler,
};
