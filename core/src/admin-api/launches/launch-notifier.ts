import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { BookingRepository } from '../../shared/repositories/booking.repository.js';
import { launchTimeText } from '../../shared/notification-outbox/launch-time-text.js';
import { NotificationOutbox } from '../../shared/notification-outbox/notification-outbox.js';
import { StaffMember } from '../../shared/model/operations/staff-member.entity.js';
import type { LaunchStatusChange } from '../../shared/model/operations/launch-status-change.entity.js';
import type { Launch } from '../../shared/model/operations/launch.entity.js';

/** Emails a launch's status change to its supplier's staff and to every customer with a confirmed booking. */
@Injectable()
export class LaunchNotifier {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly bookings: BookingRepository,
    private readonly outbox: NotificationOutbox,
  ) {}

  async statusChanged(launch: Launch, change: LaunchStatusChange): Promise<void> {
    const staff = await this.dataSource
      .getRepository(StaffMember)
      .find({ where: { supplierId: launch.supplierId }, select: { email: true } });
    const customers = await this.bookings.confirmedEmails(launch.id);
    const subject = `${launch.missionName}: ${describe(change)}`;
    const text = [
      `The launch ${launch.missionName} is now ${change.toStatus} (was ${change.fromStatus ?? 'new'}).`,
      `Launch date: ${launchTimeText(launch.scheduledAt, launch.siteTimeZone)}`,
      ...(change.reason ? [`Reason: ${change.reason}`] : []),
      ...(change.toStatus === 'aborted'
        ? ['Every booking on this launch is cancelled and fully refunded.']
        : []),
    ].join('\n');
    const recipients = new Set([...staff.map((m) => m.email), ...customers]);
    for (const to of recipients) await this.outbox.enqueue({ to, subject, text }, 'admin-api');
  }
}

function describe(change: LaunchStatusChange): string {
  return change.toStatus === 'delayed' ? 'launch delayed' : `launch ${change.toStatus}`;
}
