import { Module } from '@nestjs/common';
import { MongooseModule } from '@nestjs/mongoose';
import { CORE_DB } from '../../platform/database/mongo-connections.js';
import { SystemLog, SystemLogSchema } from '../model/core-db/system-log.schema.js';
import { SystemLogsService } from './system-logs.service.js';

/** Writing and reading the system log, without its HTTP endpoint (for services that only record events). */
@Module({
  imports: [MongooseModule.forFeature([{ name: SystemLog.name, schema: SystemLogSchema }], CORE_DB)],
  providers: [SystemLogsService],
  exports: [SystemLogsService],
})
export class SystemLogStoreModule {}
