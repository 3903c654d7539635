import { Injectable, Logger } from '@nestjs/common';
import { SystemLogsService } from '../shared/system-log-store/system-logs.service.js';

export type SecurityEventType =
  | 'auth.login.succeeded'
  | 'auth.login.failed'
  | 'auth.login.locked'
  | 'auth.login.unlocked'
  | 'auth.logout'
  | 'auth.refresh.reused'
  | 'auth.registered'
  | 'auth.email.verified'
  | 'auth.password.changed'
  | 'auth.billing.changed'
  | 'auth.password.reset'
  | 'auth.password.reset-requested'
  | 'auth.invitation.created'
  | 'auth.invitation.accepted'
  | 'auth.roles.changed'
  | 'auth.user.disabled'
  | 'auth.user.enabled'
  | 'auth.api-key.created'
  | 'auth.api-key.revoked'
  | 'auth.service-token.refused';

/** Who did it and from where; details never hold passwords or tokens. */
export interface SecurityEventContext {
  actor: string;
  ip?: string;
  [detail: string]: unknown;
}

/** Writes every security event to the system log, with the request id, the actor and the client IP. */
@Injectable()
export class SecurityEvents {
  private readonly logger = new Logger(SecurityEvents.name);

  constructor(private readonly systemLogs: SystemLogsService) {}

  async record(type: SecurityEventType, { actor, ...details }: SecurityEventContext): Promise<void> {
    this.logger.log(`${type} by ${actor}`);
    await this.systemLogs.record(type, actor, details);
  }
}
