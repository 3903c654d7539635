import 'reflect-metadata';
import { runService } from '../../platform/http/run-service.js';
import { jobScheduler } from './job-scheduler.definition.js';

await runService(jobScheduler);
