import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import type { Model } from 'mongoose';
import { CORE_DB } from '../../platform/database/mongo-connections.js';
import { currentRequestId } from '../../platform/logging/request-context.js';
import { SystemLog } from '../model/core-db/system-log.schema.js';
import type { SystemLogDto } from './system-log.dto.js';

@Injectable()
export class SystemLogsService {
  constructor(@InjectModel(SystemLog.name, CORE_DB) private readonly logs: Model<SystemLog>) {}

  /** Records an event; the current request id is attached so the entry can be matched with service logs. */
  async record(eventType: string, actor: string, details: Record<string, unknown> = {}): Promise<void> {
    const requestId = currentRequestId();
    await this.logs.create({
      time: new Date(),
      eventType,
      actor,
      details,
      ...(requestId ? { requestId } : {}),
    });
  }

  async latest(limit: number): Promise<SystemLogDto[]> {
    const entries = await this.logs.find().sort({ time: -1, _id: -1 }).limit(limit).exec();
    return entries.map((entry) => ({
      id: entry._id.toString(),
      time: entry.time.toISOString(),
      eventType: entry.eventType,
      actor: entry.actor,
      ...(entry.requestId ? { requestId: entry.requestId } : {}),
      details: entry.details ?? {},
    }));
  }
}
