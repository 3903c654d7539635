/** Issuer and audience of every access token; verifiers reject tokens with any other. */
export const TOKEN_ISSUER = 'astrobookings-auth';
export const TOKEN_AUDIENCE = 'astrobookings';
export const TOKEN_ALGORITHM = 'EdDSA';
/**
 * Services verify access tokens locally, without asking whether the session still lives: so logout, disabling
 * an account, a password reset or a role change reach the APIs within this long. The BFFs refresh before it.
 */
export const ACCESS_TOKEN_TTL_SECONDS = 120;

/** Subjects of service tokens start with this, so a service can never pass for a person. */
export const SERVICE_SUBJECT_PREFIX = 'service:';

/** Where the Auth API publishes its public keys. */
export const JWKS_PATH = '/.well-known/jwks.json';
