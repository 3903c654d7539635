import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { currentRequestId } from '../../platform/logging/request-context.js';
import { actorOf, type Principal } from '../../platform/security/principal.js';
import { utcDate } from '../invoices/calendar-date.js';
import { InvoiceIssuer } from '../invoices/invoice-issuer.js';
import { AbortRefunds } from './abort-refunds.js';
import { CatalogPublisher } from '../catalog-publishing/catalog-publisher.js';
import { LaunchNotifier } from './launch-notifier.js';
import { LaunchStatusChange } from '../../shared/model/operations/launch-status-change.entity.js';
import type { LaunchTransitionDto } from './launch-transition.dto.js';
import { assertTransition } from '../../shared/rules/launch-transitions.js';
import type { Launch } from '../../shared/model/operations/launch.entity.js';
import { LaunchesService } from './launches.service.js';

/**
 * Moves launches through their lifecycle, records each change and tells everyone concerned; an abort also has
 * Core API cancel and refund the launch's bookings once the transition is committed.
 */
@Injectable()
export class LaunchLifecycleService {
  private readonly logger = new Logger(LaunchLifecycleService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly launches: LaunchesService,
    private readonly catalog: CatalogPublisher,
    private readonly notifier: LaunchNotifier,
    private readonly refunds: AbortRefunds,
    private readonly invoices: InvoiceIssuer,
  ) {}

  /**
   * Applies a transition on the locked launch row and records it in the same transaction, so two concurrent
   * transitions cannot both start from the same status.
   */
  async transition(principal: Principal, id: string, dto: LaunchTransitionDto): Promise<Launch> {
    const change = await this.dataSource.transaction(async (manager) => {
      const launch = await this.launches.lock(manager, principal, id);
      assertTransition(launch, dto, new Date());
      const from = launch.status;
      launch.status = dto.to;
      if (dto.to === 'delayed' && dto.newScheduledAt) launch.scheduledAt = dto.newScheduledAt;
      await manager.save(launch);
      return manager.save(
        manager.create(LaunchStatusChange, {
          launchId: id,
          fromStatus: from,
          toStatus: dto.to,
          reason: dto.reason?.trim() || null,
          scheduledAt: launch.scheduledAt,
          actorId: principal.userId,
        }),
      );
    });
    if (change.toStatus === 'successful' || change.toStatus === 'aborted') await this.invoice(principal, id);
    await this.catalog.publish([id]);
    const launch = await this.launches.get(principal, id);
    try {
      await this.notifier.statusChanged(launch, change);
    } catch (error) {
      this.logger.error(`status change emails for launch ${id} were not queued: ${(error as Error).message}`);
    }
    // After the status emails, which go to customers whose bookings are still confirmed until now.
    if (change.toStatus === 'aborted') await this.refunds.cancelAll(id);
    return launch;
  }

  /**
   * Issues the launch's fee once the transition is committed; a failure here leaves the transition standing and
   * the invoice-issuing job issues it later.
   */
  private async invoice(principal: Principal, id: string): Promise<void> {
    try {
      await this.invoices.issueForLaunch(
        id,
        { actor: actorOf(principal), requestId: currentRequestId() },
        utcDate(new Date()),
      );
    } catch (error) {
      this.logger.error(`the invoice for launch ${id} was not issued: ${(error as Error).message}`);
    }
  }
}
