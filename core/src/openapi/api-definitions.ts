import { adminApi } from '../apps/admin-api/admin-api.definition.js';
import { authApi } from '../apps/auth-api/auth-api.definition.js';
import { coreApi } from '../apps/core-api/core-api.definition.js';
import { customerApi } from '../apps/customer-api/customer-api.definition.js';

/** Every service that publishes an OpenAPI document (the Job Scheduler has no API). */
export const API_DEFINITIONS = [authApi, customerApi, adminApi, coreApi];
