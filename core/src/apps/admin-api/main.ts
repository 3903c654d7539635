import 'reflect-metadata';
import { runService } from '../../platform/http/run-service.js';
import { adminApi } from './admin-api.definition.js';

await runService(adminApi);
