import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { NotificationOutbox } from '../notifications/notification-outbox.js';
import { APP_CONFIG, type AppConfig } from '../platform/config/app-config.js';
import { SystemLogsService } from '../system-logs/system-logs.service.js';
import { reminderEmail } from './booking-emails.js';
import { queryRows } from './query-rows.js';

interface DueReminder {
  id: string;
  customer_email: string;
  seats: number;
  mission_name: string;
  launch_site: string;
  scheduled_at: Date;
}

/**
 * Queues one reminder per confirmed booking whose launch lifts off within REMINDER_LEAD_HOURS. The UPDATE that
 * picks the bookings also marks them reminded, so concurrent or repeated runs never remind anyone twice.
 */
@Injectable()
export class LaunchReminders {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly outbox: NotificationOutbox,
    private readonly systemLogs: SystemLogsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async queueDue(actor: string): Promise<number> {
    const due = await queryRows<DueReminder>(
      this.dataSource.manager,
      `UPDATE bookings b SET reminded_at = now()
       FROM launches l
       WHERE l.id = b.launch_id AND b.status = 'confirmed' AND b.reminded_at IS NULL AND l.status <> 'aborted'
         AND l.scheduled_at > now() AND l.scheduled_at <= now() + make_interval(hours => $1::int)
       RETURNING b.id, b.customer_email, b.seats, l.mission_name, l.launch_site, l.scheduled_at`,
      [this.config.bookings.reminderLeadHours],
    );
    for (const booking of due) {
      await this.outbox.enqueue(
        reminderEmail({
          bookingId: booking.id,
          to: booking.customer_email,
          missionName: booking.mission_name,
          launchSite: booking.launch_site,
          scheduledAt: new Date(booking.scheduled_at),
          seats: booking.seats,
          customerWebUrl: this.config.bookings.customerWebUrl,
        }),
        'core-api',
      );
    }
    if (due.length > 0)
      await this.systemLogs.record('booking.reminders-queued', actor, { queued: due.length });
    return due.length;
  }
}
