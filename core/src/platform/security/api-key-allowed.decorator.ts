import { applyDecorators, SetMetadata } from '@nestjs/common';
import { ApiExtension, ApiSecurity } from '@nestjs/swagger';
import type { ApiKeyScope } from './roles.js';
import { API_KEY_SCHEME, API_KEY_SCOPE } from './security-metadata.js';

/** Third parties may also call this endpoint with an `X-Api-Key` holding `scope`. */
export function ApiKeyAllowed(scope: ApiKeyScope): MethodDecorator {
  return applyDecorators(
    SetMetadata(API_KEY_SCOPE, scope),
    ApiSecurity(API_KEY_SCHEME),
    ApiExtension('x-api-key-scope', scope),
  );
}
