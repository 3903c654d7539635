import { Module } from '@nestjs/common';
import { SystemLogStoreModule } from '../../shared/system-log-store/system-log-store.module.js';
import { SystemLogsController } from './system-logs.controller.js';

@Module({
  imports: [SystemLogStoreModule],
  controllers: [SystemLogsController],
})
export class SystemLogsModule {}
