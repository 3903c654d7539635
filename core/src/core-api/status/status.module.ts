import { Module } from '@nestjs/common';
import { NotificationsModule } from '../notifications/notifications.module.js';
import { CoreDbHealth, CustomerDbHealth } from '../../platform/health/mongo.health.js';
import { OperationsDbHealth } from '../../platform/health/postgres.health.js';
import { StatusController } from './status.controller.js';
import { StatusService } from './status.service.js';

@Module({
  imports: [NotificationsModule],
  controllers: [StatusController],
  providers: [StatusService, OperationsDbHealth, CustomerDbHealth, CoreDbHealth],
})
export class StatusModule {}
