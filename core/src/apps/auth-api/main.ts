import 'reflect-metadata';
import { runService } from '../../platform/http/run-service.js';
import { authApi } from './auth-api.definition.js';

await runService(authApi);
