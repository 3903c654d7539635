import 'reflect-metadata';
import { runService } from '../../platform/http/run-service.js';
import { coreApi } from './core-api.definition.js';

await runService(coreApi);
