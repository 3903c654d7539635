import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { BookingRepository } from '../../shared/repositories/booking.repository.js';
import { EMAIL_LOCALES } from '../../shared/notification-outbox/email-locale.js';
import { launchTimeText } from '../../shared/notification-outbox/launch-time-text.js';
import { NotificationOutbox } from '../../shared/notification-outbox/notification-outbox.js';
import { RecipientLanguages } from '../../shared/notification-outbox/recipient-languages.js';
import { StaffMember } from '../../shared/model/operations/staff-member.entity.js';
import type { LaunchStatusChange } from '../../shared/model/operations/launch-status-change.entity.js';
import type { Launch } from '../../shared/model/operations/launch.entity.js';
import { LAUNCH_STATUS_CHANGED } from './launch-status-changed.email.js';

/**
 * Emails a launch's status change to its supplier's staff and to every customer with a confirmed booking, each
 * in their own language.
 */
@Injectable()
export class LaunchNotifier {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly bookings: BookingRepository,
    private readonly outbox: NotificationOutbox,
    private readonly languages: RecipientLanguages,
  ) {}

  async statusChanged(launch: Launch, change: LaunchStatusChange): Promise<void> {
    const staff = await this.dataSource
      .getRepository(StaffMember)
      .find({ where: { supplierId: launch.supplierId }, select: { email: true } });
    const customers = await this.bookings.confirmedEmails(launch.id);
    const recipients = [...new Set([...staff.map((m) => m.email), ...customers])];
    const languageOf = await this.languages.ofAll(recipients);
    for (const to of recipients) {
      const language = languageOf(to);
      const words = LAUNCH_STATUS_CHANGED[language]({
        missionName: launch.missionName,
        toStatus: change.toStatus,
        fromStatus: change.fromStatus ?? undefined,
        launchTime: launchTimeText(launch.scheduledAt, launch.siteTimeZone, EMAIL_LOCALES[language]),
        reason: change.reason ?? undefined,
      });
      await this.outbox.enqueue({ to, language, ...words }, 'admin-api');
    }
  }
}
