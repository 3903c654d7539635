import { Module } from '@nestjs/common';
import { RepositoriesModule } from '../../shared/repositories/repositories.module.js';
import { SystemLogStoreModule } from '../../shared/system-log-store/system-log-store.module.js';
import { SeatsModule } from '../seats/seats.module.js';
import { HoldExpiryService } from './hold-expiry.service.js';
import { HoldExpiryController } from './hold-expiry.controller.js';

/** Core API side of hold expiry. */
@Module({
  imports: [RepositoriesModule, SeatsModule, SystemLogStoreModule],
  controllers: [HoldExpiryController],
  providers: [HoldExpiryService],
})
export class HoldExpiryModule {}
