import { ConflictException, Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../../platform/config/app-config.js';
import { TooManyRequestsException } from '../../platform/problem/too-many-requests.exception.js';
import { CustomerHoldsRepository } from '../../shared/repositories/customer-holds.repository.js';
import { holdCooldownSeconds } from '../../shared/rules/hold-cooldown.js';

/**
 * What keeps one account from hoarding seats: a ceiling on the seats it holds across launches, and a growing
 * cool-down for an account that keeps letting holds expire. Both are checked inside the hold transaction under
 * the customer's lock, so parallel requests are counted one after the other. (One hold per launch is the
 * database's own unique index.)
 */
@Injectable()
export class HoldLimits {
  constructor(
    private readonly holds: CustomerHoldsRepository,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Serialises the customer's holds for the rest of `manager`'s transaction. */
  lock(manager: EntityManager, customerId: string): Promise<void> {
    return this.holds.lockCustomer(manager, customerId);
  }

  /** 429 while the customer cools down after letting too many holds expire. */
  async checkCooldown(manager: EntityManager, customerId: string): Promise<void> {
    const limits = this.config.holds;
    const expired = await this.holds.recentExpired(manager, customerId, limits.expiredHoldsWindowHours);
    const wait = holdCooldownSeconds(
      expired,
      {
        expiredHoldsBeforeCooldown: limits.expiredHoldsBeforeCooldown,
        windowHours: limits.expiredHoldsWindowHours,
        cooldownMinutes: limits.cooldownMinutes,
      },
      new Date(),
    );
    if (wait > 0) {
      throw new TooManyRequestsException(
        wait,
        `${expired.count} of your holds expired unpaid in the last ${limits.expiredHoldsWindowHours} hours, ` +
          `so you can hold seats again in ${Math.ceil(wait / 60)} minute(s).`,
      );
    }
  }

  /** 409 when `seats` more would take the customer past the seats one customer may hold at once. */
  async checkCeiling(manager: EntityManager, customerId: string, seats: number): Promise<void> {
    const max = this.config.holds.maxHeldSeatsPerCustomer;
    const held = await this.holds.heldSeats(manager, customerId);
    if (held + seats > max) {
      throw new ConflictException(
        `You already hold ${held} seat(s) and may hold at most ${max} at a time; ` +
          'pay for or cancel a held booking first.',
      );
    }
  }

  /** The answer when the one-hold-per-launch index refused a second hold of the customer on the launch. */
  async alreadyHeld(customerId: string, launchId: string): Promise<ConflictException> {
    const existing = await this.holds.heldOn(customerId, launchId);
    return new ConflictException(
      `You already hold seats on this launch${existing ? ` (booking ${existing})` : ''}; ` +
        'complete or release that booking first.',
    );
  }
}
