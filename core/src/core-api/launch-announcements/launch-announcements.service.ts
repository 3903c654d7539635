import { Inject, Injectable, NotFoundException } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Model } from 'mongoose';
import { MoreThanOrEqual, type DataSource } from 'typeorm';
import { Credential } from '../../shared/model/core-db/credential.schema.js';
import { languageOf } from '../../shared/model/language.js';
import { CustomerProfile } from '../../shared/model/customer-db/customer-profile.schema.js';
import { onlyFutureLaunches } from '../../shared/model/operations/future-launches.js';
import { Launch } from '../../shared/model/operations/launch.entity.js';
import { NotificationOutbox } from '../../shared/notification-outbox/notification-outbox.js';
import { APP_CONFIG, type AppConfig } from '../../platform/config/app-config.js';
import { CORE_DB, CUSTOMER_DB } from '../../platform/database/mongo-connections.js';
import { SystemLogsService } from '../../shared/system-log-store/system-logs.service.js';
import { ConfirmedTripsRepository } from '../../shared/repositories/confirmed-trips.repository.js';
import { announcementEmail } from './announcement-email.js';
import type { AnnouncementDto, MissedAnnouncementsDto } from './announcement.dto.js';

const MINUTE_MS = 60_000;
/** How far back the repair looks for launches whose announcement never reached Core API. */
export const MISSED_ANNOUNCEMENT_WINDOW_MS = 7 * 24 * 60 * MINUTE_MS;
/** Marks a launch whose announcement completed; the repair skips launches that carry it. */
const announcedKey = (launchId: string) => `launch-announced:${launchId}`;

/**
 * Announces a new launch to every active customer: VIPs (the same rule that lets them book more seats) at once,
 * everyone else ANNOUNCEMENT_DELAY_MINUTES later through the outbox's not-before time. Queued once per launch
 * and customer, so announcing a launch again only reaches customers who registered since.
 */
@Injectable()
export class LaunchAnnouncementsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectModel(CustomerProfile.name, CUSTOMER_DB) private readonly profiles: Model<CustomerProfile>,
    @InjectModel(Credential.name, CORE_DB) private readonly credentials: Model<Credential>,
    private readonly confirmedTrips: ConfirmedTripsRepository,
    private readonly outbox: NotificationOutbox,
    private readonly systemLogs: SystemLogsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async announce(launchId: string, actor: string): Promise<AnnouncementDto> {
    const launch = await this.dataSource.getRepository(Launch).findOneBy({ id: launchId });
    if (!launch) throw new NotFoundException(`Launch ${launchId} does not exist.`);
    const vips = await this.confirmedTrips.vipCustomers();
    const active = await this.credentials
      .find({ roles: 'customer', status: 'active' }, { _id: 1, language: 1 })
      .lean()
      .exec();
    const activeLanguages = new Map(
      active.map((credential) => [credential._id, languageOf(credential.language)]),
    );
    const customers = await this.profiles.find({}, { _id: 1, email: 1 }).lean().exec();
    const later = new Date(Date.now() + this.config.announcements.delayMinutes * MINUTE_MS);
    const queued: AnnouncementDto = { vip: 0, others: 0 };
    for (const customer of customers) {
      const language = activeLanguages.get(customer._id);
      if (!language) continue;
      const vip = vips.has(customer._id);
      const isNew = await this.outbox.enqueueOnce(
        `launch-announcement:${launchId}:${customer._id}`,
        announcementEmail(customer.email, language, launch, this.config.urls.customerWeb),
        'core-api',
        vip ? {} : { notBefore: later },
      );
      if (isNew) queued[vip ? 'vip' : 'others'] += 1;
    }
    await this.outbox.mark(announcedKey(launchId));
    await this.systemLogs.record('launch.announced', actor, { launchId, ...queued });
    return queued;
  }

  /**
   * Announces every bookable launch created in the last seven days that never was: Admin API announces a new
   * launch best effort, so a launch created while Core API was down would otherwise never be.
   */
  async announceMissed(actor: string): Promise<MissedAnnouncementsDto> {
    const recent = await onlyFutureLaunches(
      this.dataSource
        .getRepository(Launch)
        .createQueryBuilder('launch')
        .select('launch.id')
        .where({ createdAt: MoreThanOrEqual(new Date(Date.now() - MISSED_ANNOUNCEMENT_WINDOW_MS)) }),
      'launch',
    )
      .orderBy('launch.createdAt', 'ASC')
      .getMany();
    const announced = await this.outbox.marked(recent.map((launch) => announcedKey(launch.id)));
    const result: MissedAnnouncementsDto = { launches: 0, vip: 0, others: 0 };
    for (const launch of recent.filter((candidate) => !announced.has(announcedKey(candidate.id)))) {
      const queued = await this.announce(launch.id, actor);
      result.launches += 1;
      result.vip += queued.vip;
      result.others += queued.others;
    }
    return result;
  }
}
