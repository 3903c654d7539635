/** Reflector keys written by the security decorators and read by the guard. */
export const IS_PUBLIC = 'security:public';
export const REQUIRED_ROLES = 'security:roles';
export const API_KEY_SCOPE = 'security:api-key-scope';

/** Names of the OpenAPI security schemes every API declares. */
export const BEARER_SCHEME = 'bearer';
export const API_KEY_SCHEME = 'api-key';
export const API_KEY_HEADER = 'x-api-key';
