/** Issuer and audience of every access token; verifiers reject tokens with any other. */
export const TOKEN_ISSUER = 'astrobookings-auth';
export const TOKEN_AUDIENCE = 'astrobookings';
export const TOKEN_ALGORITHM = 'EdDSA';
export const ACCESS_TOKEN_TTL_SECONDS = 600;

/** Subjects of service tokens start with this, so a service can never pass for a person. */
export const SERVICE_SUBJECT_PREFIX = 'service:';

/** Where the Auth API publishes its public keys. */
export const JWKS_PATH = '/.well-known/jwks.json';
