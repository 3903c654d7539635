import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { InjectRepository } from '@nestjs/typeorm';
import type { Model } from 'mongoose';
import type { Repository } from 'typeorm';
import { CatalogWriter, type CatalogEntryChange } from './catalog-writer.js';
import { Launch } from '../../shared/model/operations/launch.entity.js';
import { NotificationsService } from '../notifications/notifications.service.js';
import { APP_CONFIG, type AppConfig } from '../../platform/config/app-config.js';
import { CORE_DB } from '../../platform/database/mongo-connections.js';
import { currentRequestId } from '../../platform/logging/request-context.js';
import { SystemLogsService } from '../../shared/system-log-store/system-logs.service.js';
import { RecipientLanguages } from '../../shared/notification-outbox/recipient-languages.js';
import { CATALOG_SYNC_FAILED } from './catalog-sync-failed.email.js';
import { projectLaunch, type LaunchWithNames } from './project-launch.js';
import { SyncRun, type SyncRunDocument } from '../../shared/model/core-db/sync-run.schema.js';
import type { SyncRunDto } from './sync-run.dto.js';
import { toSyncRunDto } from './to-sync-run-dto.js';

const DATASET = 'catalog';

/** Projects every launch of the Operations DB into the public catalog and records how the run went. */
@Injectable()
export class CatalogSyncService {
  private readonly logger = new Logger(CatalogSyncService.name);

  constructor(
    @InjectRepository(Launch) private readonly launches: Repository<Launch>,
    @InjectModel(SyncRun.name, CORE_DB) private readonly runs: Model<SyncRun>,
    private readonly writer: CatalogWriter,
    private readonly notifications: NotificationsService,
    private readonly languages: RecipientLanguages,
    private readonly systemLogs: SystemLogsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async run(actor: string): Promise<SyncRunDto> {
    const requestId = currentRequestId();
    const run = await this.runs.create({
      dataset: DATASET,
      startedAt: new Date(),
      status: 'running',
      ...(requestId ? { requestId } : {}),
    });
    try {
      const launches = await this.launches.find({ relations: { supplier: true, rocket: true } });
      const counts = await this.writer.replaceAll(
        launches.map((launch) => projectLaunch(launch as LaunchWithNames)),
      );
      Object.assign(run, counts, { status: 'succeeded' });
    } catch (error) {
      run.status = 'failed';
      run.error = error instanceof Error ? error.message : String(error);
      this.logger.error(`catalog sync failed: ${run.error}`);
    }
    run.finishedAt = new Date();
    await run.save();
    await this.systemLogs.record(`sync.${DATASET}.${run.status}`, actor, summary(run));
    if (run.status === 'failed') await this.alert(run);
    return toSyncRunDto(run);
  }

  /** Projects one launch at once, so a supplier's change reaches the public catalog without waiting for a run. */
  async projectOne(launchId: string, actor: string): Promise<CatalogEntryChange> {
    const launch = await this.launches.findOne({
      where: { id: launchId },
      relations: { supplier: true, rocket: true },
    });
    const change = launch
      ? await this.writer.upsertOne(projectLaunch(launch as LaunchWithNames))
      : await this.writer.removeOne(launchId);
    await this.systemLogs.record(`sync.${DATASET}.launch`, actor, { launchId, change });
    return change;
  }

  async recent(limit: number): Promise<SyncRunDto[]> {
    const runs = await this.runs.find().sort({ startedAt: -1, _id: -1 }).limit(limit).exec();
    return runs.map(toSyncRunDto);
  }

  /** In the language of the account behind the alert address, when it is one; a team mailbox reads English. */
  private async alert(run: SyncRunDocument): Promise<void> {
    const to = this.config.opsAlertEmail;
    const language = await this.languages.of(to);
    const words = CATALOG_SYNC_FAILED[language]({
      runId: run._id.toString(),
      startedAt: run.startedAt.toISOString(),
      error: run.error ?? '',
    });
    await this.notifications.sendEmail({ to, language, ...words }, 'core-api');
  }
}

function summary(run: SyncRunDocument): Record<string, unknown> {
  return {
    syncRunId: run._id.toString(),
    upserted: run.upserted,
    modified: run.modified,
    removed: run.removed,
    ...(run.error ? { error: run.error } : {}),
  };
}
