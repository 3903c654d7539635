import 'reflect-metadata';
import { runService } from '../../platform/http/run-service.js';
import { customerApi } from './customer-api.definition.js';

await runService(customerApi);
