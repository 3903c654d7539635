import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { EmailOutboxRelay } from '../notifications/email-outbox-relay.js';
import { stageEmail } from '../notifications/email-outbox.js';
import { APP_CONFIG, type AppConfig } from '../../platform/config/app-config.js';
import { SystemLogsService } from '../../shared/system-log-store/system-logs.service.js';
import { RecipientLanguages } from '../../shared/notification-outbox/recipient-languages.js';
import { BookingRepository } from '../../shared/repositories/booking.repository.js';
import { reminderEmail } from '../bookings/booking-emails.js';

/**
 * Queues one reminder per confirmed booking whose launch lifts off within REMINDER_LEAD_HOURS. The UPDATE that
 * picks the bookings also marks them reminded, and the reminders are staged in the email outbox by the same
 * transaction, so concurrent or repeated runs never remind anyone twice and a crash never loses a reminder.
 */
@Injectable()
export class LaunchRemindersService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly bookings: BookingRepository,
    private readonly emailRelay: EmailOutboxRelay,
    private readonly languages: RecipientLanguages,
    private readonly systemLogs: SystemLogsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async queueDue(actor: string): Promise<number> {
    const due = await this.dataSource.transaction(async (manager) => {
      const due = await this.bookings.markDueForReminder(
        manager,
        this.config.announcements.reminderLeadHours,
      );
      const languageOf = await this.languages.ofAll(due.map((booking) => booking.customerEmail));
      for (const booking of due) {
        await stageEmail(
          manager,
          `booking-reminder:${booking.id}`,
          reminderEmail({
            bookingId: booking.id,
            to: booking.customerEmail,
            language: languageOf(booking.customerEmail),
            missionName: booking.missionName,
            launchSite: booking.launchSite,
            scheduledAt: booking.scheduledAt,
            siteTimeZone: booking.siteTimeZone,
            seats: booking.seats,
            customerWebUrl: this.config.urls.customerWeb,
          }),
        );
      }
      return due;
    });
    if (due.length > 0) this.emailRelay.relaySoon();
    if (due.length > 0)
      await this.systemLogs.record('booking.reminders-queued', actor, { queued: due.length });
    return due.length;
  }
}
