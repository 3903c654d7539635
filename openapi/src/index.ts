import type { Client } from 'openapi-fetch';
import { createApiClient, type ApiClientOptions } from './create-api-client.js';
import * as AdminApi from './generated/admin-api.js';
import * as AuthApi from './generated/auth-api.js';
import * as CoreApi from './generated/core-api.js';
import * as CustomerApi from './generated/customer-api.js';

/** Each API's schema types, and its enums' values as arrays (e.g. `AdminApi.adminLaunchDtoStatusValues`). */
export { AdminApi, AuthApi, CoreApi, CustomerApi };
export type { ApiClientOptions } from './create-api-client.js';
export { ServiceUnavailableError } from './service-unavailable-error.js';
export type { AccessTokenSource } from './access-token.middleware.js';
export type { RequestIdSource } from './request-id.middleware.js';

export type AuthApiClient = Client<AuthApi.paths>;
export type CustomerApiClient = Client<CustomerApi.paths>;
export type AdminApiClient = Client<AdminApi.paths>;
export type CoreApiClient = Client<CoreApi.paths>;

export const createAuthApiClient = (options: ApiClientOptions): AuthApiClient =>
  createApiClient<AuthApi.paths>('Auth API', options);
export const createCustomerApiClient = (options: ApiClientOptions): CustomerApiClient =>
  createApiClient<CustomerApi.paths>('Customer API', options);
export const createAdminApiClient = (options: ApiClientOptions): AdminApiClient =>
  createApiClient<AdminApi.paths>('Admin API', options);
export const createCoreApiClient = (options: ApiClientOptions): CoreApiClient =>
  createApiClient<CoreApi.paths>('Core API', options);
