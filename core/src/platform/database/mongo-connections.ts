/** Names of the mongoose connections; inject models with `@InjectModel(Model.name, CUSTOMER_DB)`. */
export const CUSTOMER_DB = 'customer';
export const CORE_DB = 'core';

/** Fail fast when the server is away, so health checks and requests report it instead of waiting. */
export const MONGO_CONNECT_OPTIONS = { serverSelectionTimeoutMS: 5000, retryAttempts: 5, retryDelay: 1000 };
