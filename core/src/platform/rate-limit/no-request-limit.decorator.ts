import { SetMetadata } from '@nestjs/common';

export const NO_REQUEST_LIMIT = 'rate-limit:none';

/** Leaves an endpoint out of the general request limit (health probes, which run every few seconds). */
export const NoRequestLimit = (): MethodDecorator & ClassDecorator => SetMetadata(NO_REQUEST_LIMIT, true);
