import { Module } from '@nestjs/common';
import { BookingsModule } from '../bookings/bookings.module.js';
import { SystemLogStoreModule } from '../../shared/system-log-store/system-log-store.module.js';
import { HoldExpiryService } from './hold-expiry.service.js';
import { HoldExpiryController } from './hold-expiry.controller.js';

/** Core API side of hold expiry. */
@Module({
  imports: [BookingsModule, SystemLogStoreModule],
  controllers: [HoldExpiryController],
  providers: [HoldExpiryService],
})
export class HoldExpiryModule {}
