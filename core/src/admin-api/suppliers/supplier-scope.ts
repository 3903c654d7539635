import { ForbiddenException, UnprocessableEntityException } from '@nestjs/common';
import type { Principal } from '../../platform/security/principal.js';

/**
 * The supplier whose data the caller may touch: undefined (any supplier) for admins, otherwise the supplier
 * in the caller's token or API key, never one named in the request.
 */
export function supplierScope(principal: Principal): string | undefined {
  if (principal.roles.includes('admin')) return undefined;
  if (!principal.supplierId) throw new ForbiddenException('This account does not belong to a supplier.');
  return principal.supplierId;
}

/** The supplier a new record belongs to: the caller's own, or the one an admin names explicitly. */
export function owningSupplier(principal: Principal, requested: string | undefined): string {
  const scope = supplierScope(principal);
  if (scope === undefined) {
    if (!requested) throw new UnprocessableEntityException('Admins must name the supplierId to act for.');
    return requested;
  }
  if (requested && requested !== scope) {
    throw new ForbiddenException('Supplier staff act only for their own organisation.');
  }
  return scope;
}
