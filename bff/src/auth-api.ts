import type { AuthApi } from '@astrobookings/openapi';

/** What the Auth API answers to sign-in, code exchange and refresh. */
export type TokenPair = AuthApi.components['schemas']['TokenPairDto'];
