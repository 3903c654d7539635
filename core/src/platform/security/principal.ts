import type { Role } from './roles.js';

/** Who is calling: a signed-in person, a service, or a third party holding an API key. */
export interface Principal {
  userId: string;
  email?: string;
  name?: string;
  roles: Role[];
  supplierId?: string;
  sessionId?: string;
  /** API key scopes; empty for people and services. */
  scopes: string[];
  via: 'token' | 'api-key' | 'service';
}

/** Express request with the principal the security guard attached. */
export interface RequestWithPrincipal {
  principal?: Principal;
}

/** The id under which a principal's actions are written to the system log. */
export function actorOf(principal: Principal | undefined): string {
  if (!principal) return 'anonymous';
  return principal.via === 'token' ? `user:${principal.userId}` : principal.userId;
}
