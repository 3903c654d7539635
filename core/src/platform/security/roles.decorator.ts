import { applyDecorators, SetMetadata } from '@nestjs/common';
import { ApiBearerAuth, ApiExtension } from '@nestjs/swagger';
import { ApiProblemResponses } from '../problem/api-problem-responses.js';
import type { Role } from './roles.js';
import { BEARER_SCHEME, REQUIRED_ROLES } from './security-metadata.js';

/** Only callers holding at least one of `roles` get in (401 without a token, 403 with another role). */
export function Roles(...roles: Role[]): MethodDecorator & ClassDecorator {
  return applyDecorators(
    SetMetadata(REQUIRED_ROLES, roles),
    ApiBearerAuth(BEARER_SCHEME),
    ApiExtension('x-roles', roles),
    ApiProblemResponses(401, 403),
  );
}
