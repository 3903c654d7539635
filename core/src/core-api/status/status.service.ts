import { Inject, Injectable } from '@nestjs/common';
import { Mailer } from '../notifications/mailer.js';
import { APP_CONFIG, type AppConfig } from '../../platform/config/app-config.js';
import { checkComponents } from '../../platform/health/check-components.js';
import type { HealthIndicator } from '../../platform/health/health-indicator.js';
import { CoreDbHealth, CustomerDbHealth } from '../../platform/health/mongo.health.js';
import { OperationsDbHealth } from '../../platform/health/postgres.health.js';
import type { StatusDto } from './status.dto.js';
import { serviceIndicators } from './service-indicators.js';

/** The health of the whole system as Core API sees it: every service, every database and the mail server. */
@Injectable()
export class StatusService {
  private readonly indicators: HealthIndicator[];

  constructor(
    @Inject(APP_CONFIG) config: AppConfig,
    operationsDb: OperationsDbHealth,
    customerDb: CustomerDbHealth,
    coreDb: CoreDbHealth,
    mailer: Mailer,
  ) {
    this.indicators = [
      ...serviceIndicators(config),
      operationsDb,
      customerDb,
      coreDb,
      { name: 'notification-service', check: () => mailer.verify() },
    ];
  }

  async status(): Promise<StatusDto> {
    return { components: await checkComponents(this.indicators) };
  }
}
